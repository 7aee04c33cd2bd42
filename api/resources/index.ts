import { archiveChanges, archives, loans } from './archives.js';
import { audit } from './audit.js';
import { commitments } from './commitments.js';
import { conflicts } from './conflicts.js';
import { departments } from './departments.js';
import { entities } from './entities.js';
import { holidays } from './holidays.js';
import { inspectors } from './inspectors.js';
import { itemPublications, itemRevisions, items } from './items.js';
import { lines } from './lines.js';
import { outbox, outsideSystems } from './outbox.js';
import { assignments, dispatches, draws, replacements, tasks } from './tasks.js';
import { evidence, referrals, results } from './results.js';
import { planAdjustments, planExemptions, planLines, plans, planVersions } from './plans.js';
import { units } from './units.js';
import { users } from './users.js';
import type { ResourceDef } from './types.js';

/**
 * Every resource served under /api/<name>, in foreign-key order (db.json loads them in this order).
 * Adding a plain CRUD resource = one file here + one folder in admin/.
 */
export const resources: ResourceDef[] = [
  units,
  lines,
  departments,
  users,
  holidays,
  items,
  itemRevisions,
  itemPublications,
  entities,
  inspectors,
  conflicts,
  plans,
  planLines,
  planExemptions,
  planVersions,
  planAdjustments,
  tasks,
  draws,
  commitments,
  dispatches,
  assignments,
  replacements,
  results,
  evidence,
  referrals,
  archives,
  archiveChanges,
  loans,
  outsideSystems,
  outbox,
  audit,
];
