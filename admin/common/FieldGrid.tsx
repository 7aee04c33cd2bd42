import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/** The narrowest column, in rem: a label of six characters and a date, or a name of ten characters a line. */
const COLUMN = 10;
const GAP = 0.75;

/** The container query that holds once the page has room for `columns` columns. */
const roomFor = (columns: number) => `@container (min-width: ${columns * COLUMN + (columns - 1) * GAP}rem)`;

/**
 * A record's fields at a glance (a page's header): as many columns as there is room for 10rem each. The columns go
 * by the text's size, not the window's pixels as MUI's Grid breakpoints do, so with large text there are fewer,
 * wider ones instead of the same number squeezed to a few characters a line.
 */
export const FieldGrid = ({ children }: { children: ReactNode }) => (
  <Box sx={{ px: 2, pt: 2, containerType: 'inline-size' }}>
    <Box sx={{ display: 'grid', gap: `${GAP}rem`, gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${COLUMN}rem), 1fr))` }}>{children}</Box>
  </Box>
);

/**
 * One field of a FieldGrid. `span`: the columns it takes where there are as many; `row`: the whole row; `lead`:
 * the row but its last column (a title, with the status beside it), the whole row where there is one column.
 */
export const FieldCell = ({ children, span = 1, wide }: { children: ReactNode; span?: 1 | 2 | 3; wide?: 'row' | 'lead' }) => {
  const sx =
    wide === 'row'
      ? { gridColumn: '1 / -1' }
      : wide === 'lead'
        ? { gridColumn: '1 / -1', [roomFor(2)]: { gridColumn: '1 / -2' } }
        : Object.fromEntries(Array.from({ length: span - 1 }, (_, i) => [roomFor(i + 2), { gridColumn: `span ${i + 2}` }]));
  return <Box sx={{ minWidth: 0, ...sx }}>{children}</Box>;
};
