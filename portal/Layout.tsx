import { useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';

export const LARGE_TEXT = 'qd.portal.largeText';

const NAV = [
  ['/', '首页'],
  ['/items', '抽查事项清单'],
  ['/plans', '年度抽查计划'],
  ['/draws', '抽取记录'],
  ['/results', '检查结果'],
  ['/non-cooperation', '不配合检查名单'],
] as const;

/** The frame of every page: a skip link, the header with the larger-text switch (适老化, kept in localStorage), the menu, the page, the footer. */
export function Layout() {
  const [large, setLarge] = useState(() => localStorage.getItem(LARGE_TEXT) === '1');
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', large);
    localStorage.setItem(LARGE_TEXT, large ? '1' : '0');
  }, [large]);
  // Another page opens at its top, not where the previous one was scrolled to (a record opened from far down a list).
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return (
    <>
      <a className="skip" href="#main">
        跳到正文
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <p className="site-name">青岛市人力资源和社会保障系统 · 双随机、一公开 信息公示</p>
          <button type="button" className="text-switch" aria-pressed={large} onClick={() => setLarge(!large)}>
            {large ? '标准字号' : '大字号'}
          </button>
        </div>
        <nav className="wrap site-nav" aria-label="主菜单">
          <ul>
            {NAV.map(([to, label]) => (
              <li key={to}>
                <NavLink to={to} end={to === '/'}>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="wrap" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="wrap">依据《人力资源社会保障“双随机、一公开”监管工作规范》第 5.3 条公开。抽取记录可下载并按 QD-DRAW-2 算法独立验证。</div>
      </footer>
    </>
  );
}
