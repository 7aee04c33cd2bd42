import type { Db, Queryable } from './db.js';
import { and, compile, frag, ident, TRUE, type Frag } from './sql.js';
import type { FieldKind } from './fields.js';
import { appendAudit, appendAuditBatch } from '../audit/log.js';

export type Row = Record<string, unknown> & { id: number; version: number };

/** The table behind a resource: its name and its own (non-meta) columns. */
export interface TableSpec {
  table: string;
  /** Audit's name for the resource (the URL name). */
  resource: string;
  columns: Record<string, FieldKind>;
  /** Columns whose values never enter the audit log (only the fact that they changed). */
  secret?: string[];
  /** Columns the database derives (generated search columns): neither written nor audited. */
  derived?: string[];
  /** A field sorted by another column (its stored sort key), in byte order (COLLATE "C"). */
  sortKeys?: Record<string, string>;
  /** The columns lists and reads select, when not all of them (see ResourceDef.unread). */
  select?: string[];
}

const selected = (spec: TableSpec) => (spec.select ? spec.select.map(ident).join(', ') : '*');

const redact = (spec: TableSpec, row: Row | null): Row | null => {
  if (!row || (!spec.secret?.length && !spec.derived?.length)) return row;
  const out: Row = { ...row, ...Object.fromEntries((spec.secret ?? []).map((c) => [c, '[redacted]'])) };
  for (const c of spec.derived ?? []) delete out[c];
  return out;
};

export interface Actor {
  id: number | null;
  name: string;
  unitId: number | null;
}

export interface ListQuery {
  where: Frag;
  sort: [string, 'ASC' | 'DESC'];
  range: [number, number];
}

/**
 * The lock a transaction takes on a record before it reads the state it decides on (a version, a status): a second
 * transaction on the same record waits at this read until the first commits, then reads the committed row (READ
 * COMMITTED re-reads a locked row), so exactly one of two racing decisions is made. NO KEY UPDATE, not UPDATE: it
 * still excludes every other writer of the row but not the KEY SHARE locks foreign-key checks take, so inserting a
 * row that references a record (an assignment naming an entity) does not wait on an edit of that record.
 */
export const ROW_LOCK = 'FOR NO KEY UPDATE';

export class StaleVersionError extends Error {
  constructor(readonly current: Row) {
    super('stale version');
  }
}

const encode = (kind: FieldKind, value: unknown) => (kind === 'json' && value != null ? JSON.stringify(value) : value);

/**
 * Writes inside one transaction. Every insert, update and delete appends its audit entry in that same
 * transaction, so a change and its record in the log commit together or not at all.
 */
export class Tx {
  constructor(
    readonly q: Queryable,
    readonly actor: Actor,
    readonly now: string,
    /** Written into every audit entry of this transaction; an action may set it from its input. */
    public reason: string | null,
  ) {}

  query<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.q.query<T>(sql, params);
  }

  /** Reads a record; `forUpdate` locks it for this transaction (see ROW_LOCK). */
  async get(spec: TableSpec, id: number, forUpdate = false): Promise<Row | undefined> {
    const [row] = await this.q.query<Row>(`SELECT * FROM ${ident(spec.table)} WHERE id = $1${forUpdate ? ` ${ROW_LOCK}` : ''}`, [id]);
    return row;
  }

  async insert(spec: TableSpec, data: Record<string, unknown>): Promise<Row> {
    const cols = Object.keys(data).filter((k) => k in spec.columns || k === 'id');
    const values = cols.map((c) => encode(spec.columns[c], data[c]));
    const meta = [this.now, this.now, this.actor.id, this.actor.id];
    const sql = `INSERT INTO ${ident(spec.table)} (${[...cols, 'createdAt', 'updatedAt', 'createdBy', 'updatedBy'].map(ident).join(', ')})
      VALUES (${[...values, ...meta].map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`;
    const [row] = await this.q.query<Row>(sql, [...values, ...meta]);
    await this.audit('create', spec.resource, row.id, null, redact(spec, row));
    return row;
  }

  /** Inserts many records with multi-row statements, and their audit entries in one batch. */
  async insertMany(spec: TableSpec, records: Record<string, unknown>[]): Promise<Row[]> {
    if (!records.length) return [];
    const cols = Object.keys(spec.columns).filter((c) => records.some((r) => c in r));
    const all = [...cols, 'createdAt', 'updatedAt', 'createdBy', 'updatedBy'];
    const perChunk = Math.max(1, Math.floor(30_000 / all.length));
    const out: Row[] = [];
    for (let i = 0; i < records.length; i += perChunk) {
      const chunk = records.slice(i, i + perChunk);
      const params = chunk.flatMap((r) => [...cols.map((c) => encode(spec.columns[c], r[c] ?? null)), this.now, this.now, this.actor.id, this.actor.id]);
      const values = chunk.map((_, j) => `(${all.map((_, k) => `$${j * all.length + k + 1}`).join(', ')})`).join(', ');
      out.push(...(await this.q.query<Row>(`INSERT INTO ${ident(spec.table)} (${all.map(ident).join(', ')}) VALUES ${values} RETURNING *`, params)));
    }
    await appendAuditBatch(
      this.q,
      out.map((row) => this.entry('create', spec.resource, row.id, null, redact(spec, row))),
    );
    return out;
  }

  /** Updates the given columns; with expectedVersion, a record changed meanwhile is a StaleVersionError. */
  async update(spec: TableSpec, id: number, patch: Record<string, unknown>, expectedVersion?: number): Promise<Row | undefined> {
    const before = await this.get(spec, id, true);
    if (!before) return undefined;
    if (expectedVersion !== undefined && expectedVersion !== before.version) throw new StaleVersionError(before);
    const cols = Object.keys(patch).filter((k) => k in spec.columns);
    const sets = cols.map((c, i) => `${ident(c)} = $${i + 1}`);
    const params = [...cols.map((c) => encode(spec.columns[c], patch[c])), this.now, this.actor.id, id];
    const n = cols.length;
    const [row] = await this.q.query<Row>(
      `UPDATE ${ident(spec.table)} SET ${[...sets, `version = version + 1`, `"updatedAt" = $${n + 1}`, `"updatedBy" = $${n + 2}`].join(', ')}
       WHERE id = $${n + 3} RETURNING *`,
      params,
    );
    await this.audit('update', spec.resource, id, redact(spec, before), redact(spec, row));
    return row;
  }

  async remove(spec: TableSpec, id: number): Promise<Row | undefined> {
    const [row] = await this.q.query<Row>(`DELETE FROM ${ident(spec.table)} WHERE id = $1 RETURNING *`, [id]);
    if (row) await this.audit('delete', spec.resource, id, redact(spec, row), null);
    return row;
  }

  /** Records an action that is not a plain row change (login, password change, a draw …). */
  audit(action: string, resource: string, recordId: number | string | null, before: unknown, after: unknown) {
    return appendAudit(this.q, this.entry(action, resource, recordId, before, after));
  }

  private entry(action: string, resource: string, recordId: number | string | null, before: unknown, after: unknown) {
    return {
      at: this.now,
      actorId: this.actor.id,
      actorName: this.actor.name,
      unitId: this.actor.unitId,
      action,
      resource,
      recordId: recordId == null ? null : String(recordId),
      reason: this.reason,
      before,
      after,
    };
  }
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Lists count exactly up to the next multiple of this beyond the page asked for (see Store.list). */
export const COUNT_STEP = 10_000;
/**
 * A search (`q`) counts in steps of 1,000: its matches are scattered over the whole table, so counting 10,000 of a
 * common fragment reads most of a 500,000-row table (≈ 100 ms on PGlite), counting 1,000 a tenth of it — and past the
 * first thousand matches of a fragment a user refines it rather than reads on.
 */
export const SEARCH_COUNT_STEP = 1_000;

/** The count limit for a page ending at row `end` (0-based): the next multiple of `step` past it. */
export const countLimit = (end: number, step = COUNT_STEP) => (Math.floor((end + 1) / step) + 1) * step;

/** The generic store: reads with database-side filtering, counting and paging; writes through Tx. */
export class Store {
  constructor(
    readonly db: Db,
    readonly clock: Clock = systemClock,
  ) {}

  /**
   * A page of rows and the number of rows matching. The count stops a step (COUNT_STEP, or SEARCH_COUNT_STEP for a
   * search) beyond the page (exact counts of tens of thousands of matches cost most of a list's time): past it,
   * `total` is a lower bound and `bounded` says so — a list may then show "10,000+", and paging towards the end
   * counts further.
   */
  async list(
    spec: TableSpec,
    { where, sort, range }: ListQuery,
    { count = true, countStep = COUNT_STEP } = {},
  ): Promise<{ rows: Row[]; total: number; bounded: boolean }> {
    const [start, end] = range;
    const dir = sort[1] === 'DESC' ? 'DESC' : 'ASC';
    const key = spec.sortKeys?.[sort[0]];
    const order = `${key ? `${ident(key)} COLLATE "C"` : ident(sort[0])} ${dir}${sort[0] === 'id' ? '' : `, id ${dir}`}`;
    const page = compile(
      frag(
        `SELECT ${selected(spec)} FROM ${ident(spec.table)} WHERE ${where.sql} ORDER BY ${order} LIMIT $? OFFSET $?`,
        ...where.params,
        end - start + 1,
        start,
      ),
    );
    if (!count) return { rows: await this.db.query<Row>(page.text, page.values), total: -1, bounded: false };
    const limit = countLimit(end, countStep);
    const countSql = compile(
      frag(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${ident(spec.table)} WHERE ${where.sql} LIMIT $?) matched`, ...where.params, limit + 1),
    );
    const [rows, [{ n }]] = await Promise.all([this.db.query<Row>(page.text, page.values), this.db.query<{ n: number }>(countSql.text, countSql.values)]);
    return n > limit ? { rows, total: limit, bounded: true } : { rows, total: n, bounded: false };
  }

  async get(spec: TableSpec, id: number, where: Frag = TRUE): Promise<Row | undefined> {
    const q = compile(and([frag('id = $?', id), where]));
    const [row] = await this.db.query<Row>(`SELECT ${selected(spec)} FROM ${ident(spec.table)} WHERE ${q.text}`, q.values);
    return row;
  }

  /** Runs fn in one transaction as `actor`; `reason` is written into every audit entry it makes. */
  transact<T>(actor: Actor, fn: (tx: Tx) => Promise<T>, reason: string | null = null): Promise<T> {
    const now = this.clock.now().toISOString();
    return this.db.transaction((q) => fn(new Tx(q, actor, now, reason)));
  }
}
