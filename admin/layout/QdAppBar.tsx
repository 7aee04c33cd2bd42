import { AppBar, LocalesMenuButton, TitlePortal } from 'react-admin';
import { AppBrand } from './AppBrand';
import { IdentityBadge } from './IdentityBadge';
import { QdUserMenu } from './QdUserMenu';

/**
 * The page's title, which every view sets with react-admin's <Title>, is its one level-one heading; it wraps
 * rather than being cut short. The bar is in the page's flow, so that it is as tall as its text (see the theme),
 * and scrolls away with the page: react-admin's hide-on-scroll bar left the language switch and 退出登录 out of
 * the Tab order once the page was scrolled (hidden), and a bar kept on screen would take two of the five lines a
 * 200 % zoom leaves. Tabbing to it scrolls it back into view. (The layout sets it always on: no hide on scroll.)
 */
export const QdAppBar = () => (
  <AppBar
    position="static"
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
