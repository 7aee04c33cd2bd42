import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { startTestApp, type TestApp } from '../support/app.js';
import { entityInput, newUscc } from '../support/library.js';

let t: TestApp;
type Agent = Awaited<ReturnType<TestApp['login']>>;
let admin: Agent, cityOfficer: Agent, shinanOfficer: Agent, shinanLead: Agent, shinanInspector: Agent;
beforeAll(async () => {
  t = await startTestApp();
  [admin, cityOfficer, shinanOfficer, shinanLead, shinanInspector] = await Promise.all(
    ['admin', 'city.officer', 'shinan.officer', 'shinan.lead', 'shinan.inspector'].map((u) => t.login(u)),
  );
});
afterAll(() => t.close());

const SHINAN = 2;
const LAOSHAN_CODE = '370212';
const count = async (table: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
const entity = entityInput;

describe('items 抽查事项清单 (§7.1)', () => {
  const itemOf = async (unitId: number, lineId: number) =>
    (
      await t.db.query<{ id: number; version: number; name: string }>(
        'SELECT id, version, name FROM items WHERE "unitId" = $1 AND "lineId" = $2 ORDER BY id LIMIT 1',
        [unitId, lineId],
      )
    )[0];

  it('an implementing office edits its own line’s items, with a reason, and each change becomes a revision', async () => {
    const item = await itemOf(SHINAN, 1);
    const res = await shinanOfficer
      .put(`/api/items/${item.id}`)
      .send({ ratioNote: '全年抽查比例不低于8%', reason: '根据2026年省厅通知调整比例', version: item.version });
    expect(res.status).toBe(200);
    const revs = await shinanOfficer.get('/api/itemRevisions').query({ filter: JSON.stringify({ itemId: item.id }), sort: '["revision","DESC"]' });
    expect(revs.body[0]).toMatchObject({
      revision: 2,
      reason: '根据2026年省厅通知调整比例',
      actorName: '孙丽（经办）',
      changes: [{ field: 'ratioNote', after: '全年抽查比例不低于8%' }],
    });
  });

  it('refuses a change without a reason (400 naming reason) and keeps the item', async () => {
    const item = await itemOf(SHINAN, 1);
    const res = await shinanOfficer.put(`/api/items/${item.id}`).send({ name: '改名' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('reason');
    expect((await itemOf(SHINAN, 1)).name).toBe(item.name);
  });

  it('an implementing office cannot edit another line’s items, nor move an item to another line', async () => {
    const other = await itemOf(SHINAN, 2);
    expect((await shinanOfficer.put(`/api/items/${other.id}`).send({ name: '改名', reason: '测试' })).status).toBe(403);
    const own = await itemOf(SHINAN, 1);
    expect((await shinanOfficer.put(`/api/items/${own.id}`).send({ lineId: 2, reason: '测试' })).status).toBe(403);
  });

  it('the lead office edits every line of its unit and publishes the list; others may not publish', async () => {
    const other = await itemOf(SHINAN, 2);
    expect((await shinanLead.put(`/api/items/${other.id}`).send({ status: 'retired', reason: '事项已由省厅取消' })).status).toBe(200);
    expect((await shinanOfficer.post('/api/items/publish').send({})).status).toBe(403);
    expect((await shinanLead.post('/api/items/publish').send({ unitId: 1 })).status).toBe(403);
    const pub = await shinanLead.post('/api/items/publish').send({});
    expect(pub.status).toBe(201);
    const active = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM items WHERE "unitId" = 2 AND status = 'active'`))[0].n;
    expect(pub.body).toMatchObject({ unitId: SHINAN, itemCount: active });
    expect(pub.body.items.every((i: { status: string }) => i.status === 'active')).toBe(true);
  });

  it('a district cannot see another unit’s items', async () => {
    const cityItem = await itemOf(1, 1);
    expect((await shinanOfficer.get(`/api/items/${cityItem.id}`)).status).toBe(404);
  });
});

describe('entities 检查对象名录库 (§7.2)', () => {
  it('a district officer creates in its district and cannot see or change another district’s entities', async () => {
    expect((await shinanOfficer.post('/api/entities').send(entity())).status).toBe(201);
    expect((await shinanOfficer.post('/api/entities').send(entity({ district: LAOSHAN_CODE }))).status).toBe(403);
    const [laoshan] = await t.db.query<{ id: number; version: number }>(`SELECT id, version FROM entities WHERE district = $1 LIMIT 1`, [LAOSHAN_CODE]);
    expect((await shinanOfficer.get(`/api/entities/${laoshan.id}`)).status).toBe(404);
    expect((await shinanOfficer.put(`/api/entities/${laoshan.id}`).send({ name: '改名' })).status).toBe(404);
    const list = await shinanOfficer.get('/api/entities').query({ filter: JSON.stringify({ district: LAOSHAN_CODE }) });
    expect(list.body).toEqual([]);
    const own = await shinanOfficer.get(`/api/entities`).query({ range: '[0,99]' });
    expect(own.body.every((e: { district: string }) => e.district === '370202')).toBe(true);
  });

  it('the city bureau’s officer works across districts; an inspector only reads', async () => {
    expect((await cityOfficer.post('/api/entities').send(entity({ district: LAOSHAN_CODE, uscc: newUscc('enterprise', LAOSHAN_CODE) }))).status).toBe(201);
    expect((await shinanInspector.post('/api/entities').send(entity())).status).toBe(403);
    expect((await shinanInspector.get('/api/entities')).status).toBe(200);
  });

  it.each([
    ['a bad check character', { uscc: '91370202MA3C0000X1' }, 'uscc'],
    ['a code too short', { uscc: '9137020' }, 'uscc'],
    ['a district outside Qingdao', { district: '370100' }, 'district'],
    ['an unknown line', { lineIds: [99] }, 'lineIds'],
    ['a change in the future', { changedOn: '2026-12-01' }, 'changedOn'],
    ['an unknown type', { type: 'company' }, 'type'],
  ])('refuses %s with a 400 naming the field, storing nothing', async (_name, over, field) => {
    const before = await count('entities');
    const res = await shinanOfficer.post('/api/entities').send(entity(over));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(field);
    expect(await count('entities')).toBe(before);
  });

  it('refuses a duplicate code with a 400 naming uscc', async () => {
    const [{ uscc }] = await t.db.query<{ uscc: string }>(`SELECT uscc FROM entities WHERE district = '370202' LIMIT 1`);
    const before = await count('entities');
    const res = await shinanOfficer.post('/api/entities').send(entity({ uscc }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('uscc');
    expect(await count('entities')).toBe(before);
  });

  it('§7.2.2: flags a record entered more than five working days after the change, and keeps the flag through unrelated edits', async () => {
    // The test clock reads Monday 2 March 2026 (China time). After Wednesday 25 February come 26, 27, Saturday 28
    // (a make-up workday) and 2 March: 4 working days. After 13 February: 7, across 春节.
    const onTime = await shinanOfficer.post('/api/entities').send(entity({ changedOn: '2026-02-25' }));
    expect(onTime.body).toMatchObject({ overdue: false, recordedOn: '2026-03-02' });
    const late = await shinanOfficer.post('/api/entities').send(entity({ changedOn: '2026-02-13' }));
    expect(late.body).toMatchObject({ overdue: true, recordedOn: '2026-03-02' });
    const renamed = await shinanOfficer.put(`/api/entities/${late.body.id}`).send({ ...late.body, name: '青岛新名称有限公司', overdue: false });
    expect(renamed.body).toMatchObject({ overdue: true, name: '青岛新名称有限公司' });
    const changed = await shinanOfficer.put(`/api/entities/${late.body.id}`).send({ status: 'cancelled', changedOn: '2026-02-27' });
    expect(changed.body).toMatchObject({ overdue: false, status: 'cancelled' });
    const flagged = await shinanOfficer.get('/api/entities').query({ filter: JSON.stringify({ overdue: true }), range: '[0,99]' });
    expect(flagged.body.length).toBeGreaterThan(0);
    expect(flagged.body.every((e: { overdue: boolean }) => e.overdue)).toBe(true);
  });

  it('q finds names by a two-character fragment (the bigram index), longer fragments, and USCC fragments, exactly', async () => {
    const names = await t.db.query<{ name: string; uscc: string }>(`SELECT name, uscc FROM entities WHERE "unitId" = 2`);
    for (const q of ['物流', '国际物流', '有限公司', names[0].uscc.slice(2, 10), names[0].uscc.slice(2, 10).toLowerCase()]) {
      const expected = names.filter((e) => e.name.includes(q) || e.uscc.toLowerCase().includes(q.toLowerCase())).length;
      const res = await shinanOfficer.get('/api/entities').query({ filter: JSON.stringify({ q }), range: '[0,0]' });
      expect(res.status).toBe(200);
      expect(Number(res.headers['content-range'].split('/')[1])).toBe(expected);
    }
  });

  it('changes the status of many rows at once (updateMany) and audits each', async () => {
    const rows = (await shinanOfficer.get('/api/entities').query({ range: '[0,2]', filter: JSON.stringify({ status: 'active' }) })).body as { id: number }[];
    for (const r of rows) expect((await shinanOfficer.put(`/api/entities/${r.id}`).send({ status: 'moved_out', changedOn: '2026-03-02' })).status).toBe(200);
    const audit = await admin
      .get('/api/audit')
      .query({ filter: JSON.stringify({ resource: 'entities', action: 'update', recordId: rows.map((r) => String(r.id)) }) });
    expect(audit.body.length).toBe(3);
  });
});

describe('inspectors 执法人员名录库 (§7.3) and conflicts (回避)', () => {
  const inspector = (over: Record<string, unknown> = {}) => ({
    name: '测试员',
    unitId: SHINAN,
    departmentId: 8,
    category: 'civil_servant',
    certificateNo: `T${Date.now()}${Math.random()}`.slice(0, 20),
    status: 'active',
    changedOn: '2026-02-27',
    ...over,
  });

  it('requires an enforcement certificate number for civil servants and qualified staff, not for supervisors', async () => {
    const before = await count('inspectors');
    const missing = await shinanOfficer.post('/api/inspectors').send(inspector({ certificateNo: '' }));
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toHaveProperty('certificateNo');
    expect(await count('inspectors')).toBe(before);
    expect((await shinanOfficer.post('/api/inspectors').send(inspector({ category: 'supervisor', certificateNo: null }))).status).toBe(201);
  });

  it('keeps inspectors in their unit and departments in that unit', async () => {
    expect((await shinanOfficer.post('/api/inspectors').send(inspector({ unitId: 5, departmentId: 26 }))).status).toBe(403);
    const wrongDept = await shinanOfficer.post('/api/inspectors').send(inspector({ departmentId: 2 }));
    expect(wrongDept.body.errors).toHaveProperty('departmentId');
  });

  it('refuses a conflict with an entity outside the district inspector’s district', async () => {
    const [insp] = await t.db.query<{ id: number }>(`SELECT id FROM inspectors WHERE "unitId" = 2 LIMIT 1`);
    const [other] = await t.db.query<{ id: number }>(`SELECT id FROM entities WHERE "unitId" = 3 LIMIT 1`);
    const res = await shinanOfficer.post('/api/conflicts').send({ inspectorId: insp.id, entityId: other.id, reason: '越区申报' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('entityId');
  });

  it('records a declared conflict once per inspector and entity', async () => {
    const [insp] = await t.db.query<{ id: number }>(`SELECT id FROM inspectors WHERE "unitId" = 2 LIMIT 1`);
    const [ent] = await t.db.query<{ id: number }>(`SELECT id FROM entities WHERE "unitId" = 2 AND id NOT IN (SELECT "entityId" FROM conflicts) LIMIT 1`);
    const body = { inspectorId: insp.id, entityId: ent.id, reason: '近亲属在该单位任职' };
    const first = await shinanOfficer.post('/api/conflicts').send(body);
    expect(first.status).toBe(201);
    expect(first.body.unitId).toBe(SHINAN);
    const again = await shinanOfficer.post('/api/conflicts').send(body);
    expect(again.status).toBe(400);
  });
});

describe('import and export', () => {
  const HEADER = '统一社会信用代码,名称,类型,所在区（市）,地址,法定代表人,业务条线,状态,变动日期';
  const csvRow = (uscc: string, name = '青岛导入测试有限公司') =>
    `${uscc},${name},企业,市南区,青岛市市南区山东路${Math.floor(Math.random() * 100)}号,张三,劳动保障监察,存续,2026-02-27`;

  it('an import of 5,000 rows with one bad row stores nothing and reports that row, column and reason', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => csvRow(newUscc(), `青岛批量${i}有限公司`));
    rows[3120] = csvRow('91370202MA3C0000X1');
    const csv = [HEADER, ...rows].join('\n');
    const before = await count('entities');
    const auditBefore = await count('audit');
    const res = await shinanOfficer.post('/api/entities/import').set('Content-Type', 'text/csv').send(csv);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ errorCount: 1, errors: [{ row: 3122, column: '统一社会信用代码', message: expect.stringMatching(/校验位/) }] });
    expect(await count('entities')).toBe(before);
    expect(await count('audit')).toBe(auditBefore);
  });

  it('a dry run reports what would happen and stores nothing; the real run stores all rows, audited', async () => {
    const csv = [HEADER, csvRow(newUscc()), csvRow(newUscc())].join('\n');
    const before = await count('entities');
    const dry = await shinanOfficer.post('/api/entities/import?dryRun=true').set('Content-Type', 'text/csv').send(csv);
    expect(dry.body).toMatchObject({ dryRun: true, total: 2, created: 2, errorCount: 0 });
    expect(await count('entities')).toBe(before);
    const real = await shinanOfficer.post('/api/entities/import').set('Content-Type', 'text/csv').send(csv);
    expect(real.body).toMatchObject({ dryRun: false, created: 2 });
    expect(await count('entities')).toBe(before + 2);
    const again = await shinanOfficer.post('/api/entities/import').set('Content-Type', 'text/csv').send(csv);
    expect(again.body).toMatchObject({ created: 0, unchanged: 2 });
  });

  it('reports duplicates within the file, unknown columns, and rows outside the importer’s district', async () => {
    const dup = newUscc();
    const laoshan = newUscc('enterprise', LAOSHAN_CODE);
    const csv = [HEADER + ',备注', `${csvRow(dup)},x`, `${csvRow(dup)},y`].join('\n');
    const res = await shinanOfficer.post('/api/entities/import?dryRun=true').set('Content-Type', 'text/csv').send(csv);
    expect(res.body.errors).toEqual([{ row: 1, column: '备注', message: '未知的列' }]);
    const csv2 = [HEADER, csvRow(dup), csvRow(dup), csvRow(laoshan).replace('市南区,', '崂山区,')].join('\n');
    const res2 = await shinanOfficer.post('/api/entities/import?dryRun=true').set('Content-Type', 'text/csv').send(csv2);
    expect(res2.body.errors).toEqual([
      { row: 3, column: '统一社会信用代码', message: '与第 2 行重复' },
      { row: 4, column: '', message: '不在您可录入的范围内' },
    ]);
  });

  it('imports inspectors from XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('执法人员');
    ws.addRow(['姓名', '单位', '部门', '人员类别', '执法证号', '状态', '变动日期']);
    ws.addRow(['导入甲', '市南区人力资源和社会保障局', '劳动保障监察大队', '行政执法类公务员', 'XL-2026-0001', '在岗', new Date('2026-02-27')]);
    ws.addRow(['导入乙', '市南区', '劳动关系科', '日常监管人员', '', '在岗', '2026/2/26']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await shinanOfficer
      .post('/api/inspectors/import')
      .set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(buf);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 2, errorCount: 0 });
    const stored = await t.db.query<{ name: string; departmentId: number; changedOn: string }>(
      `SELECT name, "departmentId", "changedOn" FROM inspectors WHERE name LIKE '导入%' ORDER BY name`,
    );
    expect(stored).toEqual([
      { name: '导入乙', departmentId: 9, changedOn: '2026-02-26' },
      { name: '导入甲', departmentId: 8, changedOn: '2026-02-27' },
    ]);
  });

  it('refuses imports from those who may not import, and files that are neither CSV nor XLSX', async () => {
    expect((await shinanInspector.post('/api/entities/import').set('Content-Type', 'text/csv').send(HEADER)).status).toBe(403);
    expect((await shinanOfficer.post('/api/entities/import').set('Content-Type', 'application/pdf').send(Buffer.from('%PDF'))).status).toBe(400);
  });

  it('exports the filtered list in scope as CSV and XLSX with Chinese headers', async () => {
    const csv = await shinanOfficer.get('/api/entities/export').query({ format: 'csv', filter: JSON.stringify({ type: 'enterprise' }) });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/filename\*=UTF-8''/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(HEADER + ',录入日期,逾期录入');
    expect(lines.slice(1).every((l) => l.includes(',企业,市南区,'))).toBe(true);
    const n = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM entities WHERE "unitId" = 2 AND type = 'enterprise'`))[0].n;
    expect(lines.length - 1).toBe(n);
    const xlsx = await shinanOfficer
      .get('/api/entities/export')
      .query({ format: 'xlsx' })
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('统一社会信用代码');
  });
});

describe('import updates keep what the file leaves out', () => {
  it('re-importing an export changes nothing and keeps inspectors’ user links (the file has no such column)', async () => {
    const officer = await t.login('city.officer');
    const exported = (await officer.get('/api/inspectors/export').query({ format: 'csv' })).text.replace(/^\uFEFF/, '');
    // Rows without a certificate number have no key to match and would be new: keep the keyed ones.
    const rows = Papa.parse<string[]>(exported.trim()).data;
    const cert = rows[0].indexOf('执法证号');
    const keyed = Papa.unparse([rows[0], ...rows.slice(1).filter((r) => r[cert])]);
    const linked = await t.db.query<{ id: number; userId: number }>(
      'SELECT id, "userId" FROM inspectors WHERE "userId" IS NOT NULL AND "unitId" = 1 ORDER BY id',
    );
    const res = await officer.post('/api/inspectors/import').set('Content-Type', 'text/csv').send(keyed);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 0, updated: 0, errorCount: 0 });
    expect(await t.db.query('SELECT id, "userId" FROM inspectors WHERE "userId" IS NOT NULL AND "unitId" = 1 ORDER BY id')).toEqual(linked);
  });
});

describe('a 变动日期 in the future (§7.2.2, §7.3.2: a change is recorded after it happens)', () => {
  it.each(['entities', 'inspectors'])('an edit of %s dated tomorrow is refused naming changedOn, and the record stays as it was', async (resource) => {
    const [row] = await t.db.query<Record<string, unknown> & { id: number }>(`SELECT * FROM ${resource} WHERE "unitId" = $1 ORDER BY id LIMIT 1`, [SHINAN]);
    const before = (await shinanOfficer.get(`/api/${resource}/${row.id}`)).body;
    const res = await shinanOfficer.put(`/api/${resource}/${row.id}`).send({ ...before, changedOn: '2026-03-03', status: before.status });
    expect(res.status).toBe(400);
    expect(res.body.errors.changedOn).toBe('变动日期不能晚于今天');
    expect((await shinanOfficer.get(`/api/${resource}/${row.id}`)).body).toEqual(before);
    // Today is accepted.
    expect((await shinanOfficer.put(`/api/${resource}/${row.id}`).send({ ...before, changedOn: '2026-03-02' })).status).toBe(200);
  });
});
