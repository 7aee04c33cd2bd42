import type { AnyAbility } from '@casl/ability';
import { rulesToAST } from '@casl/ability/extra';
import type { Condition } from '@ucast/mongo2js';
import { and, FALSE, frag, ident, not, or, TRUE, type Frag } from '../store/sql.js';
import type { FieldKind } from '../store/fields.js';

/** The columns a condition may name: a set of names, or names with kinds (array columns compare by membership). */
export type ConditionFields = ReadonlySet<string> | Readonly<Record<string, FieldKind>>;
const has = (fields: ConditionFields, f: string) => (fields instanceof Set ? fields.has(f) : Object.hasOwn(fields, f));
const isArray = (fields: ConditionFields, f: string) => !(fields instanceof Set) && (fields as Record<string, FieldKind>)[f].endsWith('[]');

const COMPARE: Record<string, string> = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' };

/**
 * Turns the rules for (action, subject) into a parameterized WHERE clause, so that lists are filtered,
 * counted and paged by the database. `fields` is the set of columns a condition may name.
 */
export function rulesToSql(ability: AnyAbility, action: string, subject: string, fields: ConditionFields): Frag {
  const ast = rulesToAST(ability, action, subject) as Condition | null;
  return ast ? astToSql(ast, fields) : FALSE;
}

export function astToSql(node: Condition, fields: ConditionFields): Frag {
  const { operator } = node;
  if (operator === 'and' || operator === 'or' || operator === 'not') {
    const parts = (node.value as Condition[]).map((c) => astToSql(c, fields));
    if (operator === 'and') return and(parts);
    if (operator === 'or') return or(parts);
    return not(and(parts));
  }
  const { field, value } = node as Condition & { field: string };
  if (!has(fields, field)) throw new Error(`Permission condition on unknown field ${field}`);
  const col = ident(field);
  // Like MongoDB (and CASL in the browser), equality on an array field means "contains".
  if (isArray(fields, field) && operator === 'eq' && value !== null && !Array.isArray(value)) return frag(`$? = ANY(${col})`, value);
  if (operator in COMPARE) {
    if (value === null) return frag(operator === 'ne' ? `${col} IS NOT NULL` : `${col} IS NULL`);
    return operator === 'ne' ? frag(`${col} IS DISTINCT FROM $?`, value) : frag(`${col} ${COMPARE[operator]} $?`, value);
  }
  if (operator === 'in') return (value as unknown[]).length ? frag(`${col} = ANY($?)`, value) : FALSE;
  if (operator === 'nin') return (value as unknown[]).length ? frag(`NOT (${col} = ANY($?))`, value) : TRUE;
  throw new Error(`Unsupported permission operator ${operator}`);
}
