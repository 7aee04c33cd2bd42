import { useState } from 'react';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, useCanAccess } from 'react-admin';
import type { LibraryResource } from '../providers/libraryMethods';
import { LibraryImportDialog } from './LibraryImportDialog';

/** 导入, for those who may import into this library. */
export const LibraryImportButton = ({ resource }: { resource: LibraryResource }) => {
  const { canAccess } = useCanAccess({ action: 'import', resource });
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  return (
    <>
      <Button label="qd.library.import.button" onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <LibraryImportDialog resource={resource} open={open} onClose={() => setOpen(false)} />
    </>
  );
};
