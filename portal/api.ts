/** The portal's reads of the public API (/api/public/*): one page of a list with its total, or one record. */
export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get(path: string): Promise<Response> {
  const res = await fetch(`/api/public/${path}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new PublicApiError(res.status, res.status === 404 ? '未找到该记录，或尚未公开' : (body?.message ?? `读取失败（${res.status}）`));
  }
  return res;
}

export interface Page<T> {
  rows: T[];
  total: number;
  /** The total is "at least" (the API counts up to a limit). */
  atLeast: boolean;
}

export async function getList<T>(list: string, filter: Record<string, string | number | undefined>, page: number, size: number): Promise<Page<T>> {
  const kept = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''));
  const start = (page - 1) * size;
  const query = new URLSearchParams({ range: JSON.stringify([start, start + size - 1]), filter: JSON.stringify(kept) });
  const res = await get(`${list}?${query}`);
  const total = Number(res.headers.get('Content-Range')?.split('/')[1] ?? 0);
  return { rows: (await res.json()) as T[], total, atLeast: res.headers.get('X-Total-Lower-Bound') === 'true' };
}

export const getOne = async <T>(path: string): Promise<T> => (await (await get(path)).json()) as T;
