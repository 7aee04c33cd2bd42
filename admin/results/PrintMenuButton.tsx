import { useState } from 'react';
import { Button, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslate, type Identifier } from 'react-admin';
import { printables, type PrintedResult } from './printables';

/**
 * 打印文书 on a list row: one button that opens the row's documents (the same as a result page's buttons), so a wide
 * table keeps its width. Each item is a download link.
 */
export const PrintMenuButton = ({ assignmentId, active, result }: { assignmentId: Identifier; active: boolean; result?: PrintedResult }) => {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const docs = printables(assignmentId, active, result);
  if (!docs.length) return null;
  return (
    <>
      <Button
        size="small"
        startIcon={<PrintIcon />}
        aria-haspopup="menu"
        onClick={(e) => {
          e.stopPropagation();
          setAnchor(e.currentTarget);
        }}
      >
        {translate('qd.results.print.menu')}
      </Button>
      <Menu
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        onClick={(e) => e.stopPropagation()}
        slotProps={{ list: { 'aria-label': translate('qd.results.print.menu') } }}
      >
        {docs.map((doc) => (
          <MenuItem key={doc.key} component="a" href={doc.href} download title={doc.title && translate(doc.title)} onClick={() => setAnchor(null)}>
            <ListItemIcon>
              <PrintIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{translate(doc.label)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
