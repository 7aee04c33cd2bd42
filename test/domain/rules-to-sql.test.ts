import { describe, expect, it } from 'vitest';
import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { rulesToSql } from '../../api/permissions/sql.js';
import { compile } from '../../api/store/sql.js';

const fields = new Set(['id', 'unitId', 'lead', 'name']);
const sqlFor = (
  define: (can: AbilityBuilder<ReturnType<typeof createMongoAbility>>['can'], cannot: AbilityBuilder<ReturnType<typeof createMongoAbility>>['cannot']) => void,
) => {
  const b = new AbilityBuilder(createMongoAbility);
  define(b.can, b.cannot);
  return compile(rulesToSql(b.build(), 'read', 'Department', fields));
};

describe('CASL rules → SQL WHERE (DESIGN: filtering, counting and paging in the database)', () => {
  it('no rule → nothing visible', () => {
    expect(sqlFor(() => {})).toEqual({ text: 'FALSE', values: [] });
  });
  it('an unconditional rule → everything', () => {
    expect(sqlFor((can) => can('read', 'Department'))).toEqual({ text: 'TRUE', values: [] });
  });
  it('conditions become parameters, never SQL text', () => {
    const q = sqlFor((can) => can('read', 'Department', { unitId: 2, name: "x'; DROP TABLE users; --" }));
    expect(q.text).not.toContain('DROP');
    expect(q.values).toEqual(expect.arrayContaining([2, "x'; DROP TABLE users; --"]));
  });
  it('several rules OR together, cannot rules AND NOT, $in becomes ANY', () => {
    const q = sqlFor((can, cannot) => {
      can('read', 'Department', { unitId: 3 });
      can('read', 'Department', { unitId: { $in: [4, 5] }, lead: true });
      cannot('read', 'Department', { id: 9 });
    });
    expect(q.text).toMatch(/ OR /);
    expect(q.text).toMatch(/NOT \("id" = \$\d\)/);
    expect(q.text).toMatch(/"unitId" = ANY\(\$\d\)/);
    expect(q.values).toEqual(expect.arrayContaining([3, [4, 5], true, 9]));
  });
  it('refuses conditions on fields the table does not have', () => {
    expect(() => sqlFor((can) => can('read', 'Department', { secret: 1 }))).toThrow(/unknown field/);
  });
});

describe('array columns', () => {
  it('equality on an array column means “contains”, as in CASL’s own (MongoDB) semantics', () => {
    const b = new AbilityBuilder(createMongoAbility);
    b.can('read', 'Assignment', { inspectorUserIds: 7 });
    const q = compile(rulesToSql(b.build(), 'read', 'Assignment', { inspectorUserIds: 'integer[]' }));
    expect(q).toEqual({ text: '$1 = ANY("inspectorUserIds")', values: [7] });
  });
});
