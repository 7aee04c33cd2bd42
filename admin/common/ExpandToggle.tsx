import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Button } from '@mui/material';
import { useExpanded, useRecordContext, useResourceContext, useTranslate } from 'react-admin';

/**
 * For a DataTable with `expand`: its own expand icon is out of the Tab order and hidden from screen readers (tabIndex
 * -1, aria-hidden), so a row's details could only be opened with a mouse. Its cells are hidden; this button, the
 * table's first column (`<DataTable.Col label="qd.list.details"><ExpandToggle /></DataTable.Col>`), opens and
 * closes the same row (react-admin's stored expanded state) for the keyboard, a screen reader and a mouse alike.
 */
export const ExpandToggle = () => {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const [expanded, toggle] = useExpanded(resource, record?.id ?? '');
  if (!record) return null;
  return (
    <Button
      size="small"
      aria-expanded={expanded}
      aria-controls={`${resource}-${record.id}-expand`}
      startIcon={expanded ? <ExpandLessIcon /> : <ExpandMoreIcon />}
      onClick={(e) => {
        // Not also the row's own click (rowClick="expand" would toggle it back).
        e.stopPropagation();
        toggle();
      }}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {translate(expanded ? 'qd.list.hide_details' : 'qd.list.show_details')}
    </Button>
  );
};

/** The DataTable's `sx` part that hides its own expand icons (the header's expand-all one too) for ExpandToggle's. */
export const expandByToggle = { '& .RaDataTable-expandIconCell, & .RaDataTable-expandHeader': { display: 'none' } } as const;
