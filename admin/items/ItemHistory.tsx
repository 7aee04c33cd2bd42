import { Box, Typography } from '@mui/material';
import { ReferenceManyField, WithListContext, useTranslate } from 'react-admin';
import { ItemRevisionEntry } from './ItemRevisionEntry';
import type { ItemRevision } from '../records';

/** An item's revisions, newest first: who changed what, when and why, each field before → after (§7.1.3). */
export const ItemHistory = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('qd.items.history.title')}
      </Typography>
      <ReferenceManyField reference="itemRevisions" target="itemId" sort={{ field: 'revision', order: 'DESC' }} perPage={100}>
        <WithListContext<ItemRevision>
          render={({ data }) => (
            <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
              {data?.map((revision) => (
                <ItemRevisionEntry key={revision.id} revision={revision} />
              ))}
            </Box>
          )}
        />
      </ReferenceManyField>
    </Box>
  );
};
