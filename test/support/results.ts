import type { Db } from '../../api/store/db.js';

/**
 * Fixtures for results (§9.3). Demo data: 市南区's drawn task SN-2026-002 (task 4) has six assignments; assignment 19's
 * team is 何华超 (26) and 冯雪 (23, the shinan.inspector account); assignment 21's team holds 周杰 (22, shinan.chief).
 */
export const SHINAN_TASK = 4;
export const INSPECTOR_TEAM_ASSIGNMENT = 19;
export const OTHER_TEAM_ASSIGNMENT = 20;
export const CHIEF_TEAM_ASSIGNMENT = 21;
/** A 市北区 (unit 3) assignment of the city's dispatched task 2. */
export const BEIBEI_ASSIGNMENT = 5;
export const FENG_XUE = { inspectorId: 23, certificateNo: '37020220210023', certificateShown: true };
export const HE_HUACHAO = { inspectorId: 26, certificateNo: '37020220240026', certificateShown: true };

/** A complete on-site result of assignment 19 that found nothing: confirmable as it stands. */
export const onsiteBody = (assignmentId = INSPECTOR_TEAM_ASSIGNMENT) => ({
  assignmentId,
  methods: ['onsite'],
  precheckNotes: '已查询国家企业信用信息公示系统，经营状态正常',
  noticeMode: 'phone',
  noticeDate: '2026-03-02',
  onsiteDate: '2026-03-02',
  onsitePlace: '青岛市市南区香港中路 10 号',
  present: [FENG_XUE, HE_HUACHAO],
  recordFormFilled: true,
  entitySignoff: 'signed',
  category: 'no_problem',
  responsibleInspectorId: 23,
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
