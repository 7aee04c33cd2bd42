import { useState } from 'react';
import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  AutocompleteInput,
  Button,
  CreateBase,
  ReferenceInput,
  SimpleForm,
  TextInput,
  minLength,
  required,
  useCanAccess,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { Entity, Inspector } from '../records';

const entityText = (e: Entity) => `${e.name} · ${e.uscc}`;

/** 添加回避对象: pick the entity by name or code; the reason is kept with the pair. */
export const InspectorConflictAddButton = ({ inspector }: { inspector: Inspector }) => {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'conflicts', record: { unitId: inspector.unitId } });
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  const added = () => {
    notify('qd.conflicts.added', { type: 'success' });
    setOpen(false);
    refresh();
  };
  return (
    <>
      <Button label="qd.conflicts.add" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('qd.conflicts.add')}</DialogTitle>
        <DialogContent>
          <CreateBase
            resource="conflicts"
            record={{ inspectorId: inspector.id }}
            redirect={false}
            mutationMode="pessimistic"
            mutationOptions={{ onSuccess: added }}
          >
            <SimpleForm>
              <ReferenceInput source="entityId" reference="entities" sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput optionText={entityText} filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
              </ReferenceInput>
              <TextInput source="reason" validate={[required(), minLength(2)]} fullWidth />
            </SimpleForm>
          </CreateBase>
        </DialogContent>
      </Dialog>
    </>
  );
};
