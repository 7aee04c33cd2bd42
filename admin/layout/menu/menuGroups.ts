import type { Role } from '../../../api/permissions/roles';

/** The menu's groups of jobs, each with its entries (resource names) in order. */
export const MENU_GROUPS = {
  supervision: ['dashboard'],
  library: ['items', 'entities', 'inspectors'],
  plans: ['plans'],
  inspections: ['tasks', 'draws', 'dispatches', 'assignments', 'results', 'referrals'],
  approvals: ['replacements', 'planAdjustments'],
  archives: ['archives', 'loans', 'archiveChanges'],
  system: ['users', 'units', 'departments', 'lines', 'holidays', 'audit', 'outsideSystems', 'outbox'],
} as const;

export type MenuGroup = keyof typeof MENU_GROUPS;

/** Each role meets its own work first: an officer 抽查, a lead office 计划, an administrator 系统. */
export const GROUP_ORDER: Record<Role, MenuGroup[]> = {
  admin: ['system', 'library', 'plans', 'inspections', 'approvals', 'archives', 'supervision'],
  lead: ['plans', 'supervision', 'approvals', 'library', 'inspections', 'archives', 'system'],
  officer: ['inspections', 'plans', 'library', 'approvals', 'archives', 'system', 'supervision'],
  chief: ['approvals', 'supervision', 'inspections', 'archives', 'plans', 'library', 'system'],
  inspector: ['inspections', 'approvals', 'library', 'plans', 'archives', 'system', 'supervision'],
  leader: ['plans', 'supervision', 'archives', 'inspections', 'approvals', 'library', 'system'],
  archivist: ['archives', 'inspections', 'plans', 'library', 'approvals', 'system', 'supervision'],
};

/** Pages reached from a parent's page, not from the menu: the parent's entry stays highlighted on them. */
export const PARENT_ENTRY: Record<string, string> = {
  itemRevisions: 'items',
  itemPublications: 'items',
  conflicts: 'inspectors',
  planLines: 'plans',
  planExemptions: 'plans',
  planVersions: 'plans',
  loans: 'dashboard',
};

/** The menu entry a path belongs to: /planVersions/3/show → plans; / → the home page (''). */
export const entryOfPath = (pathname: string): string | undefined => {
  const first = pathname.split('/').filter(Boolean)[0] ?? '';
  if (first === 'access-denied') return undefined;
  return PARENT_ENTRY[first] ?? first;
};
