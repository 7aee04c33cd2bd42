import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { getList } from './api';
import { Table } from './common';
import { Pager } from './Pager';
import { Status } from './Status';
import { useListQuery } from './useListQuery';
import { useLoad } from './useLoad';

/**
 * One public list: its h1, a filter form (the page gives its inputs), the page of rows read from the server and the
 * pager. The filters and the page live in the URL (useListQuery); the API filter is built from them by `toFilter`.
 */
export function ListPage<T, F extends string>({
  title,
  intro,
  list,
  fields,
  toFilter = (f) => f,
  filters,
  columns,
  rowKey,
  empty,
}: {
  title: string;
  intro?: ReactNode;
  list: string;
  fields: readonly F[];
  toFilter?: (f: Record<F, string>) => Record<string, string | number | undefined>;
  filters?: (draft: Record<F, string>, set: (field: F, value: string) => void) => ReactNode;
  columns: [string, (row: T) => ReactNode][];
  rowKey: (row: T) => string | number;
  /** What the list says when nothing matches its filter (the table's default otherwise). */
  empty?: (filter: Record<F, string>) => ReactNode;
}) {
  const query = useListQuery(fields);
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState(query.filter);
  // The URL is the truth: going back or opening a shared link resets the form to it.
  useEffect(() => setDraft(query.filter), [query.key]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    document.title = `${title} · 双随机、一公开 信息公示`;
  }, [title]);
  const loaded = useLoad(`${list}?${query.key}`, () => getList<T>(list, toFilter(query.filter), query.page, query.size));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    query.setFilter(draft);
  };
  return (
    <>
      {/* Focused after a change of page, so that the keyboard goes on from the top of the new rows. */}
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {intro}
      {filters && (
        <form className="filters" role="search" aria-label={`筛选${title}`} onSubmit={submit}>
          {filters(draft, (field, value) => setDraft({ ...draft, [field]: value }))}
          <div className="filter-buttons">
            <button type="submit">查询</button>
            <button type="button" className="secondary" onClick={() => query.setFilter(Object.fromEntries(fields.map((f) => [f, ''])) as Record<F, string>)}>
              重置
            </button>
          </div>
        </form>
      )}
      <Status loaded={loaded} />
      {loaded.state === 'done' && (
        <>
          <Table caption={title} page={loaded.value} columns={columns} rowKey={rowKey} empty={empty?.(query.filter)} />
          {loaded.value.total > 0 && (
            <Pager
              page={query.page}
              size={query.size}
              total={loaded.value.total}
              atLeast={loaded.value.atLeast}
              onPage={(n) => {
                query.setPage(n);
                heading.current?.focus();
              }}
            />
          )}
        </>
      )}
    </>
  );
}
