import { subject as asSubject } from '@casl/ability';
import type { z } from 'zod';
import type { AuthContext } from '../auth/middleware.js';
import type { CompiledResource } from '../rest/router.js';
import { ident } from '../store/sql.js';
import type { Row, Store } from '../store/store.js';
import type { LibraryLookups } from '../resources/library.js';
import type { IoColumn } from './columns.js';
import { loadIoContext } from './context.js';
import type { Table } from './table.js';

/** How one library resource is imported: its file columns, the field that identifies a record, and its rules. */
export interface LibraryIo {
  resource: CompiledResource;
  /** File name (without extension) for exports. */
  title: string;
  columns: IoColumn[];
  schema: z.ZodObject;
  /** The field that matches a row to a stored record (an update) — e.g. the USCC; rows without it are new. */
  keyField: string;
  normalizeKey(value: unknown): string | null;
  check(input: never, existing: Row | undefined, lookups: LibraryLookups): { record: Record<string, unknown> } | { errors: Record<string, string> };
}

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  /** At most MAX_ERRORS of them, in file order. */
  errors: RowError[];
}

const MAX_ERRORS = 1000;
export const MAX_IMPORT_ROWS = 100_000;

/**
 * Validates every row (cells, schema, the resource's own rules, duplicates within the file, scope) and, unless
 * dryRun or any row is wrong, writes them all in one transaction. All or nothing.
 */
export async function importTable(io: LibraryIo, table: Table, store: Store, auth: AuthContext, dryRun: boolean): Promise<ImportReport> {
  const { def, spec } = io.resource;
  const errors: RowError[] = [];
  const fail = (row: number, column: string, message: string) => errors.push({ row, column, message });
  const byHeader = new Map(io.columns.map((c) => [c.header, c]));
  const exportOnly = new Set(io.columns.filter((c) => c.exportOnly).map((c) => c.header));
  const positions = new Map<IoColumn, number>();
  table.headers.forEach((h, i) => {
    const col = byHeader.get(h) ?? io.columns.find((c) => c.field === h);
    if (col && !col.exportOnly) positions.set(col, i);
    else if (h && !exportOnly.has(h)) fail(1, h, '未知的列');
  });
  const required = Object.entries(io.schema.shape)
    .filter(([, t]) => !(t as z.ZodType).safeParse(undefined).success)
    .map(([f]) => f);
  for (const field of required) {
    const col = io.columns.find((c) => c.field === field);
    if (col && !positions.has(col)) fail(1, col.header, '缺少此列');
  }
  if (table.rows.length > MAX_IMPORT_ROWS) fail(1, '', `一次最多导入 ${MAX_IMPORT_ROWS} 行`);
  if (errors.length) return report(dryRun, table.rows.length, 0, 0, 0, errors);

  const now = store.clock.now().toISOString();
  const ctx = await loadIoContext(store.db, now);
  const headerOf = (field: string) => io.columns.find((c) => c.field === field)?.header ?? field;

  // Stored records the file refers to, by key, in one query.
  const keys = new Map<string, number>();
  const inputs: { line: number; input: Record<string, unknown> }[] = [];
  for (const { line, cells } of table.rows) {
    const raw: Record<string, unknown> = {};
    let bad = false;
    for (const col of io.columns) {
      const at = positions.get(col);
      if (at === undefined || !col.fromCell) continue;
      const result = col.fromCell(cells[at] ?? '', ctx, raw);
      if ('error' in result) {
        fail(line, col.header, result.error);
        bad = true;
      } else if (result.value !== undefined) raw[col.field] = result.value;
    }
    if (bad) continue;
    const key = io.normalizeKey(raw[io.keyField]);
    if (key) {
      if (keys.has(key)) {
        fail(line, headerOf(io.keyField), `与第 ${keys.get(key)} 行重复`);
        continue;
      }
      keys.set(key, line);
    }
    inputs.push({ line, input: raw });
  }
  const existing = new Map<string, Row>();
  if (keys.size) {
    const rows = await store.db.query<Row>(`SELECT * FROM ${ident(spec.table)} WHERE ${ident(io.keyField)} = ANY($1)`, [[...keys.keys()]]);
    for (const r of rows) existing.set(String(r[io.keyField]), r);
  }

  const toCreate: Record<string, unknown>[] = [];
  const toUpdate: { id: number; version: number; record: Record<string, unknown> }[] = [];
  let unchanged = 0;
  const fields = Object.keys(spec.columns);
  const schemaFields = Object.keys(io.schema.shape);
  for (const { line, input: raw } of inputs) {
    const key = io.normalizeKey(raw[io.keyField]);
    const stored = key ? existing.get(key) : undefined;
    // An update changes what the file says and keeps what it leaves out (a column the file does not have).
    const merged = stored ? { ...Object.fromEntries(schemaFields.filter((f) => stored[f] != null).map((f) => [f, stored[f]])), ...raw } : raw;
    const parsed = io.schema.safeParse(merged);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(line, headerOf(String(issue.path[0] ?? '')), issue.message);
      continue;
    }
    const result = io.check(parsed.data as never, stored, ctx.lookups);
    if ('errors' in result) {
      for (const [field, message] of Object.entries(result.errors)) fail(line, headerOf(field), message);
      continue;
    }
    const record = result.record;
    if (stored) {
      if (!auth.ability.can('update', asSubject(def.subject, { ...stored })) || !auth.ability.can('update', asSubject(def.subject, { ...stored, ...record }))) {
        fail(line, headerOf(io.keyField), '该记录已存在，且不在您可修改的范围内');
      } else if (fields.every((f) => !(f in record) || JSON.stringify(record[f] ?? null) === JSON.stringify(stored[f] ?? null))) unchanged++;
      else toUpdate.push({ id: stored.id, version: stored.version, record });
    } else if (!auth.ability.can('create', asSubject(def.subject, { ...record }))) {
      fail(line, '', '不在您可录入的范围内');
    } else toCreate.push(record);
  }
  if (errors.length || dryRun) return report(dryRun, table.rows.length, toCreate.length, toUpdate.length, unchanged, errors);

  await store.transact(
    auth.actor,
    async (tx) => {
      await tx.insertMany(spec, toCreate);
      // With the version read at validation: a record changed meanwhile fails the whole import (409).
      for (const u of toUpdate) await tx.update(spec, u.id, u.record, u.version);
    },
    `批量导入（${table.rows.length} 行）`,
  );
  return report(false, table.rows.length, toCreate.length, toUpdate.length, unchanged, errors);
}

function report(dryRun: boolean, total: number, created: number, updated: number, unchanged: number, errors: RowError[]): ImportReport {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return { dryRun, total, created, updated, unchanged, errorCount: errors.length, errors: sorted.slice(0, MAX_ERRORS) };
}
