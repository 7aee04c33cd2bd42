import { useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { ListSubheader } from '@mui/material';
import { Menu, useCanAccessResources, useSidebarState, useTranslate } from 'react-admin';
import { useMe } from '../../home/useMe';
import { GROUP_ORDER, MENU_GROUPS, entryOfPath, type MenuGroup } from './menuGroups';
import { MenuEntry } from './MenuEntry';
import { HomeEntry } from './HomeEntry';

const ALL_ENTRIES = Object.values(MENU_GROUPS).flat();

/**
 * The entry to highlight: the page's own, or on a page of no entry of the user's menu (access denied, reached by
 * a link to a page the user may not open), the one the user came from.
 */
function useActiveEntry(allowed: Record<string, boolean> | undefined) {
  const { pathname } = useLocation();
  const last = useRef<string | undefined>(undefined);
  const entry = entryOfPath(pathname);
  if (entry === '' || (entry !== undefined && allowed?.[entry])) last.current = entry;
  return last.current;
}

const Group = ({ group, allowed, active }: { group: MenuGroup; allowed: Record<string, boolean>; active?: string }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const entries = MENU_GROUPS[group].filter((name) => allowed[name]);
  if (!entries.length) return null;
  return (
    <>
      {open && (
        <ListSubheader component="div" disableSticky sx={{ lineHeight: 2.5, mt: 1, bgcolor: 'transparent', color: 'text.secondary', fontWeight: 600 }}>
          {translate(`qd.menu.${group}`)}
        </ListSubheader>
      )}
      {entries.map((name) => (
        <MenuEntry key={name} name={name} active={active === name} />
      ))}
    </>
  );
};

/** The menu by job: 我的待办, then the groups in the order the role works, each entry with its waiting count. */
export const QdMenu = () => {
  const me = useMe();
  const { canAccess, isPending } = useCanAccessResources({ action: 'list', resources: [...ALL_ENTRIES] });
  const active = useActiveEntry(canAccess);
  if (!me || isPending || !canAccess) return null;
  return (
    <Menu>
      <HomeEntry active={active === ''} />
      {GROUP_ORDER[me.role].map((group) => (
        <Group key={group} group={group} allowed={canAccess} active={active} />
      ))}
    </Menu>
  );
};
