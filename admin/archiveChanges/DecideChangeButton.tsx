import { Typography } from '@mui/material';
import { useDataProvider, useRecordContext } from 'react-admin';
import { nextChangeState } from '../../api/domain/archives';
import { DecisionButton } from '../common/DecisionButton';
import { ChangeWhatField } from './ChangeWhatField';
import { useMe } from '../home/useMe';
import type { QdDataProvider } from '../providers/dataProvider';
import type { ArchiveChange } from '../records';

/** What the change asks for, as the decision shows it. */
export const ChangeSummary = () => {
  const c = useRecordContext<ArchiveChange>();
  if (!c) return null;
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {c.refNo} {c.archiveTitle} · <ChangeWhatField />
      </Typography>
      <Typography variant="body2">{c.content}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {c.reason} · {c.requestedByName}
      </Typography>
    </>
  );
};

/** 审定 / 驳回 (§12.3): the chief of the archive's line office, on a request they did not make (the server's rule). */
export const DecideChangeButton = ({ verdict }: { verdict: 'approve' | 'reject' }) => {
  const c = useRecordContext<ArchiveChange>();
  const me = useMe();
  const dataProvider = useDataProvider<QdDataProvider>();
  if (!c || !me) return null;
  const actor = { role: me.role, requester: c.requestedBy === me.id, lineOffice: c.unitId === me.unitId && c.departmentId === me.departmentId };
  if (!nextChangeState(c.status, verdict, actor).ok) return null;
  return (
    <DecisionButton
      verdict={verdict}
      label={`qd.archiveChanges.${verdict}.button`}
      title={`qd.archiveChanges.${verdict}.title`}
      intro={`qd.archiveChanges.${verdict}.intro`}
      reasonLabel="resources.archiveChanges.fields.decisionReason"
      decide={(reason) => dataProvider.decideArchiveChange(c.id, verdict, reason)}
      done={`qd.archiveChanges.${verdict}.done`}
    >
      <ChangeSummary />
    </DecisionButton>
  );
};
