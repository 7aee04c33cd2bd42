import type { z } from 'zod';

/** What a column holds, read off the resource's zod schema; decides how filters parse and compare values. */
export type FieldKind = 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'text[]' | 'integer[]' | 'json';

export const META_FIELDS: Record<string, FieldKind> = {
  id: 'integer',
  version: 'integer',
  createdAt: 'datetime',
  updatedAt: 'datetime',
  createdBy: 'integer',
  updatedBy: 'integer',
};

interface ZodDefLike {
  type: string;
  format?: string;
  innerType?: { _zod: { def: ZodDefLike } };
  element?: { _zod: { def: ZodDefLike } };
  in?: { _zod: { def: ZodDefLike } };
}

function kindOf(def: ZodDefLike): FieldKind {
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return kindOf(def.innerType!._zod.def);
    case 'pipe':
      return kindOf(def.in!._zod.def);
    case 'string':
      return def.format === 'date' ? 'date' : def.format === 'datetime' ? 'datetime' : 'text';
    case 'enum':
    case 'literal':
      return 'text';
    case 'number':
      return def.format && /int/.test(def.format) ? 'integer' : 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const el = kindOf(def.element!._zod.def);
      return el === 'integer' ? 'integer[]' : el === 'text' ? 'text[]' : 'json';
    }
    default:
      return 'json';
  }
}

export function fieldKinds(schema: z.ZodObject): Record<string, FieldKind> {
  return Object.fromEntries(Object.entries(schema.shape).map(([name, type]) => [name, kindOf((type as unknown as { _zod: { def: ZodDefLike } })._zod.def)]));
}
