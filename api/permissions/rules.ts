import { AbilityBuilder, createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { Principal } from './roles.js';

/**
 * CASL rules for every role and scope, as JSON-serialisable data: the server enforces them and the admin
 * receives the same rules from /api/auth/me. Pure code: no Node imports.
 *
 * Scope (属地, §6.2): district users see and act on their own unit only; the city bureau's lead office,
 * chiefs and leaders read every unit (they supervise and assess, §4.1.1).
 */
export type Action = 'manage' | 'read' | 'create' | 'update' | 'delete';
export type Subject = 'User' | 'Unit' | 'Department' | 'Line' | 'AuditEntry' | 'all';
export type AppAbility = MongoAbility<[Action, Subject | object]>;
export type AppRule = RawRuleOf<AppAbility>;

/** City-level supervisors read across units. */
export const supervisesAllUnits = (p: Principal) => p.unitLevel === 'city' && (p.role === 'lead' || p.role === 'chief' || p.role === 'leader');

export function defineRulesFor(p: Principal): AppRule[] {
  const { can, rules } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const ownUnit = { unitId: p.unitId };
  const readScope = supervisesAllUnits(p) ? undefined : ownUnit;

  // The organisation's skeleton is needed by every screen (names of bureaus and lines).
  can('read', ['Unit', 'Line']);
  can('read', 'User', { id: p.id });

  if (p.role === 'admin') {
    can('manage', ['User', 'Unit', 'Department', 'Line']);
    can('read', 'AuditEntry');
    return rules;
  }

  can('read', 'Department', readScope);
  if (p.role === 'lead') can('read', 'AuditEntry', readScope);
  return rules;
}

export const buildAbility = (rules: AppRule[]): AppAbility => createMongoAbility<AppAbility>(rules);
