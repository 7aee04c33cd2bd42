import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useGetList, useListContext } from 'react-admin';
import type { Replacement } from '../records';

const PendingContext = createContext<Map<number, Replacement[]> | undefined>(undefined);

/**
 * The pending replacement/recusal requests of the assignments on the current page, read in one request, so that
 * each row shows a request as pending rather than offering to ask again.
 */
export const PendingRequests = ({ children }: { children: ReactNode }) => {
  const { data = [] } = useListContext();
  const ids = data.map((a) => a.id);
  const { data: pending = [] } = useGetList<Replacement>(
    'replacements',
    { filter: { assignmentId: ids, status: 'pending' }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: ids.length > 0 },
  );
  const byAssignment = useMemo(() => {
    const map = new Map<number, Replacement[]>();
    for (const r of pending) if (r.assignmentId != null) map.set(r.assignmentId, [...(map.get(r.assignmentId) ?? []), r]);
    return map;
  }, [pending]);
  return <PendingContext.Provider value={byAssignment}>{children}</PendingContext.Provider>;
};

/**
 * The pending requests of one assignment: from the list's PendingRequests, or, for a row shown on its own (a home
 * card), read for that assignment alone.
 */
export const usePendingRequests = (assignmentId: number | undefined): Replacement[] => {
  const fromList = useContext(PendingContext);
  const { data: own = [] } = useGetList<Replacement>(
    'replacements',
    { filter: { assignmentId, status: 'pending' }, pagination: { page: 1, perPage: 20 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: fromList === undefined && assignmentId != null },
  );
  return fromList ? (fromList.get(assignmentId ?? -1) ?? []) : own;
};
