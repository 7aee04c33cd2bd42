import { audit } from './audit.js';
import { departments } from './departments.js';
import { lines } from './lines.js';
import { units } from './units.js';
import { users } from './users.js';
import type { ResourceDef } from './types.js';

/** Every resource served under /api/<name>. Adding a plain CRUD resource = one file here + one folder in admin/. */
export const resources: ResourceDef[] = [units, lines, departments, users, audit];
