import { Logout, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { ChangePasswordMenuItem } from './ChangePasswordMenuItem';

/**
 * The user menu, named after the user it shows: react-admin's button shows the name but is named 用户菜单, and a
 * control's accessible name must contain its visible label (WCAG 2.5.3) for voice control to find it.
 */
export const QdUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <UserMenu label={identity?.fullName ? translate('qd.auth.user_menu', { name: identity.fullName }) : 'ra.auth.user_menu'}>
      <ChangePasswordMenuItem />
      <Logout />
    </UserMenu>
  );
};
