import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import PasswordIcon from '@mui/icons-material/Password';
import { useRedirect, useTranslate, useUserMenu } from 'react-admin';
import { CHANGE_PASSWORD_PATH } from '../password/path';

export const ChangePasswordMenuItem = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const userMenu = useUserMenu();
  const open = () => {
    userMenu?.onClose();
    redirect(CHANGE_PASSWORD_PATH);
  };
  return (
    <MenuItem onClick={open}>
      <ListItemIcon>
        <PasswordIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('qd.password.menu')}</ListItemText>
    </MenuItem>
  );
};
