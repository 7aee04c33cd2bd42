import { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Row, Store } from '../store/store.js';
import { countLimit, SEARCH_COUNT_STEP } from '../store/store.js';

const PUBLIC_COUNT_STEP = SEARCH_COUNT_STEP;
import { and, compile, frag, TRUE, type Frag } from '../store/sql.js';
import { DbRateLimitStore } from '../auth/rate-limit-store.js';
import { badRequest, invalidField, notFound } from '../rest/errors.js';
import { parseRange } from '../rest/query.js';
import { PUBLIC_RESULT_COLUMNS, publicResultRow } from '../resources/results.js';
import { diffPlanLines, type PlanLineLike } from '../domain/plans.js';
import { chinaDate } from '../domain/workdays.js';
import { idOf } from './scope.js';
import { publicRecord } from './draws.js';

export interface PublicPolicy {
  /** Requests to /api/public/* allowed per client address per window (counted in the database, across servers). */
  perAddress: { windowMs: number; limit: number };
}

export const DEFAULT_PUBLIC_POLICY: PublicPolicy = { perAddress: { windowMs: 60_000, limit: 300 } };

type FilterKind = 'text' | 'integer';

/**
 * The `filter` of a public list: only the fields it names, each of one kind; anything else is a 400 naming the
 * field (the rest of the API refuses unknown filters too). Empty values are no filter.
 */
function publicFilter<K extends string>(req: Request, fields: Record<K, FilterKind>): Partial<Record<K, string | number>> {
  const raw = req.query.filter;
  if (raw === undefined) return {};
  if (typeof raw !== 'string') throw badRequest('参数 filter 只能出现一次');
  let filter: unknown;
  try {
    filter = JSON.parse(raw);
  } catch {
    throw badRequest('参数 filter 不是合法的 JSON');
  }
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw badRequest('参数 filter 应为对象');
  const out: Partial<Record<K, string | number>> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (!Object.hasOwn(fields, key)) throw invalidField(key, '未知的筛选字段');
    if (value === undefined || value === null || value === '') continue;
    const kind = fields[key as K];
    if (kind === 'integer') {
      const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw invalidField(key, '筛选值不合法');
      out[key as K] = n;
    } else {
      if (typeof value !== 'string' && typeof value !== 'number') throw invalidField(key, '筛选值不合法');
      const text = String(value).trim();
      if (text.length > 100) throw invalidField(key, '最多 100 个字');
      if (text) out[key as K] = text;
    }
  }
  return out;
}

/**
 * One page of a public list and its total. The total is exact up to the next 1,000 past the page (past it,
 * `X-Total-Lower-Bound: true`, as the rest of the API says it): a visitor refines a search rather than reads on, and
 * counting further over a city's results would cost most of an answer's time. `countFrom` is the part of `from` the
 * filter needs (joins that only add columns to show are left out of the count).
 */
async function page(
  store: Store,
  res: Response,
  name: string,
  range: [number, number],
  { select, from, countFrom = from, where, order }: { select: string; from: string; countFrom?: string; where: Frag; order: string },
): Promise<Row[]> {
  const limit = countLimit(range[1], PUBLIC_COUNT_STEP);
  const list = compile(
    frag(`SELECT ${select} FROM ${from} WHERE ${where.sql} ORDER BY ${order} LIMIT $? OFFSET $?`, ...where.params, range[1] - range[0] + 1, range[0]),
  );
  const count = compile(frag(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${countFrom} WHERE ${where.sql} LIMIT $?) matched`, ...where.params, limit + 1));
  const [rows, [{ n }]] = await Promise.all([store.db.query<Row>(list.text, list.values), store.db.query<{ n: number }>(count.text, count.values)]);
  const end = rows.length ? range[0] + rows.length - 1 : range[0];
  res.set('Content-Range', `${name} ${range[0]}-${end}/${Math.min(n, limit)}`);
  if (n > limit) res.set('X-Total-Lower-Bound', 'true');
  return rows;
}

/** For each filter given: `column = value`, or the condition a function makes of the value. */
const equalities = <K extends string>(filter: Partial<Record<K, string | number>>, columns: Record<K, string | ((v: string | number) => Frag)>): Frag[] =>
  (Object.keys(filter) as K[]).map((k) => {
    const column = columns[k];
    return typeof column === 'function' ? column(filter[k]!) : frag(`${column} = $?`, filter[k]);
  });

const USCC = /^[0-9A-HJ-NPQRTUWXY]{18}$/i;
const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/**
 * `q` over published results: an 18-character 统一社会信用代码 is looked up exactly; a name fragment of two characters
 * (the usual Chinese query, too short for trigrams) through the character-pair index, a longer one through trigrams
 * (migration 13's partial indexes over published results).
 */
function resultSearch(q: string): Frag {
  if (USCC.test(q)) return frag('r.uscc = $?', q.toUpperCase());
  const caseless = q.toLowerCase() === q.toUpperCase();
  const like = frag(`r."entityName" ${caseless ? 'LIKE' : 'ILIKE'} $?`, likePattern(q));
  return [...q].length === 2 ? and([frag('bigrams(r."entityName") @> bigrams($?)', q), like]) : like;
}

const RESULT_FROM = `results r JOIN units u ON u.id = r."unitId"`;
// The answer is the row the outbox sends too (§5.3's fields, resources/results.ts); the joins serve the filters.
const RESULT_SELECT = PUBLIC_RESULT_COLUMNS;
const RESULT_FILTERS = { q: 'text', taskCode: 'text', district: 'text', year: 'integer', lineId: 'integer', category: 'text', unitId: 'integer' } as const;
/** Each filter over `results r` alone: the district is the entity's, year and line the task's (few rows, read first). */
const RESULT_COLUMNS = {
  taskCode: 'r."taskCode"',
  district: (v: string | number) => frag('r."entityId" IN (SELECT id FROM entities WHERE district = $?)', v),
  year: (v: string | number) => frag('r."taskId" IN (SELECT id FROM tasks WHERE year = $?)', v),
  lineId: (v: string | number) => frag('r."taskId" IN (SELECT id FROM tasks WHERE "lineId" = $?)', v),
  category: 'r.category',
  unitId: 'r."unitId"',
};

/** A plan line as published: what is inspected, by which office, how much, how often, when — no staff, no notes. */
const publicLine = (l: PlanLineLike, departments: Map<number, string>) => ({
  id: l.id,
  itemId: l.itemId,
  itemName: l.itemName ?? null,
  departmentId: l.departmentId,
  departmentName: departments.get(l.departmentId as number) ?? null,
  ratioBp: l.ratioBp ?? null,
  count: l.count ?? null,
  frequency: l.frequency,
  windowStart: l.windowStart,
  windowEnd: l.windowEnd,
  method: l.method,
  joint: l.joint ?? false,
});

/**
 * The public API (§5.3 一公开; no login, read-only): published item lists, annual plans with their versions and
 * adjustments, draw records, inspection results and the §10.1 non-cooperation list — never an unpublished record,
 * never a person's data (inspectors appear in draw records by their library id only, DRAW-SPEC §7). Paged like the
 * rest of the API (`range`, `filter`, `Content-Range`), rate-limited per client address, cacheable for a minute with
 * an ETag (Express answers a matching If-None-Match with 304).
 *   GET /public/units | /public/lines              names for the filters
 *   GET /public/items?filter={unitId,lineId,q}     the latest published item list of each unit
 *   GET /public/plans?filter={unitId,year}         published plans;  GET /public/plans/:id  with versions and changes
 *   GET /public/draws?filter={unitId,year,taskCode}  published draw records;  GET /public/draws/:id  the whole record
 *   GET /public/results?filter={q,district,year,lineId,category,unitId,taskCode}  published results
 *   GET /public/non-cooperation?filter={district,year,unitId}  §10.1: results marked for publication
 * GET /public/commitments/:taskCode (DRAW-SPEC §1a) is in commitments.ts and passes the same limits.
 */
export function publicRouter(store: Store, policy: PublicPolicy): Router {
  const router = Router();
  router.use(
    rateLimit({
      windowMs: policy.perAddress.windowMs,
      limit: policy.perAddress.limit,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      store: new DbRateLimitStore(store, 'public:'),
      handler: (_req, res) => res.status(429).json({ message: '访问过于频繁，请稍后再试', code: 'rate_limited' }),
    }),
    (_req, res, next) => {
      res.set('Cache-Control', 'public, max-age=60');
      next();
    },
  );

  router.get('/units', async (_req, res) => {
    res.json(await store.db.query('SELECT id, name, code, level FROM units ORDER BY id'));
  });

  router.get('/lines', async (_req, res) => {
    res.json(await store.db.query('SELECT id, name FROM lines ORDER BY id'));
  });

  router.get('/items', async (req, res) => {
    const range = parseRange(req.query.range);
    const filter = publicFilter(req, { unitId: 'integer', lineId: 'integer', q: 'text' });
    const { q, ...exact } = filter;
    const where = and([
      frag(`item->>'status' = 'active'`),
      ...equalities(exact, { unitId: 'p."unitId"', lineId: `(item->>'lineId')::int` }),
      q ? frag(`(item->>'name' ILIKE $? OR item->>'legalBasis' ILIKE $?)`, likePattern(String(q)), likePattern(String(q))) : TRUE,
    ]);
    const rows = await page(store, res, 'items', range, {
      select: `(item->>'id')::int AS id, p."unitId", u.name AS "unitName", (item->>'lineId')::int AS "lineId", l.name AS "lineName",
               item->>'name' AS name, item->>'category' AS category, item->'subjectTypes' AS "subjectTypes", item->>'subjectNote' AS "subjectNote",
               item->>'itemKind' AS "itemKind", item->'methods' AS methods, item->>'ratioNote' AS "ratioNote", item->>'level' AS level,
               item->>'legalBasis' AS "legalBasis", item->>'source' AS source, p."publishedAt"`,
      from: `(SELECT DISTINCT ON ("unitId") id, "unitId", "publishedAt", items FROM item_publications ORDER BY "unitId", "publishedAt" DESC, id DESC) p
             JOIN units u ON u.id = p."unitId" CROSS JOIN LATERAL jsonb_array_elements(p.items) WITH ORDINALITY AS i(item, n)
             LEFT JOIN lines l ON l.id = (item->>'lineId')::int`,
      where,
      order: 'p."unitId", i.n',
    });
    res.json(rows.map(({ publishedAt, ...r }) => ({ ...r, publishedOn: chinaDate(new Date(publishedAt as string)) })));
  });

  // publishedAt is the plan's first publication (§8.1 lateness); versionPublishedAt the current version's.
  const PLAN_SELECT = `p.id, p."unitId", u.name AS "unitName", p.year, p.title, p."planVersion", p."publishedAt", p.late,
    (SELECT v."publishedAt" FROM plan_versions v WHERE v."planId" = p.id AND v."planVersion" = p."planVersion") AS "versionPublishedAt"`;
  router.get('/plans', async (req, res) => {
    const range = parseRange(req.query.range);
    const filter = publicFilter(req, { unitId: 'integer', year: 'integer' });
    const rows = await page(store, res, 'plans', range, {
      select: PLAN_SELECT,
      from: 'plans p JOIN units u ON u.id = p."unitId"',
      where: and([frag(`p.status = 'published'`), ...equalities(filter, { unitId: 'p."unitId"', year: 'p.year' })]),
      order: 'p.year DESC, p."unitId", p.id',
    });
    res.json(rows);
  });

  router.get('/plans/:id', async (req, res) => {
    const [plan] = await store.db.query<Row>(
      `SELECT ${PLAN_SELECT} FROM plans p JOIN units u ON u.id = p."unitId" WHERE p.id = $1 AND p.status = 'published'`,
      [idOf(req.params.id)],
    );
    if (!plan) throw notFound();
    const versions = await store.db.query<Row>(
      `SELECT "planVersion", "publishedAt", late, reason, "adjustmentId", lines FROM plan_versions WHERE "planId" = $1 ORDER BY "planVersion"`,
      [plan.id],
    );
    const adjustments = await store.db.query<Row>(
      `SELECT id, reason, "decidedAt", "resultingVersion", "byLeadOffice" FROM plan_adjustments WHERE "planId" = $1 AND status = 'accepted' ORDER BY id`,
      [plan.id],
    );
    const departments = new Map(
      (await store.db.query<{ id: number; name: string }>('SELECT id, name FROM departments WHERE "unitId" = $1', [plan.unitId])).map((d) => [d.id, d.name]),
    );
    const line = (l: PlanLineLike) => publicLine(l, departments);
    const adjustmentOf = new Map(adjustments.map((a) => [a.id as number, a]));
    res.json({
      ...plan,
      lines: ((versions.at(-1)?.lines ?? []) as PlanLineLike[]).map(line),
      versions: versions.map((v, i) => {
        const adjustment = v.adjustmentId ? adjustmentOf.get(v.adjustmentId as number) : undefined;
        const changes = i === 0 ? [] : diffPlanLines(versions[i - 1].lines as PlanLineLike[], v.lines as PlanLineLike[]);
        return {
          planVersion: v.planVersion,
          publishedAt: v.publishedAt,
          late: v.late,
          reason: v.reason,
          adjustment: adjustment ? { id: adjustment.id, reason: adjustment.reason, byLeadOffice: adjustment.byLeadOffice } : null,
          lineCount: (v.lines as PlanLineLike[]).length,
          changes: changes.map((d) => ({
            kind: d.kind,
            id: d.id,
            ...('before' in d ? { before: line(d.before) } : {}),
            ...('after' in d ? { after: line(d.after) } : {}),
            ...(d.kind === 'changed' ? { fields: d.changes.map((c) => c.field) } : {}),
          })),
        };
      }),
    });
  });

  const DRAW_VISIBLE = `(d.published OR t.status = 'published')`;
  router.get('/draws', async (req, res) => {
    const range = parseRange(req.query.range);
    const filter = publicFilter(req, { unitId: 'integer', year: 'integer', taskCode: 'text' });
    const rows = await page(store, res, 'draws', range, {
      select: `d.id, t.code AS "taskCode", t.title, t.year, d."unitId", u.name AS authority, d.kind, d."drawnAt", d."poolSize", d."selectedCount", d.status`,
      from: 'draws d JOIN tasks t ON t.id = d."taskId" JOIN units u ON u.id = d."unitId"',
      where: and([frag(DRAW_VISIBLE), ...equalities(filter, { unitId: 'd."unitId"', year: 't.year', taskCode: 't.code' })]),
      order: 'd."drawnAt" DESC, d.id DESC',
    });
    res.json(rows.map((r) => ({ ...r, drawnOn: chinaDate(new Date(r.drawnAt as string)) })));
  });

  router.get('/draws/:id', async (req, res) => {
    const [draw] = await store.db.query<Row>(
      `SELECT d.*, t.title, u.name AS authority FROM draws d JOIN tasks t ON t.id = d."taskId" JOIN units u ON u.id = d."unitId" WHERE d.id = $1 AND ${DRAW_VISIBLE}`,
      [idOf(req.params.id)],
    );
    if (!draw) throw notFound();
    res.json({ ...publicRecord(draw), title: draw.title, authority: draw.authority });
  });

  // §5.3, §9.3.2.4: the public sees entity name and code, item, task code, category, date and authority — no
  // inspector, no third party, no notes.
  router.get('/results', async (req, res) => {
    const range = parseRange(req.query.range);
    const filter = publicFilter(req, RESULT_FILTERS);
    // The first public API took the task code as its own parameter; it still does.
    if (typeof req.query.taskCode === 'string' && req.query.taskCode) filter.taskCode = req.query.taskCode.slice(0, 40);
    const { q, ...exact } = filter;
    const rows = await page(store, res, 'results', range, {
      select: RESULT_SELECT,
      from: RESULT_FROM,
      countFrom: 'results r',
      where: and([frag(`r.status = 'published'`), ...equalities(exact, RESULT_COLUMNS), q ? resultSearch(String(q)) : TRUE]),
      order: 'r."publishedAt" DESC, r.id DESC',
    });
    res.json(rows.map(publicResultRow));
  });

  // §10.1: entities whose serious non-cooperation the office's head marked for publication (marking publishes it).
  router.get('/non-cooperation', async (req, res) => {
    const range = parseRange(req.query.range);
    const filter = publicFilter(req, { q: 'text', district: 'text', year: 'integer', unitId: 'integer' });
    const { q, ...exact } = filter;
    const rows = await page(store, res, 'non-cooperation', range, {
      select: RESULT_SELECT,
      from: RESULT_FROM,
      countFrom: 'results r',
      where: and([
        frag(`r."nonCooperationPublished" AND r.status IN ('confirmed', 'published')`),
        ...equalities(exact, RESULT_COLUMNS),
        q ? resultSearch(String(q)) : TRUE,
      ]),
      order: 'r.id DESC',
    });
    res.json(rows.map(publicResultRow));
  });

  return router;
}
