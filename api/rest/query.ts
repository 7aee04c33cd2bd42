import { and, FALSE, frag, ident, or, type Frag } from '../store/sql.js';
import type { FieldKind } from '../store/fields.js';
import { badRequest, invalidField } from './errors.js';

/** The largest page a list answers (ra-data-simple-rest `range`). */
export const MAX_PAGE = 100;

const SUFFIXES = { gte: '>=', lte: '<=', gt: '>', lt: '<', neq: '<>' } as const;

function parseJsonParam(name: string, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw badRequest(`参数 ${name} 只能出现一次`);
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(`参数 ${name} 不是合法的 JSON`);
  }
}

export function parseSort(raw: unknown, kinds: Record<string, FieldKind>, fallback: [string, 'ASC' | 'DESC']): [string, 'ASC' | 'DESC'] {
  const sort = parseJsonParam('sort', raw);
  if (sort === undefined) return fallback;
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string' || !['ASC', 'DESC'].includes(sort[1])) {
    throw badRequest('参数 sort 应为 ["字段","ASC"|"DESC"]');
  }
  if (!Object.hasOwn(kinds, sort[0]) || kinds[sort[0]] === 'json') throw badRequest(`不能按字段 ${sort[0]} 排序`, { sort: sort[0] });
  return [sort[0], sort[1]];
}

export function parseRange(raw: unknown, fallback: [number, number] = [0, 24]): [number, number] {
  const range = parseJsonParam('range', raw);
  if (range === undefined) return fallback;
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n) && n >= 0) || range[1] < range[0]) {
    throw badRequest('参数 range 应为 [起, 止]（非负整数）');
  }
  if (range[1] - range[0] + 1 > MAX_PAGE) throw badRequest(`每页最多 ${MAX_PAGE} 条`);
  return [range[0], range[1]];
}

function coerce(field: string, kind: FieldKind, value: unknown): unknown {
  const bad = () => invalidField(field, '筛选值不合法');
  switch (kind) {
    case 'integer':
    case 'integer[]': {
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
      if (!Number.isSafeInteger(n)) throw bad();
      return n;
    }
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw bad();
      return n;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw bad();
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw bad();
      return value;
    case 'datetime':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw bad();
      return new Date(value).toISOString();
    case 'text':
    case 'text[]':
      if (typeof value !== 'string' && typeof value !== 'number') throw bad();
      return String(value);
    default:
      throw invalidField(field, '该字段不能用于筛选');
  }
}

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

export interface FilterOptions {
  kinds: Record<string, FieldKind>;
  search: string[];
  searchWhen?: Record<string, RegExp>;
  searchBigrams?: Record<string, string>;
  /** Filters the resource computes itself (e.g. a flag derived from several columns). */
  custom?: Record<string, (value: unknown) => Frag>;
}

/**
 * Parses ra-data-simple-rest's `filter` into SQL: `field: v` (array = any of), `field_gte/_lte/_gt/_lt/_neq`,
 * `q` (case-insensitive substring over the searchable fields). Unknown fields are refused, not ignored.
 */
/**
 * `q`: a literal substring. Text without letter case (Chinese, digits) compares with LIKE, which matches the same rows
 * as ILIKE at a fraction of the cost; a two-character fragment — the usual Chinese query, too short for trigrams —
 * uses the field's bigram column where it has one; fields the fragment cannot occur in are skipped.
 */
function searchFrag(text: string, search: string[], when: Record<string, RegExp> = {}, bigrams: Record<string, string> = {}): Frag {
  const caseless = text.toLowerCase() === text.toUpperCase();
  const pattern = likePattern(text);
  const parts = search
    .filter((f) => !when[f] || when[f].test(text))
    .map((f) => {
      if (bigrams[f] && [...text].length === 2) {
        const pair = frag(`${ident(bigrams[f])} @> bigrams($?)`, text);
        return caseless ? pair : and([pair, frag(`${ident(f)} ILIKE $?`, pattern)]);
      }
      return frag(`${ident(f)} ${caseless ? 'LIKE' : 'ILIKE'} $?`, pattern);
    });
  return or(parts);
}

/** `searched`: the filter has a `q` (its list counts in SEARCH_COUNT_STEP). */
export function parseFilter(
  raw: unknown,
  { kinds, search, searchWhen, searchBigrams, custom = {} }: FilterOptions,
): { where: Frag; ids?: unknown[]; searched: boolean } {
  const filter = parseJsonParam('filter', raw) ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw badRequest('参数 filter 应为对象');
  const parts: Frag[] = [];
  let ids: unknown[] | undefined;
  let searched = false;
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '') continue;
    if (key === 'q') {
      if (typeof value !== 'string') throw invalidField('q', '应为文字');
      if (!search.length) throw invalidField('q', '此资源不支持全文搜索');
      parts.push(searchFrag(value.trim(), search, searchWhen, searchBigrams));
      searched = true;
      continue;
    }
    if (Object.hasOwn(custom, key)) {
      parts.push(custom[key](value));
      continue;
    }
    const suffix = key.match(/^(.+)_(gte|lte|gt|lt|neq)$/);
    if (suffix && Object.hasOwn(kinds, suffix[1])) {
      const [, field, op] = suffix;
      const kind = kinds[field];
      if (kind.endsWith('[]')) throw invalidField(key, '该字段不支持比较');
      parts.push(
        op === 'neq'
          ? frag(`${ident(field)} IS DISTINCT FROM $?`, coerce(key, kind, value))
          : frag(`${ident(field)} ${SUFFIXES[op as keyof typeof SUFFIXES]} $?`, coerce(key, kind, value)),
      );
      continue;
    }
    if (!Object.hasOwn(kinds, key)) throw invalidField(key, '未知的筛选字段');
    const kind = kinds[key];
    const col = ident(key);
    if (value === null) {
      parts.push(frag(`${col} IS NULL`));
    } else if (Array.isArray(value)) {
      if (value.length > 1000) throw invalidField(key, '最多 1000 个值');
      const values = value.map((v) => coerce(key, kind, v));
      if (key === 'id') ids = values;
      parts.push(values.length === 0 ? FALSE : kind.endsWith('[]') ? frag(`${col} && $?`, values) : frag(`${col} = ANY($?)`, values));
    } else {
      parts.push(kind.endsWith('[]') ? frag(`$? = ANY(${col})`, coerce(key, kind, value)) : frag(`${col} = $?`, coerce(key, kind, value)));
    }
  }
  return { where: and(parts), ids, searched };
}
