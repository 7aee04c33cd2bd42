import type { Queryable } from '../store/db.js';
import type { Row } from '../store/store.js';
import type { InspectorCandidate } from '../domain/draw.js';

/** District code → short name (市南区 …), the stratum names of a draw record. */
export async function districtNames(q: Queryable): Promise<Map<string, string>> {
  const rows = await q.query<{ code: string; name: string }>(`SELECT code, name FROM units WHERE level = 'district'`);
  return new Map(rows.map((r) => [r.code, r.name.replace(/人力资源和社会保障局$/, '')]));
}

const POOL_WHERE = `e.district = ANY($1) AND e.type = ANY($2) AND e."lineIds" && $3 AND e.status = 'active'
        AND NOT ($4 AND EXISTS (
          SELECT 1 FROM assignments a JOIN tasks t ON t.id = a."taskId" JOIN draws d ON d.id = a."drawId"
           WHERE a."entityId" = e.id AND a.active AND d.status = 'valid' AND t."itemId" = $5 AND t.year = $6 AND t.id <> $7))`;
const poolParams = (task: Row) => [task.districts, task.entityTypes, task.scopeLineIds, task.excludeInspected, task.itemId, task.year, task.id];

/**
 * The entity pool of a task (DRAW-SPEC §2): in the task's districts, types and lines, 存续 only, and — when the task
 * says so — not already drawn for the same item in the same year. id = the USCC, stratum = the district's name.
 * As a scalar subquery giving the canonical text of §2, built by the database in code-point order (COLLATE "C"
 * compares UTF-8 bytes): one text value instead of half a million row objects. Its parameters are $1–$9.
 */
export async function taskPoolTextQuery(q: Queryable, task: Row): Promise<{ sql: string; params: unknown[] }> {
  const names = await districtNames(q);
  return {
    sql: `(SELECT string_agg(e.uscc || E'\\t' || s.name || E'\\n', '' ORDER BY e.uscc COLLATE "C")
             FROM entities e JOIN unnest($8::text[], $9::text[]) AS s(code, name) ON s.code = e.district
            WHERE ${POOL_WHERE})`,
    params: [...poolParams(task), [...names.keys()], [...names.values()]],
  };
}

/** Candidates per stratum (district name) of a task's pool, counted by the database: the preview. */
export async function taskPoolCounts(q: Queryable, task: Row): Promise<Map<string, number>> {
  const names = await districtNames(q);
  const rows = await q.query<{ district: string; n: number }>(
    `SELECT e.district, count(*)::int AS n FROM entities e WHERE ${POOL_WHERE} GROUP BY e.district`,
    poolParams(task),
  );
  return new Map(rows.map((r) => [names.get(r.district) ?? r.district, r.n]));
}

/** 回避 pairs between a task's pool and the pool inspectors, as [USCC, inspector id]. */
export async function taskExclusions(q: Queryable, task: Row, inspectorIds: number[]): Promise<[string, string][]> {
  const rows = await q.query<{ uscc: string; inspectorId: number }>(
    `SELECT e.uscc, c."inspectorId" FROM conflicts c JOIN entities e ON e.id = c."entityId" WHERE c."inspectorId" = ANY($8) AND ${POOL_WHERE}`,
    [...poolParams(task), inspectorIds],
  );
  return rows.map((r) => [r.uscc, String(r.inspectorId)]);
}

export interface PoolInspector extends InspectorCandidate {
  inspectorId: number;
  userId: number | null;
}

/**
 * Inspectors eligible for a task (DRAW-SPEC §5): active, in the implementing units, qualified for the method (on-site
 * needs an enforcement certificate, §9.3.2.3 a); a district's inspectors cover their district, the city's cover all
 * the task's districts. The person who runs the draw (`drawnBy`) is left out: no one draws themselves.
 */
export async function inspectorPool(q: Queryable, unitIds: number[], method: string, districts: string[], drawnBy: number | null): Promise<PoolInspector[]> {
  const names = await districtNames(q);
  const rows = await q.query<{ id: number; userId: number | null; level: string; code: string }>(
    `SELECT i.id, i."userId", u.level, u.code FROM inspectors i JOIN units u ON u.id = i."unitId"
      WHERE i.status = 'active' AND i."unitId" = ANY($1) AND i."userId" IS DISTINCT FROM $3
        AND ($2 <> 'onsite' OR (i."certificateNo" IS NOT NULL AND i.category <> 'supervisor'))
      ORDER BY i.id`,
    [unitIds, method, drawnBy],
  );
  return rows
    .map((r) => ({
      id: String(r.id),
      inspectorId: r.id,
      userId: r.userId,
      strata: (r.level === 'city' ? districts : districts.filter((d) => d === r.code)).map((d) => names.get(d) ?? d),
    }))
    .filter((i) => i.strata.length > 0);
}

/** 回避 pairs between pool entities and pool inspectors, as [USCC, inspector id]. */
export async function exclusionPairs(q: Queryable, entityIds: number[], inspectorIds: number[]): Promise<[string, string][]> {
  const rows = await q.query<{ uscc: string; inspectorId: number }>(
    `SELECT e.uscc, c."inspectorId" FROM conflicts c JOIN entities e ON e.id = c."entityId" WHERE c."entityId" = ANY($1) AND c."inspectorId" = ANY($2)`,
    [entityIds, inspectorIds],
  );
  return rows.map((r) => [r.uscc, String(r.inspectorId)]);
}
