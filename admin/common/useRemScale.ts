import { useEffect, useState } from 'react';

/**
 * The root font size as a multiple of the usual 16 px (2 with a 32 px root font, the 适老化 large text), kept current:
 * a hidden box 1rem wide is watched, so a change of the browser's font setting or of the page's root size shows.
 * For what MUI X sizes in pixels (a data grid's column widths and header height): multiplied by it, they grow with
 * the text they hold.
 */
export function useRemScale(): number {
  const [scale, setScale] = useState(() => rootPx() / 16);
  useEffect(() => {
    const probe = document.createElement('div');
    probe.setAttribute('aria-hidden', 'true');
    Object.assign(probe.style, { position: 'absolute', visibility: 'hidden', width: '1rem', height: '0', pointerEvents: 'none' });
    document.body.appendChild(probe);
    const observer = new ResizeObserver(() => setScale(probe.getBoundingClientRect().width / 16 || 1));
    observer.observe(probe);
    return () => {
      observer.disconnect();
      probe.remove();
    };
  }, []);
  return scale;
}

const rootPx = () => (typeof document === 'undefined' ? 16 : parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);

/** Column widths in pixels at the usual text size, scaled with the text. */
export const scaleColumns = <C extends { width?: number; minWidth?: number; maxWidth?: number }>(columns: readonly C[], scale: number): C[] =>
  scale === 1
    ? [...columns]
    : columns.map((c) => ({
        ...c,
        ...(c.width !== undefined && { width: Math.round(c.width * scale) }),
        ...(c.minWidth !== undefined && { minWidth: Math.round(c.minWidth * scale) }),
        ...(c.maxWidth !== undefined && Number.isFinite(c.maxWidth) && { maxWidth: Math.round(c.maxWidth * scale) }),
      }));
