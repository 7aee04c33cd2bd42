/**
 * Writes db.json, the data set a fresh install starts from: the organisation, the demo accounts, the calendar, the
 * item list, the two libraries, the plans and the demo tasks with their draws. Deterministic but for the password
 * hashes' salt (test/structure/demo-data.test.ts holds db.json to it): `npx tsx api/cli/seed/build.ts [file]`.
 */
import fs from 'node:fs';
import { hashPassword, DEMO_PASSWORD } from '../../auth/passwords.js';
import { buildOrg, UNITS } from './org.js';
import { buildItems } from './items.js';
import { buildConflicts, buildEntities, buildHolidays, buildInspectors, calendarOf } from './library.js';
import { rng } from './random.js';
import { buildPlans } from './plans.js';
import { withDemoTasks } from './tasks.js';

const r = rng(20260326);
const org = buildOrg(await hashPassword(DEMO_PASSWORD));
const holidays = buildHolidays();
const cal = calendarOf(holidays);
const { items, itemRevisions } = buildItems(UNITS.length);
const entities = buildEntities(2000, cal, r);
const inspectors = buildInspectors(org.departments, org.users, cal, r);
const conflicts = buildConflicts(inspectors, entities, 24, r);
const generated = {
  ...org,
  holidays,
  items,
  itemRevisions,
  itemPublications: [],
  entities,
  inspectors,
  conflicts,
  ...buildPlans(items as never, org.departments as never),
};
const data = await withDemoTasks(generated as never);
fs.writeFileSync(process.argv[2] ?? 'db.json', JSON.stringify(data, null, 1) + '\n');
console.log(
  Object.entries(data)
    .map(([k, v]) => `${k}: ${v.length}`)
    .join(', '),
);
