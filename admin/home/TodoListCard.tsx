import { Badge, Card, CardContent, CardHeader, Divider, List, ListItem, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import ListIcon from '@mui/icons-material/List';
import { Button, RecordContextProvider, ResourceContextProvider, useTranslate } from 'react-admin';
import { useTodoList, type ListTodoSpec } from './listTodo';
import type { Me } from './todoKind';

/** A home card: what waits, how many, the first few (each decided in place where it can be), and the way to all. */
export const TodoListCard = ({ spec, me }: { spec: ListTodoSpec; me: Me }) => {
  const translate = useTranslate();
  const { data = [], total, isPending } = useTodoList(spec, me);
  const { Row } = spec;
  return (
    <Card variant="outlined" component="section" aria-labelledby={`todo-${spec.id}`} data-todo={spec.id}>
      <CardHeader
        id={`todo-${spec.id}`}
        title={translate(`qd.home.${spec.id}.title`)}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        action={
          <Badge badgeContent={total ?? 0} color={total ? 'error' : 'default'} showZero max={999} sx={{ mr: 2, mt: 2 }} data-testid={`todo-count-${spec.id}`} />
        }
      />
      <Divider />
      <CardContent sx={{ py: 1 }}>
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
      </CardContent>
    </Card>
  );
};
