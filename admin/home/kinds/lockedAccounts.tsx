import { List, ListItem, Typography } from '@mui/material';
import { TodoCard } from '../TodoCard';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { QdDataProvider } from '../../providers/dataProvider';
import { TodoRow } from '../TodoRow';
import { useFormatDateTime } from '../../common/LocaleDateField';
import type { TodoKind } from '../todoKind';

const LOCKS = ['auth', 'locks'];

const useLocks = () => {
  const dataProvider = useDataProvider<QdDataProvider>();
  return useQuery({ queryKey: LOCKS, queryFn: () => dataProvider.getLoginLocks(), refetchInterval: 60_000 });
};

const LockedAccountsCard = () => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const notify = useNotify();
  const dataProvider = useDataProvider<QdDataProvider>();
  const queryClient = useQueryClient();
  const { data: locks = [], isPending } = useLocks();
  const unlock = useMutation({
    mutationFn: (username: string) => dataProvider.unlockAccount(username),
    onSuccess: () => {
      notify('qd.home.lockedAccounts.unlocked', { type: 'success' });
      return queryClient.invalidateQueries({ queryKey: LOCKS });
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  return (
    <TodoCard id="lockedAccounts" title={translate('qd.home.lockedAccounts.title')} count={locks.length}>
      {!isPending && !locks.length && (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {translate('qd.home.lockedAccounts.empty')}
        </Typography>
      )}
      <List disablePadding>
        {locks.map((lock) => (
          <ListItem key={lock.username} divider disableGutters sx={{ display: 'block' }}>
            <TodoRow
              primary={
                <>
                  <strong>{lock.name ?? lock.username}</strong>
                  <span>{lock.username}</span>
                </>
              }
              secondary={translate('qd.home.lockedAccounts.until', {
                time: formatDateTime(lock.lockedUntil, { timeStyle: 'medium' }),
              })}
              actions={
                <Button label="qd.home.lockedAccounts.unlock" disabled={unlock.isPending} onClick={() => unlock.mutate(lock.username)}>
                  <LockOpenIcon />
                </Button>
              }
            />
          </ListItem>
        ))}
      </List>
    </TodoCard>
  );
};

/** Accounts locked after five wrong passwords: the administrator sees them and may end a lock early. */
export const lockedAccounts: TodoKind = {
  id: 'lockedAccounts',
  roles: ['admin'],
  menu: 'users',
  useCount: function useCount() {
    return useLocks().data?.length;
  },
  Card: LockedAccountsCard,
};
