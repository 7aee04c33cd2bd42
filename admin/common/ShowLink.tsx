import type { MouseEvent, ReactNode } from 'react';
import { Link, useGetPathForRecord, useRecordContext } from 'react-admin';

/**
 * A row's field as a link to the record's page: its show page, or its edit page when it has none (where a row
 * click leads, and only when the user may open it; plain text otherwise). A row that opens on click (rowClick) is
 * not reached by the keyboard; the link is, with Tab and Enter, and a screen reader lists it among the page's links.
 * `children`, when given, are shown instead of the field's plain value (a date written by its field).
 */
export const ShowLink = ({ source, children }: { source: string; children?: ReactNode }) => {
  const record = useRecordContext();
  const path = useGetPathForRecord();
  if (!record) return null;
  const text = children ?? String(record[source] ?? '');
  if (!path) return <>{text}</>;
  return (
    <Link to={path} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {text}
    </Link>
  );
};
