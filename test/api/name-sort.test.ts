import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUscc } from '../support/library.js';
import { nameSortKey } from '../../api/domain/nameKey.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const entity = (name: string) => ({ uscc: newUscc(), name, type: 'enterprise', district: '370202', lineIds: [1], status: 'active', changedOn: '2026-02-27' });

describe('library lists sort names by pinyin (a stored key; the embedded PostgreSQL has no ICU collation)', () => {
  it('sorts entities 李 王 张 ascending and the reverse descending; a rename moves the entity', async () => {
    const officer = await t.login('shinan.officer');
    const created = [];
    for (const name of ['测序张三商行', '测序王五商行', '测序李四商行']) created.push((await officer.post('/api/entities').send(entity(name))).body);
    const list = async (order: string) =>
      (await officer.get('/api/entities').query({ filter: JSON.stringify({ q: '测序' }), sort: JSON.stringify(['name', order]) })).body.map(
        (e: { name: string }) => e.name,
      );
    expect(await list('ASC')).toEqual(['测序李四商行', '测序王五商行', '测序张三商行']);
    expect(await list('DESC')).toEqual(['测序张三商行', '测序王五商行', '测序李四商行']);
    expect(created[0]).not.toHaveProperty('nameKey');
    const zhang = created[0];
    expect((await officer.put(`/api/entities/${zhang.id}`).send({ ...zhang, name: '测序艾六商行' })).status).toBe(200);
    expect((await list('ASC'))[0]).toBe('测序艾六商行');
  });

  it('sorts the demo inspectors (loaded from db.json) by pinyin, page after page', async () => {
    const admin = await t.login('admin');
    const pageOf = async (range: string) =>
      (await admin.get('/api/inspectors').query({ sort: '["name","ASC"]', range })).body.map((i: { name: string }) => i.name) as string[];
    const names = [...(await pageOf('[0,59]')), ...(await pageOf('[60,119]'))];
    expect(names).toHaveLength(120);
    const keys = names.map((n) => nameSortKey(n, { person: true }));
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
