import { List, ListItem, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import ListIcon from '@mui/icons-material/List';
import { Button, RecordContextProvider, ResourceContextProvider, useTranslate } from 'react-admin';
import { useTodoList, type ListTodoSpec } from './todoList';
import { TodoCard } from './TodoCard';
import type { Me } from './todoKind';

/** A home card: what waits, how many, the first few (each decided in place where it can be), and the way to all. */
export const TodoListCard = ({ spec, me }: { spec: ListTodoSpec; me: Me }) => {
  const translate = useTranslate();
  const { data = [], total, isPending } = useTodoList(spec, me);
  const { Row } = spec;
  return (
    <TodoCard id={spec.id} title={translate(`qd.home.${spec.id}.title`)} count={total ?? 0}>
      {!isPending && !data.length && (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {translate(`qd.home.${spec.id}.empty`)}
        </Typography>
      )}
      <ResourceContextProvider value={spec.resource}>
        <List disablePadding>
          {data.map((record) => (
            <RecordContextProvider key={record.id} value={record}>
              <ListItem divider disableGutters sx={{ display: 'block' }}>
                <Row />
              </ListItem>
            </RecordContextProvider>
          ))}
        </List>
      </ResourceContextProvider>
      {spec.link && !!total && total > data.length && (
        <Button component={Link} to={spec.link(me)} label={translate('qd.home.see_all', { count: total })} sx={{ mt: 1 }}>
          <ListIcon />
        </Button>
      )}
    </TodoCard>
  );
};
