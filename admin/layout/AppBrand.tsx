import { useEffect } from 'react';
import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';

/**
 * The platform's name at the left of the app bar (not a heading: the page's title is), and as the browser tab's
 * title; the page's language follows the chosen locale, so that a screen reader reads it in the right voice.
 */
export const AppBrand = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const title = translate('qd.title');
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : locale;
  }, [title, locale]);
  return (
    <Typography
      variant="h6"
      component="div"
      color="inherit"
      sx={{ display: { xs: 'none', lg: 'block' }, mr: 2, pr: 2, borderRight: 1, borderColor: 'rgba(255,255,255,0.4)' }}
    >
      {title}
    </Typography>
  );
};
