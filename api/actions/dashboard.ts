import { Router } from 'express';
import { z } from 'zod';
import { ForbiddenError } from '@casl/ability';
import type { Store } from '../store/store.js';
import type { Queryable } from '../store/db.js';
import { and, compile, frag, ident } from '../store/sql.js';
import type { CompiledResource } from '../rest/router.js';
import { parseFilter } from '../rest/query.js';
import { notFound, zodToHttp } from '../rest/errors.js';
import { rulesToSql } from '../permissions/sql.js';
import { supervisesAllUnits } from '../permissions/rules.js';
import { requireAuth, type AuthContext, type AuthedRequest } from '../auth/middleware.js';
import { chinaDate } from '../domain/workdays.js';
import { endOfChinaDay, lateIfStartedBy, plannedInspections, yearDays, type ResultDeadlines } from '../domain/dashboard.js';
import { loadCalendar } from '../resources/holidays.js';
import { TASK_STATUSES } from '../resources/tasks.js';
import { REFERRAL_KINDS, RESULT_CATEGORIES, PROBLEM_CATEGORIES } from '../domain/results.js';
import type { DashboardAnswer, Figure, FigureQuery, SummaryAnswer, SummaryRow } from './dashboardTypes.js';
import { summaryWorkbook } from './dashboardXlsx.js';

/** The lists the dashboard counts. */
export const DASHBOARD_RESOURCES = ['plans', 'units', 'entities', 'inspectors', 'tasks', 'results', 'referrals', 'loans'];

const query = z.strictObject({
  year: z.coerce.number().int('应为年度').min(2000, '应为 2000–2100 年').max(2100, '应为 2000–2100 年').optional(),
  unitId: z.coerce.number().int('应为单位编号').positive('应为单位编号').optional(),
});

/** Who asks, for which year and unit, and the dates every figure is measured against. */
interface Scope {
  auth: AuthContext;
  year: number;
  unit: { id: number; name: string; level: 'city' | 'district' } | null;
  today: string;
  confirmLateIfEnteredBy: string;
  publishLateIfConfirmedBy: string;
}

/** The filter every list of the year's work shares: the unit when one is chosen. */
const inUnit = (s: Scope) => (s.unit ? { unitId: s.unit.id } : {});

/**
 * Each figure as the admin list that shows it: the resource and the filter (ra-data-simple-rest's). The dashboard
 * counts exactly these, with the reader's own row rules, so following a figure lands on a list of that many rows.
 */
function figureQueries(s: Scope) {
  const { first, last } = yearDays(s.year);
  const unit = inUnit(s);
  const yearOf = (field: string) => ({ [`${field}_gte`]: first, [`${field}_lte`]: last });
  const q = (resource: string, filter: Record<string, unknown>): FigureQuery => ({ resource, filter: { ...unit, ...filter } });
  const done = ['confirmed', 'published'];
  return {
    // §8.1 published by 31 March (the plan's `late` flag is set when it is first published).
    plansOnTime: q('plans', { year: s.year, status: 'published', late: false }),
    plansLate: q('plans', { year: s.year, late: true }),
    plansUnpublished: { resource: 'units', filter: { ...(s.unit ? { id: s.unit.id } : {}), withoutPublishedPlan: s.year } },
    // §8.3 coverage: the active library (a city task draws city-wide, a district's from its own district) and the
    // results confirmed or published of the year's tasks.
    library: { resource: 'entities', filter: { ...(s.unit?.level === 'district' ? unit : {}), status: 'active' } },
    inspected: q('results', { status: done, ...yearOf('deadline') }),
    // §13.2d tasks past their deadline whose results are not all in (confirmed).
    tasksOverdue: q('tasks', { year: s.year, status: ['draft', 'committed', 'drawn', 'inspecting'], deadline_lt: s.today }),
    // §13.2b results not confirmed, or not published, within the configured working days.
    resultsUnconfirmed: q('results', { status: 'draft', enteredOn_lte: s.confirmLateIfEnteredBy, ...yearOf('deadline') }),
    resultsUnpublished: q('results', { status: 'confirmed', confirmedAt_lt: endOfChinaDay(s.publishLateIfConfirmedBy), ...yearOf('deadline') }),
    // §13.2c suspected crimes with no police referral recorded.
    crimesUnreferred: q('results', { suspectedCrime: true, policeReferral: false, ...yearOf('deadline') }),
    // §10.2 referrals whose receipt is not recorded yet.
    referralsOpen: q('referrals', { receivedOn: null, ...yearOf('referredOn') }),
    // §12.4 loans out past their due date (now, whatever the year).
    loansOverdue: q('loans', { status: 'checkedOut', dueDate_lt: s.today }),
    // §7.2.2 / §7.3.2 library changes recorded more than five working days after they happened, in the year.
    entitiesLate: { resource: 'entities', filter: { ...unit, overdue: true, ...yearOf('recordedOn') } },
    inspectorsLate: q('inspectors', { overdue: true, ...yearOf('recordedOn') }),
  } satisfies Record<string, FigureQuery>;
}

const taskQueries = (s: Scope): Record<string, FigureQuery> =>
  Object.fromEntries(TASK_STATUSES.map((status) => [status, { resource: 'tasks', filter: { ...inUnit(s), year: s.year, status } }]));

/** The annual summary's further figures (§4.1.1d, §4.2.2d): the year's results by category, problems, referrals. */
function summaryQueries(s: Scope) {
  const { first, last } = yearDays(s.year);
  const results = (filter: Record<string, unknown>): FigureQuery => ({
    resource: 'results',
    filter: { ...inUnit(s), status: ['confirmed', 'published'], deadline_gte: first, deadline_lte: last, ...filter },
  });
  return {
    categories: Object.fromEntries(RESULT_CATEGORIES.map((c) => [c, results({ category: c })])),
    problemsFound: results({ category: [...PROBLEM_CATEGORIES] }),
    problemsRectified: results({ category: 'problem_corrected' }),
    referrals: Object.fromEntries(
      REFERRAL_KINDS.map((kind) => [kind, { resource: 'referrals', filter: { ...inUnit(s), kind, referredOn_gte: first, referredOn_lte: last } }]),
    ),
  };
}

/** A figure's list as the reader sees it: its table, the reader's row rules and the figure's filter, as the list parses it. */
function partsOf(compiled: Map<string, CompiledResource>, auth: AuthContext, { resource, filter }: FigureQuery) {
  const res = compiled.get(resource)!;
  const { def, kinds } = res;
  const parsed = parseFilter(JSON.stringify(filter), {
    kinds,
    search: def.search ?? [],
    searchWhen: def.searchWhen,
    searchBigrams: def.searchBigrams,
    custom: def.customFilters,
  });
  return { table: res.spec.table, scope: rulesToSql(auth.ability, 'read', def.subject, kinds), filter: parsed.where };
}

function whereOf(compiled: Map<string, CompiledResource>, auth: AuthContext, fq: FigureQuery) {
  const { table, scope, filter } = partsOf(compiled, auth, fq);
  return { table, where: and([scope, filter]) };
}

async function count(q: Queryable, compiled: Map<string, CompiledResource>, auth: AuthContext, fq: FigureQuery): Promise<Figure> {
  const { table, where } = whereOf(compiled, auth, fq);
  const c = compile(frag(`SELECT count(*)::int AS n FROM ${ident(table)} WHERE ${where.sql}`, ...where.params));
  const [{ n }] = await q.query<{ n: number }>(c.text, c.values);
  return { count: n, ...fq };
}

/** Counts of a figure's list by unit and department (the summary's rows). */
async function countByOffice(q: Queryable, compiled: Map<string, CompiledResource>, auth: AuthContext, fq: FigureQuery) {
  const { table, where } = whereOf(compiled, auth, fq);
  const c = compile(frag(`SELECT "unitId", "departmentId", count(*)::int AS n FROM ${ident(table)} WHERE ${where.sql} GROUP BY 1, 2`, ...where.params));
  const rows = await q.query<{ unitId: number; departmentId: number; n: number }>(c.text, c.values);
  return new Map(rows.map((r) => [`${r.unitId}:${r.departmentId}`, r.n]));
}

/** The filter entries that every one of `filters` has, with the same value. */
function sharedFilter(filters: Record<string, unknown>[]): Record<string, unknown> {
  const [first, ...rest] = filters;
  return Object.fromEntries(Object.entries(first).filter(([k, v]) => rest.every((f) => k in f && JSON.stringify(f[k]) === JSON.stringify(v))));
}

/**
 * Many figures at once: one pass per table, each figure a `count(*) FILTER (WHERE …)` of its own filter under the
 * reader's row rules (the same rules for every figure of a table) — the same rows as counting each list alone.
 */
async function countAll<K extends string>(
  q: Queryable,
  compiled: Map<string, CompiledResource>,
  auth: AuthContext,
  queries: Record<K, FigureQuery>,
): Promise<Record<K, Figure>> {
  const entries = Object.entries(queries) as [K, FigureQuery][];
  const byResource = new Map<string, [K, FigureQuery][]>();
  for (const e of entries) byResource.set(e[1].resource, [...(byResource.get(e[1].resource) ?? []), e]);
  const out = {} as Record<K, Figure>;
  await Promise.all(
    [...byResource.values()].map(async (group) => {
      const parts = group.map(([, fq]) => partsOf(compiled, auth, fq));
      const { table, scope } = parts[0];
      const counts = parts.map((p, i) => frag(`count(*) FILTER (WHERE ${p.filter.sql})::int AS c${i}`, ...p.filter.params));
      // What every figure of the table filters on (the unit, as a rule) narrows the pass itself, so an index can serve it.
      const shared = partsOf(compiled, auth, { resource: group[0][1].resource, filter: sharedFilter(group.map(([, fq]) => fq.filter)) }).filter;
      const where = and([scope, shared]);
      const c = compile(
        frag(`SELECT ${counts.map((f) => f.sql).join(', ')} FROM ${ident(table)} WHERE ${where.sql}`, ...counts.flatMap((f) => f.params), ...where.params),
      );
      const [row] = await q.query<Record<string, number>>(c.text, c.values);
      group.forEach(([key, fq], i) => (out[key] = { count: row[`c${i}`], ...fq }));
    }),
  );
  return out;
}

/** §8.3 what the year's published plans in scope set out to inspect, from their lines' counts and ratios. */
async function planned(q: Queryable, s: Scope): Promise<number> {
  const lines = await q.query<{ unitId: number; level: string; lineId: number; ratioBp: number | null; count: number | null }>(
    `SELECT l."unitId", u.level, l."lineId", l."ratioBp", l.count FROM plan_lines l JOIN plans p ON p.id = l."planId" JOIN units u ON u.id = l."unitId"
      WHERE p.year = $1 AND p.status = 'published' AND ($2::int IS NULL OR p."unitId" = $2)`,
    [s.year, s.unit?.id ?? null],
  );
  if (!lines.length) return 0;
  // The active library per unit and line, as the entities table keeps it (migration 15); a district's plans need only its own.
  const district = s.unit?.level === 'district' ? s.unit.id : null;
  const sizes = await q.query<{ unitId: number; lineId: number; n: number }>(
    `SELECT "unitId", "lineId", n FROM entity_line_counts WHERE "lineId" = ANY($1) AND ($2::int IS NULL OR "unitId" = $2)`,
    [[...new Set(lines.map((l) => l.lineId))], district],
  );
  const size = (unitId: number | null, lineId: number) =>
    sizes.filter((r) => r.lineId === lineId && (unitId === null || r.unitId === unitId)).reduce((sum, r) => sum + r.n, 0);
  return lines.reduce((sum, l) => sum + plannedInspections([l], (lineId) => size(l.level === 'city' ? null : l.unitId, lineId)), 0);
}

async function resolveScope(store: Store, req: AuthedRequest, deadlines: ResultDeadlines): Promise<Scope> {
  const auth = req.auth!;
  ForbiddenError.from(auth.ability).throwUnlessCan('read', 'Dashboard');
  const parsed = query.safeParse(req.query);
  if (!parsed.success) throw zodToHttp(parsed.error);
  const today = chinaDate(store.clock.now());
  const everyUnit = supervisesAllUnits(auth.user);
  const unitId = parsed.data.unitId ?? (everyUnit ? undefined : auth.user.unitId);
  if (!everyUnit && unitId !== auth.user.unitId) throw notFound('单位不存在或不在您的范围内');
  let unit: Scope['unit'] = null;
  if (unitId !== undefined) {
    [unit] = await store.db.query<NonNullable<Scope['unit']>>('SELECT id, name, level FROM units WHERE id = $1', [unitId]);
    if (!unit) throw notFound('单位不存在或不在您的范围内');
  }
  const calendar = await loadCalendar(store.db);
  return {
    auth,
    year: parsed.data.year ?? Number(today.slice(0, 4)),
    unit,
    today,
    confirmLateIfEnteredBy: lateIfStartedBy(today, deadlines.confirmWorkdays, calendar),
    publishLateIfConfirmedBy: lateIfStartedBy(today, deadlines.publishWorkdays, calendar),
  };
}

async function dashboard(store: Store, compiled: Map<string, CompiledResource>, s: Scope, deadlines: ResultDeadlines): Promise<DashboardAnswer> {
  const [figures, tasks, target] = await Promise.all([
    countAll(store.db, compiled, s.auth, figureQueries(s)),
    countAll(store.db, compiled, s.auth, taskQueries(s)),
    planned(store.db, s),
  ]);
  return {
    year: s.year,
    unit: s.unit,
    today: s.today,
    deadlines: { ...deadlines, confirmLateIfEnteredBy: s.confirmLateIfEnteredBy, publishLateIfConfirmedBy: s.publishLateIfConfirmedBy },
    planned: target,
    figures,
    tasks,
  };
}

async function summary(store: Store, compiled: Map<string, CompiledResource>, s: Scope, deadlines: ResultDeadlines): Promise<SummaryAnswer> {
  const extra = summaryQueries(s);
  const [base, categories, problemsFound, problemsRectified, referrals] = await Promise.all([
    dashboard(store, compiled, s, deadlines),
    countAll(store.db, compiled, s.auth, extra.categories),
    count(store.db, compiled, s.auth, extra.problemsFound),
    count(store.db, compiled, s.auth, extra.problemsRectified),
    countAll(store.db, compiled, s.auth, extra.referrals),
  ]);
  // By line: the figures whose lists carry the implementing office (tasks, results, referrals), counted per office.
  const byOffice = {
    tasks: { resource: 'tasks', filter: { ...inUnit(s), year: s.year } },
    tasksOverdue: figureQueries(s).tasksOverdue,
    inspected: figureQueries(s).inspected,
    problemsFound: extra.problemsFound,
    problemsRectified: extra.problemsRectified,
    resultsUnconfirmed: figureQueries(s).resultsUnconfirmed,
    resultsUnpublished: figureQueries(s).resultsUnpublished,
    crimesUnreferred: figureQueries(s).crimesUnreferred,
    referrals: { resource: 'referrals', filter: { ...inUnit(s), referredOn_gte: yearDays(s.year).first, referredOn_lte: yearDays(s.year).last } },
  } satisfies Record<string, FigureQuery>;
  const keys = Object.keys(byOffice) as (keyof typeof byOffice)[];
  const counted = await Promise.all(keys.map((k) => countByOffice(store.db, compiled, s.auth, byOffice[k])));
  const offices = new Set(counted.flatMap((m) => [...m.keys()]));
  const names = await store.db.query<{
    unitId: number;
    departmentId: number;
    unitName: string;
    unitCode: string;
    departmentName: string;
    lineName: string | null;
  }>(
    `SELECT d."unitId", d.id AS "departmentId", u.name AS "unitName", u.code AS "unitCode", d.name AS "departmentName", l.name AS "lineName"
       FROM departments d JOIN units u ON u.id = d."unitId" LEFT JOIN lines l ON l.id = d."lineId" WHERE d.id = ANY($1)`,
    [[...offices].map((k) => Number(k.split(':')[1]))],
  );
  const rows: SummaryRow[] = names
    .filter((n) => offices.has(`${n.unitId}:${n.departmentId}`))
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.departmentId - b.departmentId)
    .map((n) => ({
      unitName: n.unitName,
      departmentName: n.departmentName,
      lineName: n.lineName,
      ...(Object.fromEntries(keys.map((k, i) => [k, counted[i].get(`${n.unitId}:${n.departmentId}`) ?? 0])) as Record<(typeof keys)[number], number>),
    }));
  return { ...base, categories, problemsFound, problemsRectified, referrals, rows };
}

/**
 * GET /api/dashboard?year=&unitId=          the supervision dashboard (§4.1.1c, §8.1, §8.3, §13.2): every figure with the
 *                                           list (resource + filter) that shows exactly its rows to the same reader
 * GET /api/dashboard/summary?year=&unitId=  the annual summary (§4.1.1d, §4.2.2d): the same, plus results by category,
 *                                           problems found and rectified, referrals by kind, and rows per line
 * GET /api/dashboard/summary.xlsx           the summary as a workbook with Chinese headers
 * Lead offices, heads of department and leaders in charge: their unit, or for the city's any unit or all of them.
 */
export function dashboardRouter(store: Store, compiled: Map<string, CompiledResource>, deadlines: ResultDeadlines): Router {
  const router = Router();
  router.get('/dashboard', requireAuth, async (req: AuthedRequest, res) => {
    res.json(await dashboard(store, compiled, await resolveScope(store, req, deadlines), deadlines));
  });
  router.get('/dashboard/summary', requireAuth, async (req: AuthedRequest, res) => {
    res.json(await summary(store, compiled, await resolveScope(store, req, deadlines), deadlines));
  });
  router.get('/dashboard/summary.xlsx', requireAuth, async (req: AuthedRequest, res) => {
    const answer = await summary(store, compiled, await resolveScope(store, req, deadlines), deadlines);
    const buffer = await summaryWorkbook(answer);
    const name = `${answer.year}年度双随机一公开监管总结${answer.unit ? `-${answer.unit.name}` : ''}.xlsx`;
    res.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.set('Content-Disposition', `attachment; filename="summary-${answer.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.send(buffer);
  });
  return router;
}
