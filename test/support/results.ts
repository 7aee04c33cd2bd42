import type { Db } from '../../api/store/db.js';
import { readDataSet } from '../../api/store/seed.js';

/**
 * Fixtures for results (§9.3), read from the demo data (db.json; its draws are reproducible, see api/cli/seed/random.ts):
 * 市南区's drawn task SN-2026-002 and three of its assignments — one whose team holds 冯雪 (the shinan.inspector
 * account), one whose team holds 周杰 (shinan.chief), one with neither — and one 市北区 assignment of the city's
 * dispatched task QD-2026-002.
 */
const demo = readDataSet('db.json') as unknown as {
  tasks: { id: number; code: string }[];
  assignments: { id: number; taskId: number; unitId: number; inspectorIds: number[] }[];
  inspectors: { id: number; name: string; certificateNo: string }[];
  units: { id: number; code: string }[];
};
const taskId = (code: string) => demo.tasks.find((t) => t.code === code)!.id;
const inspector = (name: string) => demo.inspectors.find((i) => i.name === name && i.certificateNo.startsWith('370202'))!;
const present = (i: { id: number; certificateNo: string }) => ({ inspectorId: i.id, certificateNo: i.certificateNo, certificateShown: true });
const first = <T>(xs: T[], what: string) =>
  xs[0] ??
  (() => {
    throw new Error(`db.json has no ${what}: rebuild it or choose other fixtures`);
  })();

export const SHINAN_TASK = taskId('SN-2026-002');
const shinanTeams = demo.assignments.filter((a) => a.taskId === SHINAN_TASK);
const fengXue = inspector('冯雪');
const zhouJie = inspector('周杰');
const inspectorTeam = first(
  shinanTeams.filter((a) => a.inspectorIds.includes(fengXue.id)),
  "team of 冯雪's in SN-2026-002",
);
export const INSPECTOR_TEAM_ASSIGNMENT = inspectorTeam.id;
export const OTHER_TEAM_ASSIGNMENT = first(
  shinanTeams.filter((a) => !a.inspectorIds.includes(fengXue.id) && !a.inspectorIds.includes(zhouJie.id)),
  'team in SN-2026-002 without 冯雪 and 周杰',
).id;
export const CHIEF_TEAM_ASSIGNMENT = first(
  shinanTeams.filter((a) => a.inspectorIds.includes(zhouJie.id)),
  "team of 周杰's in SN-2026-002",
).id;
/** A 市北区 assignment of the city's dispatched task QD-2026-002. */
export const BEIBEI_ASSIGNMENT = first(
  demo.assignments.filter((a) => a.taskId === taskId('QD-2026-002') && a.unitId === demo.units.find((u) => u.code === '370203')!.id),
  '市北区 share of QD-2026-002',
).id;
/** 冯雪 (the shinan.inspector account) and 周杰 (shinan.chief) as present members; TEAMMATE: 冯雪's teammate on INSPECTOR_TEAM_ASSIGNMENT. */
export const FENG_XUE = present(fengXue);
export const ZHOU_JIE = present(zhouJie);
const teammate = demo.inspectors.find((i) => i.id === inspectorTeam.inspectorIds.find((id) => id !== fengXue.id))!;
export const TEAMMATE = present(teammate);
export const TEAMMATE_NAME = teammate.name;

/** A complete on-site result of 冯雪's team's assignment that found nothing: confirmable as it stands. */
export const onsiteBody = (assignmentId = INSPECTOR_TEAM_ASSIGNMENT) => ({
  assignmentId,
  methods: ['onsite'],
  precheckNotes: '已查询国家企业信用信息公示系统，经营状态正常',
  noticeMode: 'phone',
  noticeDate: '2026-03-02',
  onsiteDate: '2026-03-02',
  onsitePlace: '青岛市市南区香港中路 10 号',
  present: [FENG_XUE, TEAMMATE],
  recordFormFilled: true,
  entitySignoff: 'signed',
  category: 'no_problem',
  responsibleInspectorId: FENG_XUE.inspectorId,
});

/** A copy of an assignment (same task, entity and unit) with the given team: a fresh row for one more result. */
export async function freshAssignment(db: Db, baseId: number, team?: { inspectorIds: number[]; inspectorUserIds: number[] }): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO assignments ("createdAt", "updatedAt", "taskId", "drawId", "unitId", "departmentId", "entityId", uscc, stratum, "dispatchId", "inspectorIds", "inspectorUserIds")
     SELECT now(), now(), "taskId", "drawId", "unitId", "departmentId", "entityId", uscc, stratum, "dispatchId", COALESCE($2, "inspectorIds"), COALESCE($3, "inspectorUserIds")
       FROM assignments WHERE id = $1 RETURNING id`,
    [baseId, team?.inspectorIds ?? null, team?.inspectorUserIds ?? null],
  );
  return row.id;
}

/** A desk-review result of an assignment in the given state, written straight to the database (for other units' teams). */
export async function insertResult(
  db: Db,
  assignmentId: number,
  status: 'draft' | 'confirmed' | 'published' = 'draft',
  responsibleInspectorId?: number,
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO results ("createdAt", "updatedAt", "assignmentId", "taskId", "unitId", "departmentId", "entityId", "entityName", uscc, "taskCode", "itemName",
                          deadline, "inspectorIds", "inspectorUserIds", methods, category, "responsibleInspectorId", "responsibleUserId", status, "enteredOn", "publishedAt")
     SELECT now(), now(), a.id, a."taskId", a."unitId", a."departmentId", a."entityId", e.name, a.uscc, t.code, t."itemName", t.deadline, a."inspectorIds",
            a."inspectorUserIds", '{document}', 'no_problem', COALESCE($3, a."inspectorIds"[1]),
            (SELECT "userId" FROM inspectors WHERE id = COALESCE($3, a."inspectorIds"[1])), $2, '2026-03-02', CASE WHEN $2 = 'published' THEN now() END
       FROM assignments a JOIN tasks t ON t.id = a."taskId" JOIN entities e ON e.id = a."entityId" WHERE a.id = $1 RETURNING id`,
    [assignmentId, status, responsibleInspectorId ?? null],
  );
  await db.query('UPDATE assignments SET "resultStatus" = $2 WHERE id = $1', [assignmentId, status]);
  return row.id;
}

/** The smallest valid PNG (1×1), and a PDF with one empty page. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
