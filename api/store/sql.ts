/**
 * A tiny parameterized-SQL builder. A fragment is SQL text with `$?` placeholders and its values;
 * `compile` numbers the placeholders. Identifiers only ever come from resource definitions, and are quoted.
 */
export interface Frag {
  sql: string;
  params: unknown[];
}

export const frag = (sql: string, ...params: unknown[]): Frag => ({ sql, params });
export const TRUE: Frag = frag('TRUE');
export const FALSE: Frag = frag('FALSE');

export function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Bad SQL identifier: ${name}`);
  return `"${name}"`;
}

export function join(parts: Frag[], sep: string): Frag {
  return { sql: parts.map((p) => p.sql).join(sep), params: parts.flatMap((p) => p.params) };
}

export function and(parts: Frag[]): Frag {
  const kept = parts.filter((p) => p !== TRUE);
  if (kept.length === 0) return TRUE;
  if (kept.some((p) => p === FALSE)) return FALSE;
  return kept.length === 1 ? kept[0] : { ...join(kept.map(paren), ' AND ') };
}

export function or(parts: Frag[]): Frag {
  if (parts.length === 0) return FALSE;
  if (parts.some((p) => p === TRUE)) return TRUE;
  const kept = parts.filter((p) => p !== FALSE);
  if (kept.length === 0) return FALSE;
  return kept.length === 1 ? kept[0] : join(kept.map(paren), ' OR ');
}

export const not = (p: Frag): Frag => (p === TRUE ? FALSE : p === FALSE ? TRUE : { sql: `NOT (${p.sql})`, params: p.params });

const paren = (p: Frag): Frag => ({ sql: `(${p.sql})`, params: p.params });

/** Turns `$?` placeholders into $1, $2 … in order. */
export function compile(f: Frag): { text: string; values: unknown[] } {
  let n = 0;
  const text = f.sql.replace(/\$\?/g, () => `$${++n}`);
  if (n !== f.params.length) throw new Error(`SQL placeholder count ${n} != ${f.params.length} params`);
  return { text, values: f.params };
}
