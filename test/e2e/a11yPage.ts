import type { Page } from 'playwright-core';

/** Waits until the page has stopped loading and moving: no progress indicator, and dialogs done fading in. */
export async function settle(p: Page) {
  const busy = () =>
    p.waitForFunction(
      () => [...document.querySelectorAll('[role="progressbar"], .MuiSkeleton-root')].every((e) => !(e as HTMLElement).offsetParent),
      undefined,
      {
        timeout: 15_000,
      },
    );
  await busy();
  await p.waitForTimeout(150);
  await busy();
  // A lazily loaded page's title arrives with its record, and the previous page may still be shown meanwhile (two
  // h1s); colours in a transition are between their two values. Wait for one titled page at rest — or let the audit
  // report what it finds.
  await p
    .waitForFunction(
      () => {
        const titles = [...document.querySelectorAll('h1')].map((h) => (h as HTMLElement).innerText.trim());
        const moving = document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
        return titles.length === 1 && titles[0] !== '' && !moving;
      },
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
}

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Text pushed past the viewport's edge where no scrolling container holds it. */
  cut: string[];
  /** Text cut short by its box (ellipsis, hidden overflow). */
  clipped: string[];
  /** Of those, the ones in a table's or a data grid's cell: a list that loses content. */
  cells: string[];
  /** Of those, a list's column headers: a column that no longer says what it holds. */
  headers: string[];
  /** A filled field's raised label reaching into the value under it (the label's box below the text's top). */
  overlaps: string[];
  /** A dialog's part squeezed to less than two lines by the rest of it (its text hidden in a sliver of a box). */
  squeezed: string[];
  /** Text running past the edge of a box that hides what overflows it (a card, a paper), not one that scrolls. */
  hidden: string[];
  /** Text of three characters or more squeezed to one or two a line (a label over a column too narrow for it). */
  narrow: string[];
}

/** What the page, as laid out now, loses at the current size. */
const measure = (p: Page): Promise<Overflow> =>
  p.evaluate(() => {
    const scrolls = (e: Element | null): boolean => {
      for (let a = e; a && a !== document.documentElement; a = a.parentElement) {
        const x = getComputedStyle(a).overflowX;
        // MUI X's DataGrid scrolls its virtual scroller (overflow hidden) with a scrollbar element of its own.
        if (x === 'auto' || x === 'scroll' || a.classList.contains('MuiDataGrid-virtualScroller')) return true;
      }
      return false;
    };
    /** The nearest box above `e` that hides its overflow, unless a scrolling box comes first. */
    const clipper = (e: HTMLElement): HTMLElement | null => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        const x = getComputedStyle(a).overflowX;
        if (x === 'auto' || x === 'scroll' || a.classList.contains('MuiDataGrid-virtualScroller')) return null;
        if (x === 'hidden' || x === 'clip') return a;
      }
      return null;
    };
    const clippedAway = new Map<Element, boolean>();
    const forScreenReaders = (e: Element | null): boolean => {
      if (!e || e === document.body) return false;
      let known = clippedAway.get(e);
      if (known === undefined) clippedAway.set(e, (known = getComputedStyle(e).clip.startsWith('rect') || forScreenReaders(e.parentElement)));
      return known;
    };
    const cut: string[] = [];
    const hidden: string[] = [];
    const narrow: string[] = [];
    const clipped: string[] = [];
    const cells: string[] = [];
    const headers: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const e of document.body.querySelectorAll<HTMLElement>('*')) {
      const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own || !e.offsetParent || e.closest('[aria-hidden="true"]')) continue;
      const style = getComputedStyle(e);
      if (style.visibility === 'hidden' || style.opacity === '0') continue;
      const r = e.getBoundingClientRect();
      // Hidden on purpose until focused or for screen readers only: a skip link above the page, a table's caption,
      // the header of a table shown as cards.
      if (r.width <= 1 || r.height <= 1 || forScreenReaders(e) || r.bottom + scrollY <= 0) continue;
      const text = (e.textContent ?? '').trim().slice(0, 40);
      const box = clipper(e)?.getBoundingClientRect();
      const size = parseFloat(style.fontSize);
      const lines = r.height / (parseFloat(style.lineHeight) || size * 1.5);
      if ((r.right > width + 1 || r.left < -1) && !scrolls(e)) cut.push(text);
      // (A box of a pixel is hidden on purpose: a table's header for screen readers where the rows are cards.)
      else if (box && box.width > 1 && box.height > 1 && (r.right > box.right + 1 || r.left < box.left - 1)) hidden.push(text);
      else if (text.length >= 3 && r.width < 2.5 * size && lines > 2.5 && style.writingMode.startsWith('horizontal')) narrow.push(text);
      else if (
        e.scrollWidth > e.clientWidth + 1 &&
        (style.textOverflow === 'ellipsis' || ((style.overflowX === 'hidden' || style.overflowX === 'clip') && !scrolls(e.parentElement)))
      ) {
        clipped.push(text);
        if (e.closest('td, [role="gridcell"]')) cells.push(text);
        if (e.closest('th, [role="columnheader"]')) headers.push(text);
      }
    }
    const overlaps: string[] = [];
    for (const label of document.body.querySelectorAll<HTMLElement>('label.MuiInputLabel-shrink')) {
      const input = label.parentElement?.querySelector<HTMLElement>('.MuiFilledInput-root .MuiInputBase-input');
      if (!input?.offsetParent || !label.offsetParent) continue;
      const top = input.getBoundingClientRect().top + parseFloat(getComputedStyle(input).paddingTop);
      const bottom = label.getBoundingClientRect().bottom;
      if (bottom > top + 1) overlaps.push(`${label.innerText.trim()} (${Math.round(bottom - top)} px)`);
    }
    const squeezed: string[] = [];
    for (const part of document.body.querySelectorAll<HTMLElement>('[role="dialog"] .MuiDialogContent-root')) {
      const line = parseFloat(getComputedStyle(part).lineHeight) || 24;
      if (part.scrollHeight > part.clientHeight + 1 && part.clientHeight < 2 * line)
        squeezed.push(`${(part.innerText ?? '').trim().slice(0, 30)} (${part.clientHeight} of ${part.scrollHeight} px shown)`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, cut, hidden, narrow, clipped, cells, headers, overlaps, squeezed };
  });

/**
 * Measures once the page has laid itself out for the new size: a data grid lays its columns out again once it has
 * seen the text grow (a resize observer, then a render), the menu slides to its width. The same findings twice in
 * a row, 250 ms apart, or what is found after 4 s.
 */
async function measureAtRest(p: Page): Promise<Overflow> {
  await p.waitForTimeout(500);
  let last = await measure(p);
  for (let i = 0; i < 14; i++) {
    await p.waitForTimeout(250);
    const now = await measure(p);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

const problems = (where: string, o: Overflow) => [
  ...(o.scrollWidth > o.clientWidth + 1 ? [`${where}: scrolls sideways (${o.scrollWidth} px content in ${o.clientWidth} px)`] : []),
  ...o.cut.map((t) => `${where}: text cut off at the edge: ${t}`),
  ...o.hidden.map((t) => `${where}: text past the edge of its box: ${t}`),
  ...o.narrow.map((t) => `${where}: text squeezed to a character a line: ${t}`),
  ...o.cells.map((t) => `${where}: list cell truncated: ${t}`),
  ...o.headers.map((t) => `${where}: column header truncated: ${t}`),
  ...o.clipped.filter((t) => !o.cells.includes(t) && !o.headers.includes(t)).map((t) => `${where}: text ellipsised: ${t}`),
  ...o.overlaps.map((t) => `${where}: raised label over its value: ${t}`),
  ...o.squeezed.map((t) => `${where}: dialog part squeezed: ${t}`),
];

/**
 * What a floating control (react-admin's round create button on a small screen, fixed over the page) still covers
 * once the page is scrolled to its end: content that scrolls past it is readable there, content under it then is not.
 */
async function coveredAtTheEnd(p: Page): Promise<string[]> {
  await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await p.waitForTimeout(300);
  const covered = await p.evaluate(() => {
    const area = innerWidth * innerHeight;
    const floating = [...document.body.querySelectorAll<HTMLElement>('*')]
      // Not the app bar, a dialog, a menu or a passing notification.
      .filter((e) => {
        const style = getComputedStyle(e);
        return style.position === 'fixed' && style.visibility !== 'hidden' && !e.closest('[role="dialog"], header, [role="presentation"], .MuiSnackbar-root');
      })
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      // In the window (a skip link waits above it) and small: not a side menu.
      .filter(({ r }) => r.width > 1 && r.height > 1 && r.top >= 0 && r.bottom <= innerHeight && r.width * r.height < area / 8);
    const found: string[] = [];
    for (const t of document.body.querySelectorAll<HTMLElement>('*')) {
      const own = [...t.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own || !t.offsetParent || t.closest('[aria-hidden="true"]')) continue;
      const r = t.getBoundingClientRect();
      for (const { e, r: f } of floating)
        if (!e.contains(t) && r.left < f.right && r.right > f.left && r.top < f.bottom && r.bottom > f.top)
          found.push((t.textContent ?? '').trim().slice(0, 40));
    }
    return found;
  });
  await p.evaluate(() => window.scrollTo(0, 0));
  return covered;
}

/**
 * 适老化 large text at 1280 px: a 32 px root font (twice the default, every rem-sized text doubles) and 200 %
 * browser zoom (the same 1280 × 800 screen laid out as 640 × 400 CSS pixels). Neither may need sideways scrolling
 * of the page or cut text off; wide data tables scroll inside their own box, which WCAG 1.4.10 allows.
 */
export async function largeTextProblems(p: Page, where: string, { whileZoomed }: { whileZoomed?: () => Promise<unknown> } = {}): Promise<string[]> {
  const viewport = p.viewportSize()!;
  await p.evaluate(() => (document.documentElement.style.fontSize = '32px'));
  const large = await measureAtRest(p);
  const found = problems(`${where} root font 32 px`, large);
  await p.evaluate(() => (document.documentElement.style.fontSize = ''));
  await p.setViewportSize({ width: viewport.width / 2, height: viewport.height / 2 });
  const zoomed = await measureAtRest(p);
  found.push(...problems(`${where} zoom 200 %`, zoomed));
  found.push(...(await coveredAtTheEnd(p)).map((t) => `${where} zoom 200 %: text under a floating control at the page's end: ${t}`));
  await whileZoomed?.();
  await p.setViewportSize(viewport);
  return found;
}

export interface Focused {
  tag: string;
  name: string;
  inDialog: boolean;
  /** A control (link, button, menu item) whose focus shows no outline and no focus style. */
  invisible: boolean;
}

/** What has the keyboard's focus: its tag, its name as shown or labelled, and whether a ring shows it. */
export const focused = (p: Page): Promise<Focused> =>
  p.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return { tag: 'body', name: '', inDialog: false, invisible: false };
    const labelled = e.getAttribute('aria-labelledby');
    const name =
      // (An empty aria-label names nothing: react-admin's language button has one.)
      (e.getAttribute('aria-label') || null) ??
      (labelled ? document.getElementById(labelled)?.innerText : undefined) ??
      (e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement ? (e.labels?.[0]?.innerText ?? e.name) : e.innerText);
    const style = getComputedStyle(e);
    const control = e.matches('a, button, [role="button"], [role="menuitem"], [role="tab"], [role="option"]');
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      tag: e.tagName.toLowerCase(),
      name: (name ?? '')
        .replace(/\s+/g, ' ')
        .replace(/\s*\*$/, '')
        .trim(),
      inDialog: !!e.closest('[role="dialog"]'),
      invisible: control && e.matches(':focus-visible') && !ring,
    };
  });

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element's name is `name` (exactly, or matching), failing after
 * `max` presses; on the way, every control that takes the focus must show it. Returns what has the focus.
 */
export async function tabTo(
  p: Page,
  name: string | RegExp,
  { max = 60, inDialog, back = false }: { max?: number; inDialog?: boolean; back?: boolean } = {},
): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await p.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(p);
    if (f.invisible) throw new Error(`focus is not visible on <${f.tag}> ${f.name}`);
    seen.push(f.name);
    const hit = typeof name === 'string' ? f.name === name : name.test(f.name);
    if (hit && (inDialog === undefined || f.inDialog === inDialog)) return f;
  }
  throw new Error(`Tab never reached ${name} in ${max} presses; it went through: ${seen.join(' | ')}`);
}
