import { Logout, UserMenu } from 'react-admin';
import { ChangePasswordMenuItem } from './ChangePasswordMenuItem';

export const QdUserMenu = () => (
  <UserMenu>
    <ChangePasswordMenuItem />
    <Logout />
  </UserMenu>
);
