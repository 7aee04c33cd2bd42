import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataProvider } from '../../admin/providers/dataProvider.js';
import { XLSX_TYPE } from '../../admin/providers/libraryMethods.js';
import { usccProblem, validateUscc } from '../../admin/library/usccValidation.js';
import { isoDate } from '../../admin/library/gridColumns.js';
import { makeUscc } from '../../api/cli/seed/library.js';
import { rng } from '../../api/cli/seed/random.js';

afterEach(() => vi.unstubAllGlobals());

const report = {
  dryRun: false,
  total: 2,
  created: 1,
  updated: 0,
  unchanged: 0,
  errorCount: 1,
  errors: [{ row: 3, column: '统一社会信用代码', message: '统一社会信用代码校验位不正确' }],
};

describe('importLibrary (POST /api/<library>/import)', () => {
  it('sends the file as the body with the type its extension names, and asks for a dry run', async () => {
    const calls: { url: string; type: string | null; body: unknown }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, type: new Headers(init.headers).get('Content-Type'), body: init.body });
      return new Response(JSON.stringify({ ...report, dryRun: true, errorCount: 0, errors: [] }), { headers: { 'Content-Type': 'application/json' } });
    });
    const xlsx = new File(['x'], '名录.XLSX');
    await dataProvider.importLibrary('entities', xlsx, true);
    await dataProvider.importLibrary('inspectors', new File(['a,b'], 'people.csv'), false);
    expect(calls.map(({ url, type }) => [url, type])).toEqual([
      ['/api/entities/import?dryRun=true', XLSX_TYPE],
      ['/api/inspectors/import', 'text/csv'],
    ]);
    expect(calls[0].body).toBe(xlsx);
  });

  it('hands back the report of a refused import (400 import_invalid): nothing was stored, every error is listed', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(JSON.stringify({ message: '导入失败', code: 'import_invalid', ...report }), {
          status: 400,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    await expect(dataProvider.importLibrary('entities', new File(['x'], 'a.csv'), false)).resolves.toMatchObject({ errorCount: 1, errors: report.errors });
  });

  it('still fails on other errors (403: not allowed to import)', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(JSON.stringify({ message: '无权执行此操作', code: 'forbidden' }), { status: 403, headers: { 'Content-Type': 'application/json' } }),
    );
    await expect(dataProvider.importLibrary('entities', new File(['x'], 'a.csv'), false)).rejects.toMatchObject({
      status: 403,
      message: 'qd.errors.forbidden',
    });
  });
});

describe('USCC check in the admin (GB 32100, the API’s own rule)', () => {
  const valid = makeUscc('enterprise', '370202', rng(7));
  it('accepts a valid code, in either case', () => {
    expect(usccProblem(valid)).toBeUndefined();
    expect(usccProblem(valid.toLowerCase())).toBeUndefined();
  });
  it('names what is wrong as a translation key', () => {
    expect(usccProblem(valid.slice(0, 17))).toBe('qd.library.uscc.length');
    expect(usccProblem(`${valid.slice(0, 16)}I${valid[17]}`)).toBe('qd.library.uscc.charset');
    expect(usccProblem(valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0'))).toBe('qd.library.uscc.check');
  });
  it('leaves an empty input to the required rule', () => {
    expect(validateUscc('')).toBeUndefined();
    expect(validateUscc(undefined)).toBeUndefined();
  });
});

describe('date cells', () => {
  it('write the calendar day picked, not the UTC day', () => {
    expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(isoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});
