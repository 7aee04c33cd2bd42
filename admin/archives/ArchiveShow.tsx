import { ReferenceManyField, Show, useCanAccess } from 'react-admin';
import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { QdPagination } from '../common/QdPagination';
import { TaskSection } from '../tasks/TaskSection';
import { LoanGrid } from '../loans/LoanGrid';
import { ChangeGrid } from '../archiveChanges/ChangeGrid';
import { ArchiveContents } from './ArchiveContents';
import { ArchiveFindings } from './ArchiveFindings';
import { ArchiveHeader } from './ArchiveHeader';
import { ArchiveShowActions } from './ArchiveShowActions';

const Immutable = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mx: 2, mt: 2 }}>
      {translate('qd.archives.immutable')}
    </Alert>
  );
};

/** The archive page: its catalogue entry, its documents and change log (for those who may read them), its loans and change requests. */
export const ArchiveShow = () => {
  const { canAccess: readsLoans } = useCanAccess({ action: 'list', resource: 'loans' });
  const { canAccess: readsChanges } = useCanAccess({ action: 'list', resource: 'archiveChanges' });
  return (
    <Show actions={<ArchiveShowActions />} title={<RecordTitle titleKey="qd.archives.show_title" field="refNo" />}>
      <ArchiveHeader />
      <ArchiveFindings />
      <Immutable />
      <ArchiveContents />
      {readsLoans && (
        <TaskSection title="qd.archives.loans">
          <ReferenceManyField reference="loans" target="archiveIds" sort={{ field: 'id', order: 'DESC' }} perPage={10} pagination={<QdPagination />}>
            <LoanGrid />
          </ReferenceManyField>
        </TaskSection>
      )}
      {readsChanges && (
        <TaskSection title="qd.archives.changes">
          <ReferenceManyField reference="archiveChanges" target="archiveId" sort={{ field: 'id', order: 'DESC' }} perPage={10} pagination={<QdPagination />}>
            <ChangeGrid withArchive={false} />
          </ReferenceManyField>
        </TaskSection>
      )}
    </Show>
  );
};
