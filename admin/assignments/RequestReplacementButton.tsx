import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import SwapIcon from '@mui/icons-material/SwapHoriz';
import {
  Button,
  Form,
  SaveButton,
  SelectInput,
  TextInput,
  minLength,
  required,
  useCanAccess,
  useDataProvider,
  useGetIdentity,
  useGetMany,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { Assignment, Inspector } from '../records';
import { actionSubmit } from '../common/actionSubmit';
import type { QdDataProvider } from '../providers/dataProvider';
import type { ReplacementRequest } from '../providers/drawMethods';
import { REPLACEMENT_KIND_CHOICES } from '../tasks/choices';
import { useActionNotify } from '../common/useActionNotify';
import { usePendingRequests } from './PendingRequests';
import { PendingRequestChip } from './PendingRequestChip';

const REASON = [required(), minLength(2)];

/**
 * 申请回避/更换 (§9.2.2): the implementing office asks to replace any member of a team for any of the clause's reasons;
 * an inspector on the team may only ask to be recused (回避) themself. The head decides.
 */
export const RequestReplacementButton = () => {
  const assignment = useRecordContext<Assignment>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useActionNotify();
  const refresh = useRefresh();
  const { identity } = useGetIdentity();
  const { canAccess: office } = useCanAccess({ action: 'create', resource: 'replacements', record: assignment });
  const [open, setOpen] = useState(false);
  const { data: team = [] } = useGetMany<Inspector>('inspectors', { ids: assignment?.inspectorIds ?? [] }, { enabled: open });
  const onTeam = identity != null && assignment?.inspectorUserIds.includes(Number(identity.id));
  const pending = usePendingRequests(assignment?.id);
  if (!assignment?.active || !assignment.inspectorIds.length || !(office || onTeam)) return null;
  // An inspector's own request waits for the head: it shows as pending, not as a button to ask again.
  const ownPending = pending.filter((r) => r.requestedBy === Number(identity?.id));
  if (!office && ownPending.length) return <PendingRequestChip />;

  const members = office ? team : team.filter((i) => i.userId === Number(identity?.id));
  const kinds = office ? REPLACEMENT_KIND_CHOICES : REPLACEMENT_KIND_CHOICES.filter((k) => k.id === 'recusal');
  const submit = actionSubmit(
    notify,
    (values: Partial<ReplacementRequest>) =>
      dataProvider.requestReplacement(assignment.id, { ...(values as ReplacementRequest), reason: values.reason?.trim() ?? '' }),
    'qd.replacements.requested',
    () => {
      setOpen(false);
      refresh();
    },
  );

  const label = office ? 'qd.replacements.request.button' : 'qd.replacements.request.button_recusal';
  // An inspector asks for themself only: the form starts on their own name (known once the team has loaded) and 回避.
  const start = { kind: office ? undefined : 'recusal', inspectorId: office ? undefined : members[0]?.id };
  return (
    <>
      {pending.length > 0 && <PendingRequestChip count={pending.length} />}
      <Button label={label} onClick={() => setOpen(true)}>
        <SwapIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} maxWidth="sm" fullWidth>
        <DialogTitle>{translate(label)}</DialogTitle>
        <Form record={start} onSubmit={submit} key={members.length}>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>
              {translate(office ? 'qd.replacements.request.intro' : 'qd.replacements.request.intro_recusal')}
            </DialogContentText>
            <SelectInput
              source="inspectorId"
              label="resources.replacements.fields.inspectorId"
              choices={members}
              optionText="name"
              validate={required()}
              readOnly={!office}
              fullWidth
            />
            <SelectInput source="kind" label="resources.replacements.fields.kind" choices={kinds} validate={required()} readOnly={!office} fullWidth />
            <TextInput source="reason" label="resources.replacements.fields.reason" validate={REASON} multiline minRows={2} fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="qd.replacements.request.submit" icon={<SwapIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
