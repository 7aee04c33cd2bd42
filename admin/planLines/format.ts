/** Ratios travel in basis points (5% = 500) and are shown and entered as percentages. */
export const formatRatio = (bp: number) => `${bp / 100}%`;

export const toBasisPoints = (percent: unknown): number | null => {
  if (percent === null || percent === undefined || percent === '') return null;
  const n = Number(percent);
  return Number.isFinite(n) ? Math.round(n * 100) : null;
};

export const toCount = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.round(n) : null;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO dates (YYYY-MM-DD) as local dates for the grid's date cells, and back: no time zone may shift the day. */
export const fromIsoDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
};
export const toIsoDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
