import { Badge } from '@mui/material';
import HomeIcon from '@mui/icons-material/AssignmentTurnedIn';
import { Menu, useTranslate } from 'react-admin';
import { useTotalCount } from '../../home/TodoCounts';
import { ACTIVE_CLASS } from './MenuEntry';
import { WaitingLabel } from './WaitingLabel';

/** 我的待办, the home page, with the number of everything that waits. */
export const HomeEntry = ({ active }: { active: boolean }) => {
  const translate = useTranslate();
  const total = useTotalCount();
  return (
    <Menu.Item
      to="/"
      className={active ? ACTIVE_CLASS : undefined}
      aria-current={active ? 'page' : undefined}
      primaryText={<WaitingLabel label={translate('qd.home.title')} count={total} />}
      leftIcon={
        <Badge badgeContent={total || undefined} color="error" max={99} overlap="circular" data-testid="menu-count-home">
          <HomeIcon />
        </Badge>
      }
    />
  );
};
