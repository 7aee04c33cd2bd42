import { createElement } from 'react';
import { Badge } from '@mui/material';
import DefaultIcon from '@mui/icons-material/ViewList';
import { Menu, useGetResourceLabel, useResourceDefinitions } from 'react-admin';
import { useMenuCount } from '../../home/TodoCounts';
import { WaitingLabel } from './WaitingLabel';

export const ACTIVE_CLASS = 'RaMenuItemLink-active';

/** A resource's menu entry with the count of what waits there; highlighted on its pages and its sub-pages. */
export const MenuEntry = ({ name, active }: { name: string; active: boolean }) => {
  const resources = useResourceDefinitions();
  const getResourceLabel = useGetResourceLabel();
  const count = useMenuCount(name);
  const definition = resources[name];
  if (!definition?.hasList) return null;
  const label = getResourceLabel(name, 2);
  return (
    <Menu.Item
      to={`/${name}`}
      state={{ _scrollToTop: true }}
      className={active ? ACTIVE_CLASS : undefined}
      aria-current={active ? 'page' : undefined}
      primaryText={<WaitingLabel label={label} count={count} />}
      leftIcon={
        <Badge badgeContent={count || undefined} color="error" max={99} overlap="circular" data-testid={`menu-count-${name}`}>
          {createElement(definition.icon ?? DefaultIcon)}
        </Badge>
      }
    />
  );
};
