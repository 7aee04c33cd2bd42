import { describe, expect, it } from 'vitest';
import { scaleColumns } from '../../admin/common/useRemScale.js';

describe('scaleColumns: a data grid column sized in pixels grows with the root font (适老化 large text)', () => {
  const columns = [
    { field: 'name', width: 132 },
    { field: 'unit', flex: 1, minWidth: 200 },
    { field: 'note', minWidth: 110, maxWidth: Infinity },
    { field: 'code', width: 84, maxWidth: 120 },
  ];

  it('doubles widths, minimum and finite maximum widths at a 32 px root font, and leaves flex alone', () => {
    expect(scaleColumns(columns, 2)).toEqual([
      { field: 'name', width: 264 },
      { field: 'unit', flex: 1, minWidth: 400 },
      { field: 'note', minWidth: 220, maxWidth: Infinity },
      { field: 'code', width: 168, maxWidth: 240 },
    ]);
  });

  it('rounds to whole pixels and keeps the columns as given at the usual size', () => {
    expect(scaleColumns([{ field: 'a', width: 85 }], 1.125)).toEqual([{ field: 'a', width: 96 }]);
    expect(scaleColumns(columns, 1)).toEqual(columns);
    expect(columns[0]).toEqual({ field: 'name', width: 132 });
  });
});
