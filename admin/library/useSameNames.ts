import { useMemo } from 'react';
import { useGetList, useListContext } from 'react-admin';

/**
 * Names on the current page that another record of the same group (an entity's district, an inspector's unit)
 * also bears, with how many bear it: one request for the page's names, so duplicates on other pages count too.
 */
export function useSameNames(resource: string, group: string): Map<string, number> {
  const { data = [] } = useListContext();
  const names = useMemo(() => [...new Set(data.map((r) => r.name as string))].sort(), [data]);
  const { data: namesakes = [] } = useGetList(
    resource,
    { filter: { name: names }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: names.length > 0 },
  );
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of namesakes) counts.set(`${r[group]}|${r.name}`, (counts.get(`${r[group]}|${r.name}`) ?? 0) + 1);
    return new Map([...counts].filter(([, n]) => n > 1));
  }, [namesakes, group]);
}
