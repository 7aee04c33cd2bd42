/**
 * Pages of a server-paged list: first, previous, "第 n / m 页", next, last. After a change the page goes back to its
 * top and `onPage` is expected to give the focus to the list's heading (the button pressed may be disabled now).
 */
export function Pager({ page, size, total, atLeast, onPage }: { page: number; size: number; total: number; atLeast: boolean; onPage: (n: number) => void }) {
  const last = Math.max(1, Math.ceil(total / size));
  const go = (n: number) => () => {
    onPage(n);
    window.scrollTo(0, 0);
  };
  if (last === 1 && page === 1)
    return (
      <p className="pager">
        共 {total.toLocaleString('zh-CN')}
        {atLeast ? '+' : ''} 条
      </p>
    );
  return (
    <nav className="pager" aria-label="分页">
      <span className="pager-total">
        共 {total.toLocaleString('zh-CN')}
        {atLeast ? '+' : ''} 条
      </span>
      <button type="button" onClick={go(1)} disabled={page <= 1}>
        第一页
      </button>
      <button type="button" onClick={go(page - 1)} disabled={page <= 1}>
        上一页
      </button>
      <span aria-current="page">
        第 {page} / {last}
        {atLeast ? '+' : ''} 页
      </span>
      <button type="button" onClick={go(page + 1)} disabled={page >= last}>
        下一页
      </button>
      {/* Enabled past the end too (a stale link's ?page=99), so that the last page is one press away. */}
      <button type="button" onClick={go(last)} disabled={page === last}>
        最后一页
      </button>
    </nav>
  );
}
