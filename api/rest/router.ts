import { Router, type Request } from 'express';
import { subject as asSubject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import type { ResourceDef, WriteContext } from '../resources/types.js';
import { fieldKinds, META_FIELDS, type FieldKind } from '../store/fields.js';
import { COUNT_STEP, SEARCH_COUNT_STEP, StaleVersionError, type Row, type Store, type TableSpec } from '../store/store.js';
import { and } from '../store/sql.js';
import { rulesToSql } from '../permissions/sql.js';
import type { AppAbility } from '../permissions/rules.js';
import { conflict, forbidden, HttpError, notFound, zodToHttp } from './errors.js';
import { parseFilter, parseRange, parseSort, MAX_PAGE } from './query.js';
import { requireAuth, type AuthedRequest } from '../auth/middleware.js';

/** What a compiled resource exposes to custom actions and other resources. */
export interface CompiledResource {
  def: ResourceDef;
  spec: TableSpec;
  kinds: Record<string, FieldKind>;
  present(row: Row): Record<string, unknown>;
}

export function compileResource(def: ResourceDef): CompiledResource {
  const columns = { ...fieldKinds(def.schema), ...(def.computed ? fieldKinds(def.computed) : {}) };
  for (const h of def.hidden ?? []) if (!def.derived?.includes(h)) columns[h] ??= 'text';
  const kinds = { ...(def.bookkeeping === false ? { id: META_FIELDS.id } : META_FIELDS), ...columns };
  for (const h of def.hidden ?? []) delete kinds[h];
  const hidden = new Set(def.hidden ?? []);
  return {
    def,
    spec: {
      table: def.table ?? def.name,
      resource: def.name,
      columns,
      secret: def.secret,
      derived: def.derived,
      sortKeys: def.sortKeys,
      ...(def.unread ? { select: [...Object.keys(kinds), ...(def.hidden ?? [])].filter((c) => !def.unread!.includes(c)) } : {}),
    },
    kinds,
    present(row) {
      return Object.fromEntries(Object.entries(def.present ? def.present(row) : row).filter(([k]) => !hidden.has(k)));
    },
  };
}

const META_KEYS = new Set(Object.keys(META_FIELDS));

function parseId(raw: string): number {
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(id) || id < 1) throw notFound();
  return id;
}

const auditReason = (req: Request) => {
  const raw = req.get('X-Audit-Reason');
  if (!raw) return null;
  try {
    return decodeURIComponent(raw).slice(0, 500);
  } catch {
    throw new HttpError(400, 'X-Audit-Reason 应为 URL 编码的文字', 'invalid');
  }
};

/** Separates bookkeeping fields (sent back by react-admin on update) from the data, keeping the expected version. */
function splitBody(body: unknown, readOnly: ReadonlySet<string>, id?: number): { data: Record<string, unknown>; version?: number } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, '请求体应为 JSON 对象', 'invalid');
  const data: Record<string, unknown> = {};
  let version: number | undefined;
  for (const [k, v] of Object.entries(body)) {
    if (k === 'version') {
      if (v !== undefined && v !== null && !Number.isInteger(v)) throw new HttpError(400, 'version 应为整数', 'invalid', { version: '应为整数' });
      version = (v as number | null) ?? undefined;
    } else if (k === 'id') {
      if (id !== undefined && v !== id && String(v) !== String(id)) throw new HttpError(400, 'id 与地址不符', 'invalid', { id: '与地址不符' });
    } else if (!META_KEYS.has(k) && !readOnly.has(k)) data[k] = v;
  }
  return { data, version };
}

/** The generic ra-data-simple-rest router for one resource. */
export function resourceRouter(res: CompiledResource, store: Store): Router {
  const { def, spec, kinds } = res;
  const router = Router();
  const inputSchema = def.inputOnly ? def.schema.extend(def.inputOnly.shape).strict() : def.schema.strict();
  const partialSchema = inputSchema.partial();
  const allFields = Object.keys(inputSchema.shape);
  const computedFields = new Set(Object.keys(def.computed?.shape ?? {}));
  const fieldsFrom = (rule: { fields?: string[] }) => rule.fields ?? allFields;
  const of = (row: object) => asSubject(def.subject, { ...row });
  router.use(requireAuth);

  router.get('/', async (req: AuthedRequest, resp) => {
    const { ability } = req.auth!;
    if (!ability.can('read', def.subject)) throw forbidden();
    const { where, ids, searched } = parseFilter(req.query.filter, {
      kinds,
      search: def.search ?? [],
      searchWhen: def.searchWhen,
      searchBigrams: def.searchBigrams,
      custom: def.customFilters,
    });
    const sort = parseSort(req.query.sort, kinds, def.defaultSort ?? ['id', 'ASC']);
    const range = parseRange(req.query.range, ids ? [0, Math.min(Math.max(ids.length, 1), MAX_PAGE) - 1] : undefined);
    const scope = rulesToSql(ability, 'read', def.subject, kinds);
    const countStep = searched ? SEARCH_COUNT_STEP : COUNT_STEP;
    const { rows, total, bounded } = await store.list(spec, { where: and([scope, where]), sort, range }, { countStep });
    const end = rows.length ? range[0] + rows.length - 1 : range[0];
    resp.set('Content-Range', `${def.name} ${range[0]}-${end}/${total}`);
    // Past the count limit the total is a lower bound ("at least"): said, never left to look exact.
    if (bounded) resp.set('X-Total-Lower-Bound', 'true');
    resp.json(rows.map(res.present));
  });

  router.get('/:id', async (req: AuthedRequest, resp) => {
    const { ability } = req.auth!;
    const row = await store.get(spec, parseId(req.params.id as string), rulesToSql(ability, 'read', def.subject, kinds));
    if (!row) throw notFound();
    resp.json(res.present(row));
  });

  if (def.readOnly) return router;

  const checkFields = (ability: AppAbility, action: 'create' | 'update', target: object, changed: string[]) => {
    const permitted = new Set(permittedFieldsOf(ability, action, of(target), { fieldsFrom }));
    const refused = changed.filter((f) => !permitted.has(f));
    if (refused.length)
      throw new HttpError(403, `无权修改字段：${refused.join('、')}`, 'forbidden_fields', Object.fromEntries(refused.map((f) => [f, '无权修改'])));
  };

  router.post('/', async (req: AuthedRequest, resp) => {
    const { ability, principal, actor } = req.auth!;
    if (!ability.can('create', def.subject)) throw forbidden();
    const { data } = splitBody(req.body, computedFields);
    const parsed = inputSchema.safeParse(data);
    if (!parsed.success) throw zodToHttp(parsed.error);
    const created = await store.transact(
      actor,
      async (tx) => {
        const ctx: WriteContext = { tx, principal };
        const record = def.prepare ? await def.prepare(parsed.data, ctx) : parsed.data;
        if (!ability.can('create', of(record))) throw forbidden('无权在此范围内新建记录');
        checkFields(ability, 'create', record, Object.keys(parsed.data));
        const row = await tx.insert(spec, record);
        await def.afterWrite?.(undefined, row, ctx);
        return row;
      },
      auditReason(req),
    );
    resp.status(201).json(res.present(created));
  });

  router.put('/:id', async (req: AuthedRequest, resp) => {
    const { ability, principal, actor } = req.auth!;
    const id = parseId(req.params.id as string);
    const { data, version } = splitBody(req.body, computedFields, id);
    for (const h of def.hidden ?? []) if (h in data) throw new HttpError(400, `未知字段：${h}`, 'invalid', { [h]: '未知字段' });
    const parsedPatch = partialSchema.safeParse(data);
    if (!parsedPatch.success) throw zodToHttp(parsedPatch.error);
    const updated = await store
      .transact(
        actor,
        async (tx) => {
          const existing = await tx.get(spec, id, true);
          if (!existing || !ability.can('read', of(existing))) throw notFound();
          if (!ability.can('update', of(existing))) throw forbidden();
          if (version !== undefined && version !== existing.version) throw conflict('记录已被他人修改，请刷新后重试', 'stale_version');
          const changed = Object.keys(parsedPatch.data).filter(
            (k) => JSON.stringify(parsedPatch.data[k]) !== JSON.stringify(existing[k] ?? null) || !(k in kinds),
          );
          const ctx: WriteContext = { tx, principal, existing };
          checkFields(ability, 'update', existing, changed);
          const current = Object.fromEntries(Object.keys(def.schema.shape).map((k) => [k, existing[k] ?? undefined]));
          const merged = inputSchema.safeParse({ ...stripNulls(current), ...data });
          if (!merged.success) throw zodToHttp(merged.error);
          const record = def.prepare ? await def.prepare(merged.data, ctx) : merged.data;
          if (!ability.can('update', of({ ...existing, ...record }))) throw forbidden('无权把记录移出您的范围');
          const row = await tx.update(spec, id, record, version);
          await def.afterWrite?.(existing, row, ctx);
          return row!;
        },
        auditReason(req),
      )
      .catch((err) => {
        if (err instanceof StaleVersionError) throw conflict('记录已被他人修改，请刷新后重试', 'stale_version');
        throw err;
      });
    resp.json(res.present(updated));
  });

  router.delete('/:id', async (req: AuthedRequest, resp) => {
    const { ability, principal, actor } = req.auth!;
    const id = parseId(req.params.id as string);
    const deleted = await store.transact(
      actor,
      async (tx) => {
        const existing = await tx.get(spec, id, true);
        if (!existing || !ability.can('read', of(existing))) throw notFound();
        if (!ability.can('delete', of(existing))) throw forbidden();
        await def.beforeDelete?.(existing, { tx, principal, existing });
        const row = await tx.remove(spec, id);
        await def.afterWrite?.(existing, undefined, { tx, principal, existing });
        return row!;
      },
      auditReason(req),
    );
    resp.json(res.present(deleted));
  });

  return router;
}

/** Nulls from the database become "absent" so optional fields validate as they were entered. */
const stripNulls = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
