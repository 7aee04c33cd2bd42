import express, { Router } from 'express';
import { ForbiddenError, subject as asSubject } from '@casl/ability';
import type { Store, Tx } from '../store/store.js';
import { requireAuth, type AuthedRequest, type AuthContext } from '../auth/middleware.js';
import { badRequest, HttpError } from '../rest/errors.js';
import { chinaDate } from '../domain/workdays.js';
import { problemText, tasksFromJson, tasksFromTable, type ImportProblem, type ProvinceTask } from '../domain/provinceTasks.js';
import { readTable, XLSX_TYPE } from '../io/table.js';
import { districtNames } from './draw-inputs.js';
import { tokenVariable } from './outbox.js';

/**
 * Tasks dispatched by the provincial platform (§9.1.1, issue 15 part 3), imported by the city's lead office:
 *   POST /tasks/import-province        the platform's export as the body (application/json, or an XLSX file)
 *   POST /tasks/import-province/poll   the same, fetched on demand from the outside system named "province" (GET <baseUrl>/tasks)
 * Each task becomes a city task of origin 上级派发 (dispatched), already drawn by the province: its entities are the
 * province's selection, recorded as a draw of kind "province" under the platform's draw reference, and shared out
 * to the districts as dispatches — which each district receives (查收) and matches its inspectors to, as for any city
 * task. A task imported before (the same 任务编号) is recognised and left alone; entities not in the library are listed
 * in the answer, never created; a file with any problem is refused whole (400 naming row and field), storing nothing.
 */
export interface ImportAnswer {
  created: { reference: string; taskId: number; entities: number; districts: string[] }[];
  alreadyImported: { reference: string; taskId: number }[];
  notFound: { reference: string; uscc: string; name: string }[];
  /** Tasks none of whose entities is in the library: nothing to inspect here, so not created. */
  skipped: { reference: string; reason: string }[];
}

type Source = 'file' | 'endpoint';

function refuse(problems: ImportProblem[], unit: '行' | '个任务'): never {
  const say = (p: ImportProblem) => (unit === '行' ? problemText(p) : problemText(p).replace(/^第 (\d+) 行/, '第 $1 个任务'));
  throw new HttpError(
    400,
    `导入失败，未保存任何数据：${say(problems[0])}${problems.length > 1 ? `（共 ${problems.length} 处错误）` : ''}`,
    'import_invalid',
    Object.fromEntries(problems.slice(0, 100).map((p) => [`${p.row}.${p.field}`, p.message])),
    { problems: problems.slice(0, 500) },
  );
}

async function parseBody(body: unknown, contentType: string): Promise<ProvinceTask[]> {
  if (Buffer.isBuffer(body)) {
    if (!body.length) throw badRequest('请上传省级平台导出的 JSON 或 XLSX 文件');
    const table = await readTable(body, contentType);
    const { tasks, problems } = tasksFromTable(table.headers, table.rows);
    if (problems.length) refuse(problems, '行');
    return tasks;
  }
  const { tasks, problems } = tasksFromJson(body);
  if (problems.length) refuse(problems, '个任务');
  return tasks;
}

/** The city's published plan line for each task's item in the deadline's year; any miss refuses the file. */
async function planLinesOf(tx: Tx, unitId: number, tasks: ProvinceTask[], unit: '行' | '个任务') {
  const problems: ImportProblem[] = [];
  const today = chinaDate(new Date(tx.now));
  const lines = new Map<string, Record<string, unknown>>();
  for (const t of tasks) {
    const year = Number(t.deadline.slice(0, 4));
    if (t.deadline < today) problems.push({ row: t.row, field: '截止日期', message: '已过期' });
    const [line] = await tx.query<Record<string, unknown>>(
      `SELECT l.id, l."planId", l."itemId", l."departmentId", l."lineId", p.year, i.name AS "itemName", i."subjectTypes"
         FROM plan_lines l JOIN plans p ON p.id = l."planId" JOIN items i ON i.id = l."itemId"
        WHERE p."unitId" = $1 AND p.status = 'published' AND p.year = $2 AND i.name = $3 AND i.status = 'active'
        ORDER BY l.id LIMIT 1`,
      [unitId, year, t.itemName],
    );
    if (!line) problems.push({ row: t.row, field: '抽查事项', message: `本局 ${year} 年已发布的年度计划中没有此抽查事项` });
    else lines.set(t.reference, line);
  }
  if (problems.length) refuse(problems, unit);
  return lines;
}

async function importTasks(tx: Tx, auth: AuthContext, tasks: ProvinceTask[], source: Source, unit: '行' | '个任务'): Promise<ImportAnswer> {
  const answer: ImportAnswer = { created: [], alreadyImported: [], notFound: [], skipped: [] };
  const unitId = auth.user.unitId;
  const known = await tx.query<{ externalRef: string; taskId: number }>(`SELECT "externalRef", "taskId" FROM task_imports WHERE "externalRef" = ANY($1)`, [
    tasks.map((t) => t.reference),
  ]);
  const knownRef = new Map(known.map((k) => [k.externalRef, k.taskId]));
  const fresh = tasks.filter((t) => !knownRef.has(t.reference));
  for (const t of tasks) if (knownRef.has(t.reference)) answer.alreadyImported.push({ reference: t.reference, taskId: knownRef.get(t.reference)! });
  const taken = await tx.query<{ code: string }>(`SELECT code FROM tasks WHERE code = ANY($1)`, [fresh.map((t) => t.reference)]);
  if (taken.length)
    refuse(
      taken.map((c) => ({ row: fresh.find((t) => t.reference === c.code)!.row, field: '任务编号', message: '与本局已有任务的编号相同' })),
      unit,
    );
  const lines = await planLinesOf(tx, unitId, fresh, unit);
  const names = await districtNames(tx.q);
  const districtUnits = new Map(
    (await tx.query<{ id: number; code: string }>(`SELECT id, code FROM units WHERE level = 'district'`)).map((u) => [u.code, u.id]),
  );
  for (const t of fresh) {
    const line = lines.get(t.reference)!;
    const found = await tx.query<{ id: number; uscc: string; district: string }>(`SELECT id, uscc, district FROM entities WHERE uscc = ANY($1)`, [
      t.entities.map((e) => e.uscc),
    ]);
    const byUscc = new Map(found.map((e) => [e.uscc, e]));
    const missing = t.entities.filter((e) => !byUscc.has(e.uscc));
    answer.notFound.push(...missing.map((e) => ({ reference: t.reference, uscc: e.uscc, name: e.name })));
    const drawn = t.entities.filter((e) => byUscc.has(e.uscc)).map((e) => byUscc.get(e.uscc)!);
    if (!drawn.length) {
      answer.skipped.push({ reference: t.reference, reason: '抽中的检查对象均不在本市检查对象名录库中' });
      continue;
    }
    answer.created.push(await createTask(tx, auth, t, line, drawn, missing, source, { names, districtUnits }));
  }
  return answer;
}

async function createTask(
  tx: Tx,
  auth: AuthContext,
  t: ProvinceTask,
  line: Record<string, unknown>,
  drawn: { id: number; uscc: string; district: string }[],
  missing: ProvinceTask['entities'],
  source: Source,
  org: { names: Map<string, string>; districtUnits: Map<string, number> },
): Promise<ImportAnswer['created'][number]> {
  const districts = [...new Set(drawn.map((e) => e.district))].sort();
  const [task] = await tx.query<{ id: number }>(
    `INSERT INTO tasks (code, title, "planLineId", origin, districts, "entityTypes", "scopeLineIds", "ratioBp", count, "teamSize", method, deadline, dispatch,
                        "publicSourceRequired", "publicSourceNote", "excludeInspected", "unitId", "departmentId", "lineId", "planId", "itemId", "itemName", year, status,
                        "createdAt", "updatedAt", "createdBy", "updatedBy")
     VALUES ($1, $2, $3, 'dispatched', $4, $5, $6, NULL, $7, $8, $9, $10, true, false, NULL, false, $11, $12, $13, $14, $15, $16, $17, 'drawn', $18, $18, $19, $19)
     RETURNING id`,
    [
      t.reference,
      t.title,
      line.id,
      districts,
      line.subjectTypes,
      [line.lineId],
      drawn.length,
      t.teamSize,
      t.method,
      t.deadline,
      auth.user.unitId,
      line.departmentId,
      line.lineId,
      line.planId,
      line.itemId,
      line.itemName,
      line.year,
      tx.now,
      auth.user.id,
    ],
  );
  // The province drew the entities: its reference is the record; no seed or pool of ours to verify.
  const record = { algorithm: 'PROVINCE', kind: 'province', taskCode: t.reference, drawReference: t.drawReference, selected: drawn.map((e) => e.uscc) };
  const [draw] = await tx.query<{ id: number }>(
    `INSERT INTO draws ("taskId", "unitId", "departmentId", kind, "dispatchId", "drawnAt", "drawnBy", "drawnByName", record, "poolText", "poolSize", "poolCounts", "selectedCount")
     VALUES ($1, $2, $3, 'province', NULL, $4, $5, $6, $7, '', $8, '{}', $8) RETURNING id`,
    [task.id, auth.user.unitId, line.departmentId, tx.now, auth.user.id, auth.user.name, JSON.stringify(record), drawn.length],
  );
  for (const district of districts) {
    const unitId = org.districtUnits.get(district)!;
    const mine = drawn.filter((e) => e.district === district);
    const [dispatch] = await tx.query<{ id: number }>(
      `INSERT INTO dispatches ("taskId", "drawId", "unitId", "fromUnitId", district, "entityCount", "createdAt", "updatedAt", "createdBy", "updatedBy")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, $8) RETURNING id`,
      [task.id, draw.id, unitId, auth.user.unitId, district, mine.length, tx.now, auth.user.id],
    );
    const [dept] = await tx.query<{ id: number }>('SELECT id FROM departments WHERE "unitId" = $1 AND "lineId" = $2 ORDER BY id LIMIT 1', [
      unitId,
      line.lineId,
    ]);
    if (!dept) throw badRequest(`${org.names.get(district) ?? district}没有对应业务条线的实施机构，无法派发`);
    await tx.query(
      `INSERT INTO assignments ("taskId", "drawId", "unitId", "departmentId", "entityId", uscc, stratum, "dispatchId", active, "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT $1, $2, $3, $4, e.id, e.uscc, $5, $6, true, $7, $7, $8, $8 FROM unnest($9::integer[]) WITH ORDINALITY AS r(id, ord) JOIN entities e ON e.id = r.id ORDER BY r.ord`,
      [task.id, draw.id, unitId, dept.id, org.names.get(district) ?? district, dispatch.id, tx.now, auth.user.id, mine.map((e) => e.id)],
    );
  }
  await tx.query(
    `INSERT INTO task_imports ("taskId", "externalRef", "drawRef", source, "notFound", "importedAt", "importedBy") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [task.id, t.reference, t.drawReference, source, JSON.stringify(missing.map((e) => ({ uscc: e.uscc, name: e.name }))), tx.now, auth.user.id],
  );
  await tx.audit('import', 'tasks', task.id, null, {
    origin: 'dispatched',
    reference: t.reference,
    drawReference: t.drawReference,
    entities: drawn.length,
    source,
  });
  return { reference: t.reference, taskId: task.id, entities: drawn.length, districts };
}

/** GET <province baseUrl>/tasks with the system's credential: the platform's open dispatches, in the JSON format. */
async function pollProvince(store: Store, env: Record<string, string | undefined>): Promise<unknown> {
  const [system] = await store.db.query<{ name: string; baseUrl: string }>(`SELECT name, "baseUrl" FROM outside_systems WHERE name = 'province' AND enabled`);
  if (!system) throw new HttpError(409, '尚未配置启用的省级平台（对外共享系统代号 province）', 'no_province');
  const token = env[tokenVariable(system.name)];
  try {
    const res = await fetch(`${system.baseUrl.replace(/\/+$/, '')}/tasks`, {
      headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      signal: AbortSignal.timeout(10_000),
      redirect: 'error',
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.json();
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    throw new HttpError(502, `无法从省级平台获取任务：${e.name === 'TimeoutError' ? '超时' : (e.cause?.code ?? e.message)}`, 'province_unreachable');
  }
}

export function provinceImportRouter(store: Store, env: Record<string, string | undefined> = process.env): Router {
  const router = Router();
  const body = [express.raw({ type: XLSX_TYPE, limit: '20mb' }), express.json({ limit: '20mb' })];
  const run = async (auth: AuthContext, tasks: ProvinceTask[], source: Source, unit: '行' | '个任务') =>
    store.transact(auth.actor, (tx) => importTasks(tx, auth, tasks, source, unit));
  const allowed = (auth: AuthContext) => ForbiddenError.from(auth.ability).throwUnlessCan('import', asSubject('Task', { unitId: auth.user.unitId }) as never);

  router.post('/tasks/import-province', requireAuth, ...body, async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    allowed(auth);
    const contentType = req.get('Content-Type') ?? '';
    if (!contentType.startsWith('application/json') && !contentType.startsWith(XLSX_TYPE)) throw badRequest('请上传省级平台导出的 JSON 或 XLSX 文件');
    const tasks = await parseBody(req.body, contentType);
    res.json(await run(auth, tasks, 'file', Buffer.isBuffer(req.body) ? '行' : '个任务'));
  });

  router.post('/tasks/import-province/poll', requireAuth, express.json(), async (req: AuthedRequest, res) => {
    const auth = req.auth!;
    allowed(auth);
    const tasks = await parseBody(await pollProvince(store, env), 'application/json');
    res.json(await run(auth, tasks, 'endpoint', '个任务'));
  });
  return router;
}
