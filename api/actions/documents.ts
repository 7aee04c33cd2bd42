import { Router, type Response } from 'express';
import type { Queryable } from '../store/db.js';
import type { Row, Store } from '../store/store.js';
import { requireAuth, type AuthedRequest } from '../auth/middleware.js';
import { conflict } from '../rest/errors.js';
import { noticeMayBeIssued, rectificationMayBeIssued } from '../domain/results.js';
import type { AssignmentFacts, DocInspector, ResultDocFacts } from '../documents/facts.js';
import { noticeDocument } from '../documents/notice.js';
import { recordFormDocument } from '../documents/recordForm.js';
import { rectificationDocument } from '../documents/rectification.js';
import { contentDisposition } from './evidence.js';
import { idOf, readable } from './scope.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the documents print of an assignment: its bureau and office, task, item with its legal basis, entity, team. */
async function assignmentFacts(q: Queryable, assignment: Row): Promise<AssignmentFacts> {
  const [f] = await q.query<Row>(
    `SELECT t.code, t.title, t."itemName", t.deadline, i."legalBasis", u.name AS "unitName", d.name AS "departmentName",
            e.name AS "entityName", e.address, e."legalRep"
       FROM tasks t JOIN units u ON u.id = $2 JOIN entities e ON e.id = $3
       LEFT JOIN departments d ON d.id = $4 LEFT JOIN items i ON i.id = t."itemId"
      WHERE t.id = $1`,
    [assignment.taskId, assignment.unitId, assignment.entityId, assignment.departmentId],
  );
  const ids = assignment.inspectorIds as number[];
  const rows = await q.query<DocInspector>('SELECT id, name, "certificateNo" FROM inspectors WHERE id = ANY($1)', [ids]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    unitName: f.unitName as string,
    departmentName: (f.departmentName as string | null) ?? null,
    taskCode: f.code as string,
    taskTitle: f.title as string,
    itemName: (f.itemName as string | null) ?? null,
    legalBasis: (f.legalBasis as string | null) ?? null,
    deadline: f.deadline as string,
    entity: {
      name: f.entityName as string,
      uscc: assignment.uscc as string,
      address: (f.address as string | null) ?? null,
      legalRep: (f.legalRep as string | null) ?? null,
    },
    team: ids.map((id) => byId.get(id) ?? { id, name: String(id), certificateNo: null }),
  };
}

/** A download name without control, quote or path characters; the header carries it as RFC 6266 / 5987 asks. */
const docName = (kind: string, a: AssignmentFacts) =>
  `${kind}-${a.taskCode}-${a.entity.name}`.replace(/[\p{Cc}\p{Cf}"<>:|?*/\\]/gu, '').slice(0, 120) + '.docx';

const send = (res: Response, name: string, data: Buffer) => {
  res.set({
    'Content-Type': DOCX,
    'Content-Length': String(data.length),
    'Content-Disposition': contentDisposition(name, false),
    'Cache-Control': 'private, no-store',
  });
  res.end(data);
};

/** The assignment's current result, if the team has entered one. */
async function resultOf(q: Queryable, assignmentId: number): Promise<ResultDocFacts | undefined> {
  const [r] = await q.query<Row>('SELECT * FROM results WHERE "assignmentId" = $1 ORDER BY id DESC LIMIT 1', [assignmentId]);
  return r as unknown as ResultDocFacts | undefined;
}

/**
 * Printable documents (.docx), generated on request from the stored records; each only to those who may read the
 * assignment or result (404 otherwise, like reading it):
 *   GET /assignments/:id/documents/notice        事先告知书 (§9.3.2.2); 409 for a replaced team or a check not to announce
 *   GET /assignments/:id/documents/record-form   双随机抽查检查记录表, blank for the visit (§9.3.2.3b)
 *   GET /results/:id/documents/record-form       the same form filled from the entered result
 *   GET /results/:id/documents/rectification     责令改正通知书 (§9.3.2.3c); 409 unless the result found a problem
 */
export function documentsRouter(store: Store): Router {
  const router = Router();

  const openAssignment = async (req: AuthedRequest) => {
    const a = await readable(store.db, req.auth!, 'assignments', 'Assignment', idOf(req.params.id));
    if (!a.active) throw conflict('该检查对象分配已作废（检查组已更换或抽取已作废），不能再出具文书', 'assignment_inactive');
    return a;
  };
  const openResult = async (req: AuthedRequest) => {
    const r = await readable(store.db, req.auth!, 'results', 'Result', idOf(req.params.id));
    const [a] = await store.db.query<Row>('SELECT * FROM assignments WHERE id = $1', [r.assignmentId]);
    return { r: r as unknown as ResultDocFacts, a };
  };

  router.get('/assignments/:id/documents/notice', requireAuth, async (req: AuthedRequest, res: Response) => {
    const a = await openAssignment(req);
    const result = await resultOf(store.db, a.id as number);
    if (!noticeMayBeIssued(result)) throw conflict('该检查不宜事先告知，不得向检查对象发放告知文书（§9.3.2.2）', 'notice_not_advisable');
    const facts = await assignmentFacts(store.db, a);
    send(res, docName('事先告知书', facts), await noticeDocument(facts, result));
  });

  router.get('/assignments/:id/documents/record-form', requireAuth, async (req: AuthedRequest, res: Response) => {
    const a = await openAssignment(req);
    const facts = await assignmentFacts(store.db, a);
    send(res, docName('检查记录表', facts), await recordFormDocument(facts));
  });

  router.get('/results/:id/documents/record-form', requireAuth, async (req: AuthedRequest, res: Response) => {
    const { r, a } = await openResult(req);
    const facts = await assignmentFacts(store.db, a);
    send(res, docName('检查记录表', facts), await recordFormDocument(facts, r));
  });

  router.get('/results/:id/documents/rectification', requireAuth, async (req: AuthedRequest, res: Response) => {
    const { r, a } = await openResult(req);
    if (!rectificationMayBeIssued(r)) throw conflict('只有发现问题的检查结果可以出具责令改正通知书', 'no_problem_found');
    const facts = await assignmentFacts(store.db, a);
    send(res, docName('责令改正通知书', facts), await rectificationDocument(facts, r));
  });

  return router;
}
