/** Column titles on one line: the plan tables have many short columns and long Chinese titles would wrap per character. */
export const compactHead = { '& thead th': { whiteSpace: 'nowrap' } } as const;

/** A short value (a date, 第 2 版 → 第 3 版) kept on one line. */
export const nowrapCell = () => ({ whiteSpace: 'nowrap' }) as const;
