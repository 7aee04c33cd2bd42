import { AbilityBuilder, createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { Principal } from './roles.js';

/**
 * CASL rules for every role and scope, as JSON-serialisable data: the server enforces them and the admin
 * receives the same rules from /api/auth/me. Pure code: no Node imports.
 *
 * Scope (属地, §6.2): district users see and act on their own unit only; the city bureau's lead office,
 * chiefs and leaders read every unit (they supervise and assess, §4.1.1).
 */
export type Action =
  | 'manage'
  | 'read'
  | 'create'
  | 'update'
  | 'delete'
  | 'publish'
  | 'import'
  | 'decide'
  | 'draw'
  | 'void'
  | 'receive'
  | 'confirm'
  | 'reopen'
  | 'explain'
  | 'readContents'
  | 'register'
  | 'cancel'
  | 'close';
export type Subject =
  | 'User'
  | 'Unit'
  | 'Department'
  | 'Line'
  | 'AuditEntry'
  | 'Holiday'
  | 'Item'
  | 'ItemRevision'
  | 'ItemPublication'
  | 'Entity'
  | 'Inspector'
  | 'Conflict'
  | 'Plan'
  | 'PlanLine'
  | 'PlanExemption'
  | 'PlanVersion'
  | 'PlanAdjustment'
  | 'Task'
  | 'Draw'
  | 'Commitment'
  | 'Dispatch'
  | 'Assignment'
  | 'Replacement'
  | 'Result'
  | 'Evidence'
  | 'Referral'
  | 'Archive'
  | 'ArchiveChange'
  | 'Loan'
  | 'OutsideSystem'
  | 'OutboxMessage'
  | 'Dashboard'
  | 'all';
export type AppAbility = MongoAbility<[Action, Subject | object]>;
export type AppRule = RawRuleOf<AppAbility>;

/** The supervision dashboard's readers (§4.1.1c–d, §13.2): lead offices, heads of department, leaders in charge. */
export const supervises = (p: Principal) => p.role === 'lead' || p.role === 'chief' || p.role === 'leader';

/** City-level supervisors read across units. */
export const supervisesAllUnits = (p: Principal) => p.unitLevel === 'city' && supervises(p);

/** Implementing-office roles: they keep the libraries and their line's items (§4.2.2). */
const implementsLine = (p: Principal) => p.role === 'officer' || p.role === 'chief';

export function defineRulesFor(p: Principal): AppRule[] {
  const { can, rules } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const ownUnit = { unitId: p.unitId };
  const readScope = supervisesAllUnits(p) ? undefined : ownUnit;
  const cityWide = p.unitLevel === 'city' ? undefined : ownUnit;

  // The organisation's skeleton and the calendar are needed by every screen.
  can('read', ['Unit', 'Line', 'Holiday']);
  // Published plans are public (§5.3), so every unit reads every published plan and its versions.
  can('read', 'Plan', { status: 'published' });
  can('read', 'PlanVersion');

  if (p.role === 'admin') {
    can('manage', ['User', 'Unit', 'Department', 'Line', 'Holiday']);
    can('read', ['AuditEntry', 'Item', 'ItemRevision', 'ItemPublication', 'Inspector', 'Conflict']);
    // §7.2/§7.3 libraries: administrators keep them too (the editable grids), across units.
    can(['read', 'create', 'update', 'import'], ['Entity', 'Inspector']);
    can(['create', 'update', 'delete'], 'Conflict');
    can('read', ['Plan', 'PlanLine', 'PlanExemption', 'PlanAdjustment', 'Task', 'Draw', 'Commitment', 'Dispatch', 'Assignment', 'Replacement']);
    can('read', RESULT_SUBJECTS);
    can('read', ['Archive', 'ArchiveChange', 'Loan']);
    // Issue 15: the outside systems publications are shared with, and their delivery queue (resend = update).
    can('manage', 'OutsideSystem');
    can(['read', 'update'], 'OutboxMessage');
    return rules;
  }

  can('read', 'Department', readScope);
  can('read', ['Item', 'ItemRevision', 'ItemPublication', 'Inspector', 'Conflict', 'Plan', 'PlanLine', 'PlanExemption', 'PlanAdjustment'], readScope);
  if (p.role !== 'inspector') {
    can('read', ['Task', 'Draw', 'Commitment', 'Assignment', 'Replacement'], readScope);
    can('read', 'Dispatch', readScope);
    can('read', 'Dispatch', { fromUnitId: p.unitId });
  }
  // An inspector sees its own assignments and its unit's tasks, and may ask to be recused (回避, §9.2.2).
  can('read', 'Assignment', { inspectorUserIds: p.id });
  if (p.role === 'inspector') can('read', 'Task', ownUnit);
  // A district reads the city tasks whose shares are dispatched to it (§9.1.1), and everyone their own requests.
  if (p.unitLevel === 'district') can('read', 'Task', { dispatch: true, districts: p.unitCode });
  can('read', 'Replacement', { requestedBy: p.id });
  resultRules(p, can, readScope);
  archiveRules(p, can, readScope);
  // The city bureau's staff work on entities anywhere in the city (city tasks span districts, §9.1.1).
  can('read', 'Entity', cityWide);

  // The dashboard's figures are counts of the lists above, each as its reader may read it.
  if (supervises(p)) can('read', 'Dashboard');

  if (p.role === 'lead') {
    can('read', 'AuditEntry', readScope);
    // §9.1.1: the city's lead office takes in the tasks the provincial platform dispatches (issue 15).
    if (p.unitLevel === 'city') can('import', 'Task', ownUnit);
    can(['create', 'update'], 'Item', ownUnit);
    can('publish', 'Item', ownUnit);
    // §4.1.1 b, §8: the lead office drafts and publishes the unit's plan and decides on adjustments.
    can(['create', 'update', 'delete', 'publish'], 'Plan', ownUnit);
    can(['create', 'update', 'delete'], ['PlanLine', 'PlanExemption'], ownUnit);
    can('decide', 'PlanAdjustment', ownUnit);
  }
  if (implementsLine(p)) {
    if (p.lineId) can(['create', 'update'], 'Item', { unitId: p.unitId, lineId: p.lineId });
    can(['create', 'update', 'import'], 'Entity', cityWide);
    can(['create', 'update', 'import'], 'Inspector', ownUnit);
    can(['create', 'update', 'delete'], 'Conflict', ownUnit);
    // §4.2.2 b, §8.2: an implementing office drafts its own line's part of the plan and proposes adjustments to it.
    if (p.lineId) can(['create', 'update', 'delete'], 'PlanLine', { unitId: p.unitId, lineId: p.lineId });
    if (p.lineId) can('create', 'PlanAdjustment', { unitId: p.unitId, lineId: p.lineId });
    // §9: the owning implementing office creates tasks from its plan lines and runs the draws; districts receive
    // dispatched shares and match their own inspectors.
    if (p.departmentId) can(['create', 'update', 'delete', 'draw'], 'Task', { unitId: p.unitId, departmentId: p.departmentId });
    can(['receive', 'draw'], 'Dispatch', ownUnit);
    can('create', 'Replacement', ownUnit);
  }
  // §8.2: the head of the lead office decides the lines' adjustments, as its staff do (never their own proposal).
  if (p.role === 'chief' && p.departmentLead) can('decide', 'PlanAdjustment', ownUnit);
  if (p.role === 'chief' && p.departmentId) {
    // §9.2.2: the implementing office's head decides replacements; voids and publishes a draw of the department.
    can('decide', 'Replacement', { unitId: p.unitId, departmentId: p.departmentId });
    can(['void', 'publish'], 'Draw', { unitId: p.unitId, departmentId: p.departmentId });
    // DRAW-SPEC §1a: a commitment is voided like a draw — by the office's head, with a reason, kept public.
    can('void', 'Commitment', { unitId: p.unitId, departmentId: p.departmentId });
  }
  return rules;
}

/** A result and what hangs from it (evidence, referrals) carry their assignment's unit, office and team. */
const RESULT_SUBJECTS: Subject[] = ['Result', 'Evidence', 'Referral'];

/**
 * §9.3 results, §11 evidence, §10 follow-up: read like the assignments they belong to (the unit's staff, city
 * supervisors everywhere, the team its own); the team enters its result and evidence while a draft (the state rules
 * are the actions' and hooks'); the responsible inspector confirms (§9.3.2.4); the office's head confirms, reopens,
 * explains a late entry (§13.2d), publishes (§5.3) and records referrals with the team (§10.2).
 */
function resultRules(p: Principal, can: AbilityBuilder<AppAbility>['can'], readScope: { unitId: number } | undefined) {
  const team = { inspectorUserIds: p.id };
  if (p.role !== 'inspector') can('read', RESULT_SUBJECTS, readScope);
  can('read', RESULT_SUBJECTS, team);
  can(['create', 'update'], 'Result', team);
  can(['create', 'delete'], 'Evidence', team);
  can(['create', 'update'], 'Referral', team);
  can('confirm', 'Result', { responsibleUserId: p.id });
  if (p.role === 'chief' && p.departmentId) {
    const office = { unitId: p.unitId, departmentId: p.departmentId };
    can(['confirm', 'reopen', 'explain', 'publish'], 'Result', office);
    can(['create', 'update'], 'Referral', office);
  }
}

/**
 * §12 archives: the list (title, number, line, status) is read like the unit's other records; the contents (documents,
 * change log) only by the line's office, the unit's archivists and a borrower while a loan is checked out (§12.4.1,
 * §12.4.3). Archived material is created by the line office or an archivist and changes only by an approved request
 * (§12.3; update/delete are granted so that the server can answer 409 naming the rule). §12.4.2 loans: asked by staff
 * of a department, approved by its chief then by the unit's leader in charge, registered by the unit's archivists;
 * a return with a finding is a report the chief closes. The state rules are `nextLoanState` (domain/archives.ts).
 */
function archiveRules(p: Principal, can: AbilityBuilder<AppAbility>['can'], readScope: { unitId: number } | undefined) {
  if (p.role === 'inspector') return;
  const ownUnit = { unitId: p.unitId };
  const office = p.departmentId ? { unitId: p.unitId, departmentId: p.departmentId } : undefined;
  can('read', 'Archive', readScope);
  can('readContents', 'Archive', { borrowerIds: p.id });
  can('read', ['Loan', 'ArchiveChange'], { requestedBy: p.id });
  if (office && p.role !== 'leader' && p.role !== 'archivist') {
    can('create', 'Loan', { ...office, requestedBy: p.id });
    can('cancel', 'Loan', { requestedBy: p.id });
  }
  if (p.role === 'archivist') {
    can(['readContents', 'create', 'update', 'delete'], 'Archive', ownUnit);
    can(['read', 'create'], 'ArchiveChange', ownUnit);
    can(['read', 'register'], 'Loan', ownUnit);
    can('close', 'Loan', { unitId: p.unitId, finding: false });
  }
  if (office && implementsLine(p)) {
    can(['readContents', 'create', 'update', 'delete'], 'Archive', office);
    can(['read', 'create'], 'ArchiveChange', office);
  }
  if (p.role === 'chief' && office) {
    can(['read', 'decide'], 'Loan', office);
    can('close', 'Loan', { ...office, finding: true });
    can('decide', 'ArchiveChange', office);
  }
  // §4.1.1c: the lead office oversees the unit's work, overdue loans included (reading the list, not the archives).
  if (p.role === 'leader' || p.role === 'lead') can('read', 'Loan', readScope);
  if (p.role === 'leader') {
    can('decide', 'Loan', ownUnit);
  }
}

export const buildAbility = (rules: AppRule[]): AppAbility => createMongoAbility<AppAbility>(rules);
