import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useCanAccess, useGetList, useListContext } from 'react-admin';
import type { Result } from '../records';

const ResultsContext = createContext<Map<number, Result>>(new Map());

/**
 * The results of the assignments on the current page, read in one request (for those who may read results), so
 * each row knows which documents it can print.
 */
export const PageResults = ({ children }: { children: ReactNode }) => {
  const { data = [] } = useListContext();
  const ids = data.filter((a) => a.resultStatus !== 'pending').map((a) => a.id);
  const { canAccess } = useCanAccess({ action: 'list', resource: 'results' });
  const { data: results = [] } = useGetList<Result>(
    'results',
    { filter: { assignmentId: ids }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: Boolean(canAccess) && ids.length > 0 },
  );
  const byAssignment = useMemo(() => new Map(results.map((r) => [r.assignmentId, r])), [results]);
  return <ResultsContext.Provider value={byAssignment}>{children}</ResultsContext.Provider>;
};

/** The result of one assignment on the page, if one is entered (and readable). */
export const usePageResult = (assignmentId: number | undefined): Result | undefined => useContext(ResultsContext).get(assignmentId ?? -1);
