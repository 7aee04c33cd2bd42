import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, useResourceContext } from 'react-admin';

/**
 * A row's field as a link to the record's page. A row that opens on click (rowClick) is not reached by the
 * keyboard; the link is, with Tab and Enter, and a screen reader lists it among the page's links.
 */
export const ShowLink = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  if (!record || !resource) return null;
  return (
    <Link to={createPath({ resource, id: record.id, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {String(record[source] ?? '')}
    </Link>
  );
};
