import type { z } from 'zod';
import type { Frag } from '../store/sql.js';
import type { Row, Tx } from '../store/store.js';
import type { Subject } from '../permissions/rules.js';
import type { Principal } from '../permissions/roles.js';

export interface WriteContext {
  tx: Tx;
  /** The signed-in user: what the rules know, and the person's name for records people read. */
  principal: Principal & { name: string };
  /** The stored record for an update or delete; undefined on create. */
  existing?: Row;
}

/**
 * One resource, declared: its zod schema (the single source of its type and its columns), its CASL subject,
 * what `q` searches, and hooks for the rules that are its own. The generic router does the rest.
 */
export interface ResourceDef<
  S extends z.ZodObject = z.ZodObject,
  C extends z.ZodObject = z.ZodObject,
  H extends string = string,
  P extends Record<string, unknown> = Record<string, unknown>,
  B extends false | undefined = false | undefined,
> {
  /** The URL segment (/api/<name>); also the table unless `table` says otherwise. */
  name: string;
  table?: string;
  subject: Exclude<Subject, 'all'>;
  /** Stored, writable fields. */
  schema: S;
  /** Fields accepted on input but never stored as such (e.g. a password turned into a hash by `prepare`). */
  inputOnly?: z.ZodObject;
  /** Stored fields the server computes (e.g. a lateness flag): sent out and filterable, never taken from input. */
  computed?: C;
  /** Columns never sent to clients. */
  hidden?: readonly H[];
  /** Hidden columns whose values the audit log records only as changed (password hashes). */
  secret?: string[];
  /** Hidden columns the database generates (search helpers): never written, never audited. */
  derived?: string[];
  /** Fields sorted by a stored key instead of their own value (a name by its pinyin key), compared byte by byte. */
  sortKeys?: Record<string, string>;
  /** Columns the generic layer never reads (large values served by a resource's own routes, e.g. a draw's pool text). */
  unread?: string[];
  /** Fields `q` searches (substring, case-insensitive where the text has case). */
  search?: string[];
  /** A search field is skipped when `q` cannot occur in it (e.g. Chinese text in a USCC). */
  searchWhen?: Record<string, RegExp>;
  /** A search field with a generated column of its character pairs (`bigrams()`): two-character `q` uses its index. */
  searchBigrams?: Record<string, string>;
  defaultSort?: [string, 'ASC' | 'DESC'];
  readOnly?: boolean;
  /** false for tables without the version/createdAt/… columns (the audit log). */
  bookkeeping?: B;
  customFilters?: Record<string, (value: unknown) => Frag>;
  /** Turns validated input into the columns to store; throw HttpError for rules across fields or records. */
  prepare?(input: Record<string, unknown>, ctx: WriteContext): Promise<Record<string, unknown>>;
  /** Runs in a delete's transaction before it; throw HttpError to refuse. */
  beforeDelete?(existing: Row, ctx: WriteContext): Promise<void>;
  /** Runs in the write's transaction after it. */
  afterWrite?(before: Row | undefined, after: Row | undefined, ctx: WriteContext): Promise<void>;
  /** Shapes a stored row for output (hidden columns are removed after it). */
  present?(row: Row): P;
}

export const defineResource = <
  S extends z.ZodObject,
  C extends z.ZodObject = z.ZodObject<Record<never, never>>,
  H extends string = never,
  P extends Record<string, unknown> = Record<never, never>,
  B extends false | undefined = undefined,
>(
  def: ResourceDef<S, C, H, P, B>,
): ResourceDef<S, C, H, P, B> => def;

/** The columns the store keeps on every record of a resource with bookkeeping (see the migrations). */
export interface Bookkeeping {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: number | null;
  updatedBy: number | null;
}

/** The named keys of a type, without its index signature (a presented row spreads the stored one, a Row). */
type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/**
 * A record of a resource as the API sends it: its stored fields, the computed ones and what `present` adds,
 * without the hidden columns, plus the bookkeeping. The admin imports these (`import type`) instead of restating them.
 */
export type RecordOf<R> =
  R extends ResourceDef<infer S, infer C, infer H, infer P>
    ? Omit<Known<z.output<S>> & Known<z.output<C>>, H | keyof Known<P>> &
        Omit<Known<P>, keyof Bookkeeping> &
        (R extends { bookkeeping?: undefined } ? Bookkeeping : { id: number })
    : never;
