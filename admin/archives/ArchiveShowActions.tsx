import { Link } from 'react-router-dom';
import LoanIcon from '@mui/icons-material/BookOnline';
import ChangeIcon from '@mui/icons-material/EditNote';
import { Button, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import type { Archive } from '../records';
import { useMe } from '../home/useMe';

/** 申请借阅 (staff of a department, §12.4.2) and 申请变更 (the line office and the unit's archivists, §12.3). */
export const ArchiveShowActions = () => {
  const archive = useRecordContext<Archive>();
  const me = useMe();
  // The loan the user would ask for (useCanAccess otherwise checks the archive in context as if it were a loan).
  const { canAccess: mayBorrow } = useCanAccess({
    action: 'create',
    resource: 'loans',
    record: me ? { unitId: me.unitId, departmentId: me.departmentId, requestedBy: me.id } : undefined,
  });
  const { canAccess: mayChange } = useCanAccess({
    action: 'create',
    resource: 'archiveChanges',
    record: archive ? { unitId: archive.unitId, departmentId: archive.departmentId } : undefined,
  });
  if (!archive) return <TopToolbar />;
  return (
    <TopToolbar>
      {mayBorrow && archive.status !== 'transferred' && (
        <Button component={Link} to="/loans/create" state={{ record: { archiveIds: [archive.id] } }} label="qd.archives.requestLoan">
          <LoanIcon />
        </Button>
      )}
      {mayChange && (
        <Button component={Link} to="/archiveChanges/create" state={{ record: { archiveId: archive.id } }} label="qd.archives.requestChange">
          <ChangeIcon />
        </Button>
      )}
    </TopToolbar>
  );
};
