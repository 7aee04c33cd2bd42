import { AppBar, LocalesMenuButton, TitlePortal } from 'react-admin';
import { AppBrand } from './AppBrand';
import { IdentityBadge } from './IdentityBadge';
import { QdUserMenu } from './QdUserMenu';

/**
 * The page's title, which every view sets with react-admin's <Title>, is its one level-one heading; it wraps
 * rather than being cut short. The bar is sticky, not fixed, so that it is as tall as its text (see the theme).
 */
export const QdAppBar = () => (
  <AppBar
    position="sticky"
    userMenu={<QdUserMenu />}
    toolbar={
      <>
        <IdentityBadge />
        <LocalesMenuButton />
      </>
    }
  >
    <AppBrand />
    <TitlePortal component="h1" sx={{ whiteSpace: 'normal', overflow: 'visible', flexBasis: '8em' }} />
  </AppBar>
);
