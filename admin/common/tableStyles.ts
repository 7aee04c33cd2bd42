/** Column titles on one line: long Chinese titles in narrow columns would otherwise wrap per character. */
export const compactHead = { '& thead th': { whiteSpace: 'nowrap' } } as const;

/** A short value (a code, a date, a status, 第 2 版 → 第 3 版) kept on one line. */
export const nowrapCell = () => ({ whiteSpace: 'nowrap' }) as const;

/**
 * A column of prose (a title, a purpose) beside many one-line columns: at least 12 characters wide, in rem so that it
 * keeps them with large text, instead of two or three characters to a line.
 */
export const textCell = () => ({ minWidth: '12rem' }) as const;
