import { useState } from 'react';
import PublishIcon from '@mui/icons-material/Publish';
import { Button, Confirm, useCanAccess, useDataProvider, useGetIdentity, useNotify, useRedirect } from 'react-admin';
import type { QdDataProvider } from '../providers/dataProvider';

/** 发布清单: the lead office publishes its unit's active items (§4.1.1 a, §5.3); the publication keeps the list as published. */
export const ItemPublishButton = () => {
  const { identity } = useGetIdentity();
  const { canAccess } = useCanAccess({ action: 'publish', resource: 'items', record: { unitId: identity?.unitId }, enabled: identity != null });
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [publishing, setPublishing] = useState(false);
  if (!canAccess) return null;

  const publish = async () => {
    setPublishing(true);
    try {
      const publication = await dataProvider.publishItems();
      notify('qd.items.publish.done', { type: 'success', messageArgs: { smart_count: publication.itemCount } });
      redirect('show', 'itemPublications', publication.id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setPublishing(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button label="qd.items.publish.button" onClick={() => setOpen(true)}>
        <PublishIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={publishing}
        title="qd.items.publish.title"
        content="qd.items.publish.content"
        onConfirm={publish}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
