import { useEffect } from 'react';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The platform's name at the left of the app bar, and as the browser tab's title. */
export const AppBrand = () => {
  const translate = useTranslate();
  const title = translate('qd.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <Typography
      variant="h6"
      color="inherit"
      noWrap
      sx={{ display: { xs: 'none', lg: 'block' }, mr: 2, pr: 2, borderRight: 1, borderColor: 'rgba(255,255,255,0.4)' }}
    >
      {title}
    </Typography>
  );
};
