import { Box, Button } from '@mui/material';
import HomeIcon from '@mui/icons-material/Home';
import { AccessDenied, Title, useRedirect, useTranslate } from 'react-admin';

/** Shown when authProvider.canAccess refuses a page (e.g. #/users for anyone but an administrator). */
export const AccessDeniedPage = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  return (
    <Box sx={{ pt: 6 }}>
      <Title title="qd.access_denied.title" />
      <AccessDenied textPrimary="qd.access_denied.title" textSecondary="qd.access_denied.message" />
      <Box sx={{ textAlign: 'center', mt: 2 }}>
        <Button variant="outlined" startIcon={<HomeIcon />} onClick={() => redirect('/')}>
          {translate('qd.access_denied.back')}
        </Button>
      </Box>
    </Box>
  );
};
