import type { ReactNode } from 'react';
import { Badge, Card, CardContent, CardHeader, Divider } from '@mui/material';

/** The frame of every home card: a titled section (a level-two heading), the count when the kind has one, its body. */
export const TodoCard = ({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) => (
  <Card variant="outlined" component="section" aria-labelledby={`todo-${id}`} data-todo={id}>
    <CardHeader
      id={`todo-${id}`}
      title={title}
      slotProps={{ title: { variant: 'h6', component: 'h2' } }}
      action={
        count === undefined ? undefined : (
          <Badge badgeContent={count} color={count ? 'error' : 'default'} showZero max={999} sx={{ mr: 2, mt: 2 }} data-testid={`todo-count-${id}`} />
        )
      }
    />
    <Divider />
    <CardContent sx={{ py: 1 }}>{children}</CardContent>
  </Card>
);
