import type { AnyAbility } from '@casl/ability';
import { rulesToAST } from '@casl/ability/extra';
import type { Condition } from '@ucast/mongo2js';
import { and, FALSE, frag, ident, not, or, TRUE, type Frag } from '../store/sql.js';

const COMPARE: Record<string, string> = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' };

/**
 * Turns the rules for (action, subject) into a parameterized WHERE clause, so that lists are filtered,
 * counted and paged by the database. `fields` is the set of columns a condition may name.
 */
export function rulesToSql(ability: AnyAbility, action: string, subject: string, fields: ReadonlySet<string>): Frag {
  const ast = rulesToAST(ability, action, subject) as Condition | null;
  return ast ? astToSql(ast, fields) : FALSE;
}

export function astToSql(node: Condition, fields: ReadonlySet<string>): Frag {
  const { operator } = node;
  if (operator === 'and' || operator === 'or' || operator === 'not') {
    const parts = (node.value as Condition[]).map((c) => astToSql(c, fields));
    if (operator === 'and') return and(parts);
    if (operator === 'or') return or(parts);
    return not(and(parts));
  }
  const { field, value } = node as Condition & { field: string };
  if (!fields.has(field)) throw new Error(`Permission condition on unknown field ${field}`);
  const col = ident(field);
  if (operator in COMPARE) {
    if (value === null) return frag(operator === 'ne' ? `${col} IS NOT NULL` : `${col} IS NULL`);
    return operator === 'ne' ? frag(`${col} IS DISTINCT FROM $?`, value) : frag(`${col} ${COMPARE[operator]} $?`, value);
  }
  if (operator === 'in') return (value as unknown[]).length ? frag(`${col} = ANY($?)`, value) : FALSE;
  if (operator === 'nin') return (value as unknown[]).length ? frag(`NOT (${col} = ANY($?))`, value) : TRUE;
  throw new Error(`Unsupported permission operator ${operator}`);
}
