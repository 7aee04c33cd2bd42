/**
 * The changes this benchmark proposes for the API, built here (bench-only) so they can be measured over the same
 * HTTP path before anyone touches api/. run.ts measures each engine × size twice: first the API as it is, then a
 * second server (serve.ts with BENCH_PROPOSAL=1) on the same data with:
 *
 * 1. `ProposedStore.list` — the page first; when the first page is not full its length *is* the total, so no count
 *    is run; otherwise an exact count capped at COUNT_CAP matches, and above the cap the planner's estimate.
 *    (Proposed for api/store/store.ts `Store.list`.)
 * 2. the `qx` filter — the same substring search as `q`, but:
 *    a. `LIKE` instead of `ILIKE` when the fragment has no letter case (Chinese, digits): the same matches, and
 *       several times cheaper per row, because ILIKE lower-cases every multibyte value it looks at;
 *    b. a search field is searched only when the fragment can occur in it (uscc: `[0-9A-Za-z]` only);
 *    c. a two-character fragment, which pg_trgm cannot index, is looked up in a GIN index on the name's
 *       two-character substrings (a stored generated column, hidden from the API).
 *    (Proposed for api/rest/query.ts `parseFilter`'s `q`, with a per-resource declaration of the bigram column.)
 */
import { Store, type ListQuery, type Row, type TableSpec } from '../../api/store/store.js';
import { compile, frag, ident, or, type Frag } from '../../api/store/sql.js';
import type { ResourceDef } from '../../api/resources/types.js';
import { BENCH_TABLE, benchEntities } from './wide-resource.js';

export const COUNT_CAP = 10_000;

export class ProposedStore extends Store {
  override async list(spec: TableSpec, { where, sort, range }: ListQuery): Promise<{ rows: Row[]; total: number; bounded: boolean }> {
    const [start, end] = range;
    const dir = sort[1] === 'DESC' ? 'DESC' : 'ASC';
    const order = `${ident(sort[0])} ${dir}${sort[0] === 'id' ? '' : `, id ${dir}`}`;
    const page = compile(
      frag(`SELECT * FROM ${ident(spec.table)} WHERE ${where.sql} ORDER BY ${order} LIMIT $? OFFSET $?`, ...where.params, end - start + 1, start),
    );
    const rows = await this.db.query<Row>(page.text, page.values);
    if (rows.length > 0 && rows.length < end - start + 1) return { rows, total: start + rows.length, bounded: false };
    if (rows.length === 0 && start === 0) return { rows, total: 0, bounded: false };
    const capped = compile(
      frag(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${ident(spec.table)} WHERE ${where.sql} LIMIT $?) AS m`, ...where.params, COUNT_CAP + 1),
    );
    const [{ n }] = await this.db.query<{ n: number }>(capped.text, capped.values);
    if (n <= COUNT_CAP) return { rows, total: n, bounded: false };
    const probe = compile(frag(`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${ident(spec.table)} WHERE ${where.sql}`, ...where.params));
    const [plan] = await this.db.query<Record<string, unknown>>(probe.text, probe.values);
    const json = Object.values(plan)[0];
    const estimate = Number((typeof json === 'string' ? JSON.parse(json) : json)[0].Plan['Plan Rows']);
    return { rows, total: Math.max(n, Math.round(estimate)), bounded: false };
  }
}

export const BIGRAMS_FN = 'bench_bigrams';
export const BIGRAMS_COLUMN = 'nameBigrams';

/** The proposal's schema change (after the baseline measurements): bigram function, stored column, GIN index. */
export const PROPOSAL_SQL = [
  `CREATE FUNCTION ${BIGRAMS_FN}(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
     SELECT ARRAY(SELECT DISTINCT substr(lower(t), i, 2) FROM generate_series(1, char_length(t) - 1) AS i)
   $$`,
  `ALTER TABLE ${BENCH_TABLE} ADD COLUMN "${BIGRAMS_COLUMN}" text[] GENERATED ALWAYS AS (${BIGRAMS_FN}(name)) STORED`,
  `CREATE INDEX ${BENCH_TABLE}_name_bigrams ON ${BENCH_TABLE} USING gin ("${BIGRAMS_COLUMN}")`,
  `VACUUM (ANALYZE) ${BENCH_TABLE}`,
];

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/** The proposed `q`: see 2a–2c above. */
export function proposedSearch(value: unknown): Frag {
  const q = String(value ?? '').trim();
  const pattern = likePattern(q);
  const op = q.toLowerCase() === q.toUpperCase() ? 'LIKE' : 'ILIKE';
  // For a caseless two-character fragment the bigram test is exact (the bigrams are of lower(name), and lower()
  // leaves caseless characters alone), so it stands alone — which also gives the planner the column's own
  // statistics for its row estimate, instead of multiplying two correlated selectivities.
  const byName =
    [...q].length !== 2
      ? frag(`"name" ${op} $?`, pattern)
      : op === 'LIKE'
        ? frag(`"${BIGRAMS_COLUMN}" @> ${BIGRAMS_FN}($?)`, q)
        : frag(`("${BIGRAMS_COLUMN}" @> ${BIGRAMS_FN}($?) AND "name" ILIKE $?)`, q, pattern);
  const parts: Frag[] = [byName];
  if (/^[0-9A-Za-z]+$/.test(q)) parts.push(frag(`"uscc" ${op} $?`, pattern));
  return or(parts);
}

/** The bench resource as served by the proposal server: the bigram column hidden, `qx` as the proposed `q`. */
export const proposedBenchEntities: ResourceDef = {
  ...benchEntities,
  hidden: [BIGRAMS_COLUMN],
  customFilters: { qx: proposedSearch },
};
