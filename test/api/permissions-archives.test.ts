import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAll, startTestApp, type Agent, type TestApp } from '../support/app.js';
import type { Role } from '../../api/permissions/roles.js';
import { CITY, MATRIX_SUBJECTS, outcomeOf, SHINAN, supervisesAll, type Outcome } from '../support/matrix.js';
import { createArchive, INSPECTION_OFFICE, RELATIONS_OFFICE } from '../support/archives.js';

/**
 * The permission matrix for archives (§12): every demo account × action × target, the target an archive of the city's
 * 劳动保障监察支队 (line 1: city.officer, city.chief, city.archivist's office), of the city's 劳动关系处 (line 2), or of
 * 市南区's 劳动保障监察大队. The list: the unit's staff and the city's supervisors (title and number); the contents
 * (§12.4.1, §12.4.3): the line office and the unit's archivists; filing and change requests: the same; loans: staff
 * of a department ask for archives of their own unit.
 */
let t: TestApp;
let agents: Map<string, Agent>;
const targets: Record<string, { id: number; unit: number; office: number }> = {};
beforeAll(async () => {
  t = await startTestApp();
  agents = await loginAll(t);
  targets.ownLine = { id: (await createArchive(agents.get('city.archivist')!, INSPECTION_OFFICE)).id, unit: CITY, office: INSPECTION_OFFICE };
  targets.otherLine = { id: (await createArchive(agents.get('city.archivist')!, RELATIONS_OFFICE)).id, unit: CITY, office: RELATIONS_OFFICE };
  targets.otherUnit = { id: (await createArchive(agents.get('shinan.archivist')!, 8)).id, unit: SHINAN, office: 8 };
});
afterAll(() => t.close());

/** The demo accounts' offices: city.* of office 2, shinan.* of office 8 (leaders and leads belong to none of these). */
const officeOf = (username: string, role: Role) =>
  ['officer', 'chief', 'archivist', 'inspector'].includes(role) ? (username.startsWith('city.') ? 2 : 8) : null;

function expected(username: string, role: Role, unit: number, action: string, target: string): Outcome {
  const tg = targets[target];
  // Only staff of a department ask for loans (403 for the others), and only for their own unit's archives.
  if (action === 'loan') return !['officer', 'chief', 'lead'].includes(role) ? 'forbidden' : unit === tg.unit ? 'allowed' : 'hidden';
  const visible = role === 'admin' || (role !== 'inspector' && (supervisesAll(role, unit) || unit === tg.unit));
  if (!visible) return 'hidden';
  const lineOffice = (role === 'officer' || role === 'chief') && unit === tg.unit && officeOf(username, role) === tg.office;
  const archivist = role === 'archivist' && unit === tg.unit;
  switch (action) {
    case 'read':
      return 'allowed';
    case 'contents':
      return lineOffice || archivist ? 'allowed' : 'hidden';
    case 'change':
      return lineOffice || archivist ? 'allowed' : 'forbidden';
  }
  throw new Error(action);
}

async function attempt(agent: Agent, action: string, id: number): Promise<Outcome> {
  switch (action) {
    case 'read':
      return outcomeOf((await agent.get(`/api/archives/${id}`)).status);
    case 'contents':
      return outcomeOf((await agent.get(`/api/archives/${id}/contents`)).status);
    case 'change': {
      const res = await agent
        .post('/api/archiveChanges')
        .send({ archiveId: id, kind: 'correctField', field: 'location', value: `位置 ${Date.now()}`, content: '更正位置', reason: '矩阵' });
      return res.status === 400 ? 'hidden' : outcomeOf(res.status);
    }
    case 'loan': {
      const res = await agent.post('/api/loans').send({ archiveIds: [id], purpose: '矩阵', dueDate: '2026-03-30' });
      // Another unit's archive is a field error of the request (the user cannot name it), like one that does not exist.
      return res.status === 400 ? 'hidden' : outcomeOf(res.status);
    }
  }
  throw new Error(action);
}

describe('archives permission matrix (§12.1, §12.3, §12.4)', () => {
  const cells = MATRIX_SUBJECTS.flatMap((s) =>
    ['read', 'contents', 'change', 'loan'].flatMap((action) => ['ownLine', 'otherLine', 'otherUnit'].map((target) => ({ ...s, action, target }))),
  );
  it.each(cells)('$username · $action · $target', async ({ username, role, unit, action, target }) => {
    const want = expected(username, role, unit, action, target);
    const got = await attempt(agents.get(username)!, action, targets[target].id);
    // A change request on an archive the user cannot read is a 400 (unknown archive) or a 403: never allowed.
    if (action === 'change' && want !== 'allowed') expect(got).not.toBe('allowed');
    else expect(got).toBe(want);
  });

  it('the list shows each user the archives it may read, and never their documents', async () => {
    for (const { username, role, unit } of MATRIX_SUBJECTS) {
      const res = await agents.get(username)!.get('/api/archives').query({ range: '[0,99]' });
      if (role === 'inspector') {
        expect(res.status).toBe(403);
        continue;
      }
      const ids = (res.body as { id: number; documents?: unknown }[]).map((a) => a.id);
      for (const [name, tg] of Object.entries(targets))
        expect(ids.includes(tg.id), `${username} ${name}`).toBe(expected(username, role, unit, 'read', name) === 'allowed');
      expect(res.body.some((a: object) => 'documents' in a)).toBe(false);
    }
  });
});
