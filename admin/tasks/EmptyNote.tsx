import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What a table inside a page says when it has no rows (react-admin's default offers to clear a filter the page set). */
export const EmptyNote = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate(message)}
    </Typography>
  );
};
