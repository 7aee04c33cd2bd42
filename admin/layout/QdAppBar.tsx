import { AppBar, LocalesMenuButton, TitlePortal } from 'react-admin';
import { AppBrand } from './AppBrand';
import { IdentityBadge } from './IdentityBadge';
import { QdUserMenu } from './QdUserMenu';

export const QdAppBar = () => (
  <AppBar
    userMenu={<QdUserMenu />}
    toolbar={
      <>
        <IdentityBadge />
        <LocalesMenuButton />
      </>
    }
  >
    <AppBrand />
    <TitlePortal />
  </AppBar>
);
