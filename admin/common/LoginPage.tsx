import { Box, Typography } from '@mui/material';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';

/**
 * react-admin's login page with the platform's name as its level-one heading and the language switch, inside a
 * `main` landmark (react-admin's own is a bare div, which leaves a screen reader no landmark to jump to).
 */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Box component="main">
      <Login avatarIcon={<FactCheckIcon />}>
        <Typography variant="h6" component="h1" align="center" sx={{ px: 3 }}>
          {translate('qd.title')}
        </Typography>
        <LoginForm />
        <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
          <LocalesMenuButton />
        </Box>
      </Login>
    </Box>
  );
};
