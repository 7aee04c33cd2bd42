import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import { Button, CreateBase, Form, SaveButton, TextInput, minLength, required, useNotify, useRefresh, useTranslate } from 'react-admin';

const REASON = [required(), minLength(2)];

/** 记录豁免 (§8.3, lead office, draft only): the plan does not cover this item, and says why. */
export const ExemptionCreateButton = ({ planId, item }: { planId: number; item: { id: number; name: string } }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const onSuccess = () => {
    notify('qd.plans.coverage.exempt_done', { type: 'success' });
    setOpen(false);
    refresh();
  };
  return (
    <>
      <Button label="qd.plans.coverage.exempt" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <CreateBase resource="planExemptions" record={{ planId, itemId: item.id }} redirect={false} mutationOptions={{ onSuccess }}>
          <Form>
            <DialogTitle>{translate('qd.plans.coverage.exempt_title')}</DialogTitle>
            <DialogContent>
              <DialogContentText sx={{ mb: 2 }}>{item.name}</DialogContentText>
              <TextInput source="reason" validate={REASON} multiline minRows={2} fullWidth autoFocus />
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
              <SaveButton label="qd.plans.coverage.exempt" icon={<BlockIcon />} />
            </DialogActions>
          </Form>
        </CreateBase>
      </Dialog>
    </>
  );
};
