import { describe, expect, it } from 'vitest';
import { buildAbility, defineRulesFor } from '../../api/permissions/rules.js';
import type { Principal } from '../../api/permissions/roles.js';
import { canAccessWith } from '../../admin/providers/authProvider.js';

const shinan = (role: Principal['role'], id = 9): Principal => ({ id, role, unitId: 2, unitLevel: 'district', unitCode: '370202', departmentId: 8, lineId: 1 });
const city = (role: Principal['role'], id = 3): Principal => ({ id, role, unitId: 1, unitLevel: 'city', unitCode: '370200', departmentId: 2, lineId: 1 });
const abilityOf = (p: Principal) => buildAbility(JSON.parse(JSON.stringify(defineRulesFor(p))));
const menuOf = (p: Principal) =>
  ['users', 'departments', 'units', 'lines', 'audit'].filter((resource) => canAccessWith(abilityOf(p), { action: 'list', resource }));

describe('canAccess: the menu follows the rules /api/auth/me sends', () => {
  it('shows an administrator every resource', () => {
    expect(menuOf(city('admin', 1))).toEqual(['users', 'departments', 'units', 'lines', 'audit']);
  });
  it('hides users and audit from an implementing office, its own user record included', () => {
    const officer = shinan('officer');
    expect(menuOf(officer)).toEqual(['departments', 'units', 'lines']);
    expect(canAccessWith(abilityOf(officer), { action: 'show', resource: 'users', record: { id: officer.id } })).toBe(false);
  });
  it('shows a lead office the audit log', () => {
    expect(menuOf(shinan('lead', 8))).toEqual(['departments', 'units', 'lines', 'audit']);
  });
});

describe('canAccess: actions map to CASL actions', () => {
  const officer = abilityOf(shinan('officer'));
  const admin = abilityOf(city('admin', 1));
  it('maps list/show/export to read, create/clone to create, edit to update, delete to delete', () => {
    for (const action of ['list', 'show', 'export']) expect(canAccessWith(officer, { action, resource: 'departments' })).toBe(true);
    for (const action of ['create', 'clone', 'edit', 'delete']) expect(canAccessWith(officer, { action, resource: 'departments' })).toBe(false);
    for (const action of ['create', 'clone', 'edit', 'delete']) expect(canAccessWith(admin, { action, resource: 'departments' })).toBe(true);
  });
  it('checks a record against the rule’s conditions (属地: own unit only)', () => {
    expect(canAccessWith(officer, { action: 'show', resource: 'departments', record: { id: 8, unitId: 2 } })).toBe(true);
    expect(canAccessWith(officer, { action: 'show', resource: 'departments', record: { id: 1, unitId: 1 } })).toBe(false);
  });
  it('refuses resources and actions it does not know', () => {
    expect(canAccessWith(admin, { action: 'list', resource: 'unknownResource' })).toBe(false);
    expect(canAccessWith(admin, { action: 'approve', resource: 'users' })).toBe(false);
  });
});

describe('canAccess: the plan buttons (§8)', () => {
  const lead = abilityOf(shinan('lead', 8));
  const officer = abilityOf(shinan('officer'));
  const cityLead = abilityOf(city('lead', 2));
  const draft = { id: 3, unitId: 2, status: 'draft' };
  it('lets the lead office publish its own unit’s plan, and nobody else', () => {
    expect(canAccessWith(lead, { action: 'publish', resource: 'plans', record: draft })).toBe(true);
    expect(canAccessWith(officer, { action: 'publish', resource: 'plans', record: draft })).toBe(false);
    expect(canAccessWith(cityLead, { action: 'publish', resource: 'plans', record: draft })).toBe(false);
  });
  it('lets an implementing office edit and adjust only its own line’s plan lines', () => {
    expect(canAccessWith(officer, { action: 'edit', resource: 'planLines', record: { id: 1, unitId: 2, lineId: 1 } })).toBe(true);
    expect(canAccessWith(officer, { action: 'edit', resource: 'planLines', record: { id: 7, unitId: 2, lineId: 2 } })).toBe(false);
    expect(canAccessWith(officer, { action: 'create', resource: 'planAdjustments', record: { unitId: 2, lineId: 1 } })).toBe(true);
    expect(canAccessWith(lead, { action: 'create', resource: 'planAdjustments', record: { unitId: 2, lineId: 1 } })).toBe(false);
  });
  it('lets the lead office decide on its unit’s adjustments; the city lead office only reads them', () => {
    const pending = { id: 2, unitId: 2, lineId: 1, status: 'pending' };
    expect(canAccessWith(lead, { action: 'decide', resource: 'planAdjustments', record: pending })).toBe(true);
    expect(canAccessWith(officer, { action: 'decide', resource: 'planAdjustments', record: pending })).toBe(false);
    expect(canAccessWith(cityLead, { action: 'decide', resource: 'planAdjustments', record: pending })).toBe(false);
    expect(canAccessWith(cityLead, { action: 'show', resource: 'planAdjustments', record: pending })).toBe(true);
  });
});
