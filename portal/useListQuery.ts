import { useSearchParams } from 'react-router-dom';

export const PAGE_SIZES = [10, 25, 50, 100];

/**
 * A list page's state in its URL (?q=…&district=…&page=2&size=25), so that any page of any search can be shared:
 * `filter` holds the given filter fields, `page` is 1-based; changing a filter goes back to page 1.
 */
export function useListQuery<F extends string>(fields: readonly F[]) {
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(fields.map((f) => [f, params.get(f) ?? ''])) as Record<F, string>;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const sizeAsked = Number.parseInt(params.get('size') ?? '25', 10);
  const size = PAGE_SIZES.includes(sizeAsked) ? sizeAsked : 25;
  const write = (next: Record<string, string>) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== '')));
  return {
    filter,
    page,
    size,
    key: params.toString(),
    setFilter: (next: Record<F, string>) => write({ ...next, ...(size !== 25 ? { size: String(size) } : {}) }),
    setPage: (n: number) => write({ ...filter, page: n > 1 ? String(n) : '', ...(size !== 25 ? { size: String(size) } : {}) }),
  };
}
