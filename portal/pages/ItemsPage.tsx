import { ListPage } from '../ListPage';
import { Select, unitOptions, useLines, useUnits } from '../common';
import { METHOD_LABELS, SOURCE_LABELS, shortUnit } from '../labels';

interface PublicItem {
  id: number;
  unitName: string;
  lineName: string | null;
  name: string;
  category: string;
  methods: string[];
  legalBasis: string;
  source: string;
  publishedOn: string;
}

export function ItemsPage() {
  const units = useUnits();
  const lines = useLines();
  return (
    <ListPage<PublicItem, 'unitId' | 'lineId' | 'q'>
      title="抽查事项清单"
      intro={<p>各单位最近一次发布的随机抽查事项清单。清单之外不得设立或实施抽查事项（§5.1）。</p>}
      list="items"
      fields={['unitId', 'lineId', 'q']}
      filters={(f, set) => (
        <>
          <Select label="发布单位" value={f.unitId} onChange={(v) => set('unitId', v)} options={unitOptions(units)} />
          <Select
            label="业务条线"
            value={f.lineId}
            onChange={(v) => set('lineId', v)}
            options={lines.state === 'done' ? lines.value.map((l) => [String(l.id), l.name]) : []}
          />
          <label className="field">
            <span>事项名称或依据</span>
            <input type="search" value={f.q} onChange={(e) => set('q', e.target.value)} />
          </label>
        </>
      )}
      columns={[
        ['事项名称', (r) => r.name],
        ['发布单位', (r) => shortUnit(r.unitName)],
        ['业务条线', (r) => r.lineName ?? '—'],
        ['检查方式', (r) => r.methods.map((m) => METHOD_LABELS[m] ?? m).join('、')],
        ['法律依据', (r) => r.legalBasis],
        ['来源', (r) => <span className="nowrap">{SOURCE_LABELS[r.source] ?? r.source}</span>],
        ['发布日期', (r) => <span className="nowrap">{r.publishedOn}</span>],
      ]}
      rowKey={(r) => r.id}
    />
  );
}
