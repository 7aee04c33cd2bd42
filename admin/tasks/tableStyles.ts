/** Column titles on one line: long Chinese titles in narrow columns would otherwise wrap per character. */
export const compactHead = { '& thead th': { whiteSpace: 'nowrap' } } as const;

/** A short value (a code, a date, a status) kept on one line. */
export const nowrapCell = () => ({ whiteSpace: 'nowrap' }) as const;
