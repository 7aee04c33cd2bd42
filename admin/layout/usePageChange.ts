import { useEffect, useRef } from 'react';
import { useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';

/**
 * What a new page owes the keyboard and the browser (WCAG 2.4.2, 2.4.3):
 * - the browser's tab names the page: its h1 (react-admin's title, which a view may fill in late) and the app;
 * - after a change of page, the next Tab goes on from the page's content when the focus was lost with the old page
 *   (a row that opened its record) or was in the menu or the app bar — as react-admin's skip link does it, without a
 *   ring round the whole content. A focus still in the content (a tab of the record, the pager) stays where it is.
 */
export const usePageChange = () => {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const first = useRef(true);

  useEffect(() => {
    const app = translate('qd.title');
    const h1 = document.getElementById('react-admin-title');
    const name = () => {
      const page = h1?.textContent?.trim();
      document.title = page ? `${page} · ${app}` : app;
    };
    name();
    if (!h1) return;
    const watch = new MutationObserver(name);
    watch.observe(h1, { childList: true, subtree: true, characterData: true });
    return () => watch.disconnect();
  }, [translate]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const content = document.getElementById('main-content');
    const focus = document.activeElement;
    if (!content || (focus && focus !== document.body && content.contains(focus))) return;
    content.setAttribute('tabIndex', '-1');
    content.focus({ preventScroll: true });
    content.blur();
    content.removeAttribute('tabIndex');
  }, [pathname]);
};
