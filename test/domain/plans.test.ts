import { describe, expect, it } from 'vitest';
import { diffPlanLines, isPublishedLate, uncoveredItems } from '../../api/domain/plans.js';

const items = [
  { id: 1, name: '规章制度' },
  { id: 2, name: '劳动合同' },
  { id: 3, name: '工资支付' },
];

describe('§8.3 全覆盖: a plan covers every active item of the list', () => {
  it('lists the items no line covers', () => {
    expect(uncoveredItems(items, [{ itemId: 1 }, { itemId: 1 }]).map((i) => i.id)).toEqual([2, 3]);
  });
  it('an exemption recorded by the lead office excuses an item', () => {
    expect(uncoveredItems(items, [{ itemId: 1 }], [3]).map((i) => i.id)).toEqual([2]);
  });
  it('a plan covering all items leaves nothing uncovered', () => {
    expect(
      uncoveredItems(
        items,
        items.map((i) => ({ itemId: i.id })),
      ),
    ).toEqual([]);
  });
});

describe('§8.1 the year’s plan is published before the end of March', () => {
  it('31 March in China is on time, 1 April is late', () => {
    expect(isPublishedLate(2026, new Date('2026-03-31T15:59:00Z'))).toBe(false);
    expect(isPublishedLate(2026, new Date('2026-03-31T16:00:00Z'))).toBe(true);
    expect(isPublishedLate(2026, new Date('2026-01-10T00:00:00Z'))).toBe(false);
  });
});

describe('§8.2 versions of a plan differ line by line', () => {
  const v1 = [
    { id: 1, itemId: 1, ratioBp: 500, windowEnd: '2026-11-30' },
    { id: 2, itemId: 2, ratioBp: 500, windowEnd: '2026-11-30' },
  ];
  it('names added, removed and changed lines with the changed fields', () => {
    const v2 = [
      { id: 1, itemId: 1, ratioBp: 1000, windowEnd: '2026-12-20' },
      { id: 3, itemId: 3, ratioBp: 500, windowEnd: '2026-11-30' },
    ];
    const diff = diffPlanLines(v1, v2);
    expect(diff.map((d) => [d.kind, d.id])).toEqual([
      ['changed', 1],
      ['removed', 2],
      ['added', 3],
    ]);
    expect(diff[0]).toMatchObject({
      changes: [
        { field: 'ratioBp', before: 500, after: 1000 },
        { field: 'windowEnd', before: '2026-11-30', after: '2026-12-20' },
      ],
    });
  });
  it('identical versions have no difference, bookkeeping fields aside', () => {
    expect(
      diffPlanLines(
        v1,
        v1.map((l) => ({ ...l, updatedAt: 'later' })),
      ),
    ).toEqual([]);
  });
});
