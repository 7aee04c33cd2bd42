import { Router } from 'express';
import { z } from 'zod';
import { subject as asSubject } from '@casl/ability';
import type { Row, Store, Tx } from '../store/store.js';
import { requireAuth, type AuthContext, type AuthedRequest } from '../auth/middleware.js';
import { badRequest, conflict, HttpError, notFound } from '../rest/errors.js';
import {
  applyArchiveChange,
  archiveFindings,
  nextChangeState,
  nextLoanState,
  RETURN_CONDITIONS,
  type ArchiveDocument,
  type ChangeLogEntry,
  type ChangeRequest,
  type LoanAction,
  type LoanWithFinding,
  type LoanState,
  type Transition,
} from '../domain/archives.js';
import { parse, reasonBody } from './checks.js';
import { archives as archiveResource } from '../resources/archives.js';
import type { CompiledResource } from '../rest/router.js';
import { idOf, readable } from './scope.js';

const optionalReason = z.strictObject({ reason: z.string().trim().max(500).optional() });
const returnBody = z
  .strictObject({ condition: z.enum(RETURN_CONDITIONS), note: z.string().trim().max(1000).optional() })
  .refine((b) => b.condition === 'intact' || (b.note?.length ?? 0) >= 2, { path: ['note'], message: '发现拆封、短缺或污损时请注明有关情况（§12.4.4）' });
const copyBody = z.strictObject({ archiveId: z.int().positive(), description: z.string().trim().min(2).max(500), pages: z.int().min(1).max(10_000) });
const noBody = z.strictObject({});
/** 归档 of a task: what the archivist adds to what the task already says (its line, title, year, documents). */
const fileTaskBody = archiveResource.schema
  .pick({ refNo: true, custodian: true, location: true, retention: true, entrusted: true, entrustedTo: true })
  .strict();
/** An archive document names at most this many evidence records (documentSchema); a longer list is split. */
const EVIDENCE_PER_DOCUMENT = 100;

const refused = <S>(t: Transition<S>): S => {
  if (!t.ok) throw new HttpError(t.status, t.message, t.code);
  return t.next;
};

/** The loan's actor flags (domain/archives.ts) for the signed-in user. */
const loanActor = (auth: AuthContext, loan: Row) => ({
  role: auth.user.role,
  requester: loan.requestedBy === auth.user.id,
  sameUnit: loan.unitId === auth.user.unitId,
  sameDepartment: loan.unitId === auth.user.unitId && loan.departmentId === auth.user.departmentId,
});

/** Appends to a loan's timeline and sets its new state (plus any columns the step fills), audited as `action`. */
async function moveLoan(tx: Tx, auth: AuthContext, loan: Row, action: string, next: LoanState, note: string | null, set: Record<string, unknown> = {}) {
  const entry = { at: tx.now, by: auth.user.id, byName: auth.user.name, action, from: loan.status, to: next, note };
  const cols = Object.keys(set);
  const [row] = await tx.query<Row>(
    `UPDATE loans SET status = $2, history = history || $3::jsonb, version = version + 1, "updatedAt" = $4, "updatedBy" = $5
       ${cols.map((c, i) => `, "${c}" = $${i + 6}`).join('')} WHERE id = $1 RETURNING *`,
    [loan.id, next, JSON.stringify([entry]), tx.now, auth.user.id, ...cols.map((c) => set[c])],
  );
  await tx.audit(action, 'loans', loan.id, loan, row);
  return row;
}

/** The loan's archives, locked, in id order. */
const archivesOf = (tx: Tx, loan: Row) => tx.query<Row>('SELECT * FROM archives WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE', [loan.archiveIds]);

async function setArchive(tx: Tx, auth: AuthContext, a: Row, action: string, status: string, borrowerIds: number[]) {
  const [row] = await tx.query<Row>(
    `UPDATE archives SET status = $2, "borrowerIds" = $3, version = version + 1, "updatedAt" = $4, "updatedBy" = $5 WHERE id = $1 RETURNING *`,
    [a.id, status, borrowerIds, tx.now, auth.user.id],
  );
  const { documents: _d, changeLog: _c, ...before } = a;
  const { documents: _e, changeLog: _f, ...after } = row;
  await tx.audit(action, 'archives', a.id, before as Row, after as Row);
}

/**
 * §12 archives and loans:
 *   GET  /archives/:id/contents                   documents and change log: the line office, the unit's archivists, a borrower while checked out
 *   GET  /archives/:id/findings                   §12.4.4 what return inspections found on it (open, then closed): whoever reads the archive
 *   POST /archiveChanges/:id/approve | /reject    §12.3: the line office's chief; approval applies the change and logs it
 *   POST /loans/:id/approve | /reject {reason}    §12.4.2: the requester's chief, then the unit's leader in charge
 *   POST /loans/:id/cancel                        the requester, before check-out
 *   POST /loans/:id/checkout | /return {condition, note} | /copies {archiveId, description, pages}   the unit's archivist
 *   POST /loans/:id/close                         the archivist (intact) or the chief (a finding, §12.4.4)
 *   POST /tasks/:id/archive                       归档 of a completed task: its draw record, its results and its evidence list
 * Each locks its record first (FOR NO KEY UPDATE), so of two racing decisions one wins and the other gets 409.
 */
export function archiveActionsRouter(store: Store, archives: CompiledResource): Router {
  const router = Router();

  router.post('/tasks/:id/archive', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const b = parse(fileTaskBody, req.body);
    const row = await store.transact(auth.actor, async (tx) => {
      // The task locked first: of two 归档 at once, the second finds the first's archive.
      const task = await readable(tx.q, auth, 'tasks', 'Task', idOf(req.params.id), true);
      if (task.status !== 'completed' && task.status !== 'published')
        throw conflict(`任务当前状态为 ${task.status as string}：检查结果全部确认后才能归档`, 'task_not_completed');
      const [filed] = await tx.query<Row>('SELECT "refNo" FROM archives WHERE "taskId" = $1', [task.id]);
      if (filed) throw conflict(`该任务已归档，档号 ${filed.refNo as string}`, 'already_archived');
      const input = { ...b, departmentId: task.departmentId, title: task.title, year: task.year, taskId: task.id, documents: await taskDocuments(tx, task) };
      const record = await archives.def.prepare!(input, { tx, principal: auth.principal });
      if (!auth.ability.can('create', asSubject('Archive', { ...record })))
        throw new HttpError(403, '归档由本条线的实施机构或本单位档案管理人员办理', 'forbidden');
      return tx.insert(archives.spec, record);
    });
    res.status(201).json(archives.present(row));
  });

  router.get('/archives/:id/contents', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const a = await readable(store.db, auth, 'archives', 'Archive', idOf(req.params.id));
    if (!auth.ability.can('readContents', asSubject('Archive', { ...a }))) throw notFound();
    res.json({ id: a.id, documents: a.documents as ArchiveDocument[], changeLog: a.changeLog as ChangeLogEntry[] });
  });

  // A finding is a fact about the archive, so whoever may read the archive reads it, not only those who read the loan.
  router.get('/archives/:id/findings', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const a = await readable(store.db, auth, 'archives', 'Archive', idOf(req.params.id));
    const loans = await store.db.query<Row>(
      `SELECT id, "unitId", "departmentId", "requestedBy", "requestedByName", status, condition, "conditionNote", "returnedAt", history
         FROM loans WHERE "archiveIds" @> ARRAY[$1]::integer[] AND finding`,
      [a.id],
    );
    res.json(archiveFindings(loans as unknown as LoanWithFinding[]));
  });

  const decideChange = (approve: boolean) => async (req: AuthedRequest, res: import('express').Response) => {
    const auth = req.auth!;
    const { reason = null } = approve ? parse(optionalReason, req.body) : parse(reasonBody, req.body);
    const result = await store.transact(
      auth.actor,
      async (tx) => {
        const c = await readable(tx.q, auth, 'archive_changes', 'ArchiveChange', idOf(req.params.id), true);
        const actor = {
          role: auth.user.role,
          requester: c.requestedBy === auth.user.id,
          lineOffice: c.unitId === auth.user.unitId && c.departmentId === auth.user.departmentId,
        };
        const next = refused(nextChangeState(c.status as 'pending', approve ? 'approve' : 'reject', actor));
        const [row] = await tx.query<Row>(
          `UPDATE archive_changes SET status = $2, "decidedBy" = $3, "decidedByName" = $4, "decidedAt" = $5, "decisionReason" = $6,
                  version = version + 1, "updatedAt" = $5, "updatedBy" = $3 WHERE id = $1 RETURNING *`,
          [c.id, next, auth.user.id, auth.user.name, tx.now, reason],
        );
        if (approve) await applyChange(tx, auth, c);
        await tx.audit(approve ? 'approve' : 'reject', 'archiveChanges', c.id, c, row);
        return row;
      },
      reason,
    );
    res.json(result);
  };
  router.post('/archiveChanges/:id/approve', requireAuth, decideChange(true));
  router.post('/archiveChanges/:id/reject', requireAuth, decideChange(false));

  /** One loan step: lock, rule (nextLoanState), then the step's own work in the same transaction. */
  const step = <B extends z.ZodType>(
    action: LoanAction,
    body: B,
    work?: (tx: Tx, auth: AuthContext, loan: Row, b: z.infer<B>, next: LoanState) => Promise<Row>,
  ) =>
    router.post(`/loans/:id/${action}`, requireAuth, async (req: AuthedRequest, res) => {
      const auth = req.auth!;
      const b = parse(body, req.body);
      const note = (b as { reason?: string }).reason ?? null;
      const result = await store.transact(
        auth.actor,
        async (tx) => {
          const loan = await readable(tx.q, auth, 'loans', 'Loan', idOf(req.params.id), true);
          const next = refused(nextLoanState(loan.status as LoanState, action, loanActor(auth, loan), { finding: loan.finding === true }));
          return work ? work(tx, auth, loan, b, next) : moveLoan(tx, auth, loan, action, next, note);
        },
        note,
      );
      res.json(result);
    });

  step('approve', optionalReason, (tx, auth, loan, b, next) =>
    moveLoan(
      tx,
      auth,
      loan,
      'approve',
      next,
      b.reason ?? null,
      next === 'chiefApproved' ? { chiefApprovedBy: auth.user.id } : { leaderApprovedBy: auth.user.id },
    ),
  );
  step('reject', reasonBody);
  step('cancel', noBody);
  step('checkout', noBody, async (tx, auth, loan, _b, next) => {
    for (const a of await archivesOf(tx, loan)) {
      if (a.status !== 'inStock') throw conflict(`档案 ${a.refNo as string} 当前不在库，不能借出`, 'archive_not_in_stock');
      await setArchive(tx, auth, a, 'checkout', 'onLoan', [...(a.borrowerIds as number[]), loan.requestedBy as number]);
    }
    return moveLoan(tx, auth, loan, 'checkout', next, null, { checkedOutAt: tx.now });
  });
  step('return', returnBody, async (tx, auth, loan, b, next) => {
    for (const a of await archivesOf(tx, loan)) {
      const borrowers = (a.borrowerIds as number[]).filter((id) => id !== loan.requestedBy);
      await setArchive(tx, auth, a, 'return', 'inStock', borrowers);
    }
    const note = b.note?.length ? b.note : null;
    return moveLoan(tx, auth, loan, 'return', next, note, {
      returnedAt: tx.now,
      condition: b.condition,
      conditionNote: note,
      finding: b.condition !== 'intact',
    });
  });
  step('close', optionalReason, (tx, auth, loan, b, next) => moveLoan(tx, auth, loan, 'close', next, b.reason ?? null));

  // §12.4.1: copies only when the approved loan says so, each one registered by the archivist while the loan is out.
  router.post('/loans/:id/copies', requireAuth, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    const b = parse(copyBody, req.body);
    const result = await store.transact(auth.actor, async (tx) => {
      const loan = await readable(tx.q, auth, 'loans', 'Loan', idOf(req.params.id), true);
      if (!auth.ability.can('register', asSubject('Loan', { ...loan }))) throw new HttpError(403, '复印由本单位档案管理人员登记', 'forbidden');
      if (!loan.copiesNeeded) throw conflict('该借阅未批准复印，档案资料未经批准不得复印（§12.4.1）', 'copies_not_approved');
      if (loan.status !== 'checkedOut') throw conflict(`当前状态为 ${loan.status as string}，只能在借出期间登记复印`, 'illegal_state');
      if (!(loan.archiveIds as number[]).includes(b.archiveId)) throw badRequest('该档案不在本次借阅中', { archiveId: '不在本次借阅中' });
      const entry = { at: tx.now, by: auth.user.id, byName: auth.user.name, ...b };
      const [row] = await tx.query<Row>(
        `UPDATE loans SET copies = copies || $2::jsonb, version = version + 1, "updatedAt" = $3, "updatedBy" = $4 WHERE id = $1 RETURNING *`,
        [loan.id, JSON.stringify([entry]), tx.now, auth.user.id],
      );
      await tx.audit('copy', 'loans', loan.id, loan, row);
      return row;
    });
    res.status(201).json(result);
  });
  return router;
}

/** §12.3: applies an approved change to its archive and logs time, content, reason, handler and approver. */
async function applyChange(tx: Tx, auth: AuthContext, c: Row) {
  const [a] = await tx.query<Row>('SELECT * FROM archives WHERE id = $1 FOR NO KEY UPDATE', [c.archiveId]);
  let patch: Record<string, unknown>;
  try {
    patch = applyArchiveChange(a as never, c as unknown as ChangeRequest);
  } catch (err) {
    if (err instanceof RangeError) throw conflict(`档案已变化，该变更不再适用：${err.message}`, 'change_stale');
    throw err;
  }
  if (patch.refNo !== undefined) {
    const [same] = await tx.query('SELECT 1 FROM archives WHERE "unitId" = $1 AND "refNo" = $2 AND id <> $3', [a.unitId, patch.refNo, a.id]);
    if (same) throw conflict('档号已存在', 'duplicate_ref_no');
  }
  if (patch.entrusted === false) patch.entrustedTo = null;
  const entry: ChangeLogEntry = {
    changeId: c.id,
    at: tx.now,
    content: c.content as string,
    reason: c.reason as string,
    handlerId: c.requestedBy as number,
    handlerName: c.requestedByName as string,
    approverId: auth.user.id,
    approverName: auth.user.name,
  };
  const docs = patch.documents as ArchiveDocument[] | undefined;
  const set = { ...patch, ...(docs ? { documents: JSON.stringify(docs), documentCount: docs.length } : {}) };
  const cols = Object.keys(set);
  const [row] = await tx.query<Row>(
    `UPDATE archives SET "changeLog" = "changeLog" || $2::jsonb, version = version + 1, "updatedAt" = $3, "updatedBy" = $4
       ${cols.map((col, i) => `, "${col}" = $${i + 5}`).join('')} WHERE id = $1 RETURNING *`,
    [a.id, JSON.stringify([entry]), tx.now, auth.user.id, ...cols.map((col) => set[col as keyof typeof set])],
  );
  await tx.audit('change', 'archives', a.id, a, row);
}

/** The documents of a task's archive (§12.1): its valid draw record, its results, and the list of their evidence. */
async function taskDocuments(tx: Tx, task: Row): Promise<ArchiveDocument[]> {
  const [draw] = await tx.query<Row>(`SELECT id FROM draws WHERE "taskId" = $1 AND status = 'valid' ORDER BY id DESC LIMIT 1`, [task.id]);
  const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM results WHERE "taskId" = $1', [task.id]);
  const evidence = (
    await tx.query<{ id: number }>('SELECT e.id FROM evidence e JOIN results r ON r.id = e."resultId" WHERE r."taskId" = $1 ORDER BY e.id', [task.id])
  ).map((e) => e.id);
  const code = task.code as string;
  const docs: ArchiveDocument[] = [];
  if (draw) docs.push({ title: `${code} 随机抽取记录`, kind: 'drawRecord', pages: 1 });
  docs.push({ title: `${code} 检查结果（${n} 户）`, kind: 'result', pages: Math.max(n, 1) });
  for (let i = 0; i === 0 || i < evidence.length; i += EVIDENCE_PER_DOCUMENT) {
    const part = evidence.slice(i, i + EVIDENCE_PER_DOCUMENT);
    const suffix = evidence.length > EVIDENCE_PER_DOCUMENT ? ` 第 ${i / EVIDENCE_PER_DOCUMENT + 1} 部分` : '';
    docs.push({
      title: `${code} 证据清单（${part.length} 项）${suffix}`,
      kind: 'evidenceList',
      pages: Math.max(1, Math.ceil(part.length / 20)),
      evidenceIds: part,
    });
  }
  return docs;
}
