import express, { Router } from 'express';
import { ForbiddenError } from '@casl/ability';
import type { Store } from '../store/store.js';
import type { CompiledResource } from '../rest/router.js';
import { and } from '../store/sql.js';
import { rulesToSql } from '../permissions/sql.js';
import { parseFilter, parseSort } from '../rest/query.js';
import { badRequest } from '../rest/errors.js';
import { requireAuth, type AuthedRequest } from '../auth/middleware.js';
import { checkEntity, entitySchema } from '../resources/entities.js';
import { checkInspector, inspectorSchema } from '../resources/inspectors.js';
import { ENTITY_COLUMNS, INSPECTOR_COLUMNS } from '../io/columns.js';
import { importTable, type LibraryIo } from '../io/import.js';
import { exportTable } from '../io/export.js';
import { readTable, XLSX_TYPE } from '../io/table.js';

export function libraryIos(compiled: Map<string, CompiledResource>): LibraryIo[] {
  return [
    {
      resource: compiled.get('entities')!,
      title: '检查对象名录',
      columns: ENTITY_COLUMNS,
      schema: entitySchema,
      keyField: 'uscc',
      normalizeKey: (v) => (typeof v === 'string' && v.trim() ? v.trim().toUpperCase() : null),
      check: checkEntity as LibraryIo['check'],
    },
    {
      resource: compiled.get('inspectors')!,
      title: '执法人员名录',
      columns: INSPECTOR_COLUMNS,
      schema: inspectorSchema,
      keyField: 'certificateNo',
      normalizeKey: (v) => (typeof v === 'string' && v.trim() ? v.trim() : null),
      check: checkInspector as LibraryIo['check'],
    },
  ];
}

/**
 * POST /api/<library>/import?dryRun=true  (body: the CSV or XLSX file itself) — validate, and unless dry run, store all or nothing.
 * GET  /api/<library>/export?format=csv|xlsx&filter=…&sort=… — the filtered list, every page, with Chinese headers.
 */
export function libraryIoRouter(ios: LibraryIo[], store: Store): Router {
  const router = Router();
  const raw = express.raw({ type: [XLSX_TYPE, 'text/csv'], limit: '20mb' });
  for (const io of ios) {
    const { def, kinds } = io.resource;
    router.post(`/${def.name}/import`, requireAuth, raw, async (req: AuthedRequest, res) => {
      const auth = req.auth!;
      ForbiddenError.from(auth.ability).throwUnlessCan('import', def.subject);
      if (!Buffer.isBuffer(req.body) || !req.body.length) throw badRequest('请上传 CSV 或 XLSX 文件');
      const table = await readTable(req.body, req.get('Content-Type') ?? '');
      const dryRun = req.query.dryRun === 'true' || req.query.dryRun === '1';
      const report = await importTable(io, table, store, auth, dryRun);
      res
        .status(report.errorCount && !dryRun ? 400 : 200)
        .json(report.errorCount && !dryRun ? { message: `导入失败：${report.errorCount} 处错误，未保存任何数据`, code: 'import_invalid', ...report } : report);
    });
    router.get(`/${def.name}/export`, requireAuth, async (req: AuthedRequest, res) => {
      const { ability } = req.auth!;
      ForbiddenError.from(ability).throwUnlessCan('read', def.subject);
      const format = req.query.format === 'csv' ? 'csv' : req.query.format === 'xlsx' || req.query.format === undefined ? 'xlsx' : undefined;
      if (!format) throw badRequest('format 应为 csv 或 xlsx', { format: '应为 csv 或 xlsx' });
      const { where } = parseFilter(req.query.filter, {
        kinds,
        search: def.search ?? [],
        searchWhen: def.searchWhen,
        searchBigrams: def.searchBigrams,
        custom: def.customFilters,
      });
      const sort = parseSort(req.query.sort, kinds, def.defaultSort ?? ['id', 'ASC']);
      const scope = rulesToSql(ability, 'read', def.subject, kinds);
      await exportTable(io, store, and([scope, where]), sort, format, res);
    });
  }
  return router;
}
