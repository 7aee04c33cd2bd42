import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Alert, Stack } from '@mui/material';
import { useCanAccess, useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { ArchiveFinding } from '../../api/domain/archives';
import { useFormatDateTime } from '../common/LocaleDateField';
import type { QdDataProvider } from '../providers/dataProvider';
import type { Archive } from '../records';

/** The loan a finding came back with, as a link for those who may open it. */
const LoanLink = ({ finding }: { finding: ArchiveFinding }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({
    action: 'show',
    resource: 'loans',
    record: { id: finding.loanId, unitId: finding.unitId, departmentId: finding.departmentId, requestedBy: finding.requestedBy },
  });
  const label = translate('qd.archives.finding.loan', { id: finding.loanId });
  return canAccess ? <Link to={createPath({ resource: 'loans', id: finding.loanId, type: 'show' })}>{label}</Link> : <>{label}</>;
};

const FindingAlert = ({ finding }: { finding: ArchiveFinding }) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const found = translate('qd.archives.finding.found', {
    at: formatDateTime(finding.returnedAt),
    condition: translate(`qd.loans.conditions.${finding.condition}`),
    note: finding.note ?? '',
    borrower: finding.borrowerName,
  });
  return (
    <Alert severity={finding.closed ? 'info' : 'warning'} variant={finding.closed ? 'outlined' : 'standard'}>
      {found} · <LoanLink finding={finding} />
      <br />
      {finding.closed
        ? translate('qd.archives.finding.closed', { at: formatDateTime(finding.closed.at), name: finding.closed.byName, note: finding.closed.note ?? '—' })
        : translate('qd.archives.finding.open')}
    </Alert>
  );
};

/**
 * What return inspections found on this archive (§12.4.4: 拆封 / 短缺 / 污损): a warning under its catalogue entry
 * until the department head closes the loan, then a plain line of its history. Derived by the API from the loans.
 */
export const ArchiveFindings = () => {
  const archive = useRecordContext<Archive>();
  const dataProvider = useDataProvider<QdDataProvider>();
  const { data } = useQuery({
    queryKey: ['archives', 'findings', archive?.id, archive?.version],
    queryFn: () => dataProvider.archiveFindings(archive!.id),
    enabled: !!archive,
  });
  if (!data?.length) return null;
  return (
    <Stack spacing={1} sx={{ mx: 2, mt: 2 }}>
      {data.map((f) => (
        <FindingAlert key={f.loanId} finding={f} />
      ))}
    </Stack>
  );
};
