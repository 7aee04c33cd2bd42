import { Box, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { todoKindsFor } from './todoKinds';
import { useMe } from './useMe';

/**
 * 我的待办: the first screen after login. Each role sees the kinds of item that wait for it (todoKinds.ts), each a
 * card that counts them and settles them in place where it can.
 */
export const HomePage = () => {
  const translate = useTranslate();
  const me = useMe();
  const { identity } = useGetIdentity();
  if (!me) return null;
  return (
    <Box sx={{ py: 2 }}>
      {/* The title, 我的待办, is the app bar's level-one heading, as on every page. */}
      <Title title="qd.home.title" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('qd.home.greeting', { name: identity?.fullName ?? '' })}
      </Typography>
      {/* Cards at least 30 characters wide: two side by side on a desktop, one when the text is large. */}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 30rem), 1fr))', alignItems: 'start' }}>
        {todoKindsFor(me).map(({ id, Card }) => (
          <Card key={id} me={me} />
        ))}
      </Box>
    </Box>
  );
};
