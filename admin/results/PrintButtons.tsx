import { Button, Stack } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslate, type Identifier } from 'react-admin';
import { printables, type PrintedResult } from './printables';

/**
 * 打印事先告知书 / 打印检查记录表 / 打印责令改正通知书 as buttons (a result's page), each only where the server issues
 * it. Plain download links: the session cookie goes along (same origin) and the server names the file.
 */
export const PrintButtons = ({ assignmentId, active = true, result }: { assignmentId: Identifier; active?: boolean; result?: PrintedResult }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
      {printables(assignmentId, active, result).map((doc) => (
        <Button key={doc.key} size="small" startIcon={<PrintIcon />} href={doc.href} download title={doc.title && translate(doc.title)}>
          {translate(doc.label)}
        </Button>
      ))}
    </Stack>
  );
};
