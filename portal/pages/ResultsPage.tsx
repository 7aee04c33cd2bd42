import { Link } from 'react-router-dom';
import { ListPage } from '../ListPage';
import { districtOptions, Select, useLines, useUnits, YEARS } from '../common';
import { CATEGORY_LABELS, shortUnit } from '../labels';

export interface PublicResult {
  id: number;
  entityName: string;
  uscc: string;
  itemName: string | null;
  taskCode: string;
  category: string | null;
  publishedOn: string | null;
  authority: string;
}

/** The columns of a published result, here and in the non-cooperation list. */
export const resultColumns: [string, (r: PublicResult) => React.ReactNode][] = [
  ['检查对象', (r) => r.entityName],
  ['统一社会信用代码', (r) => <span className="mono">{r.uscc}</span>],
  ['抽查事项', (r) => r.itemName ?? '—'],
  ['检查结果', (r) => (r.category ? (CATEGORY_LABELS[r.category] ?? r.category) : '—')],
  ['检查机关', (r) => shortUnit(r.authority)],
  ['公示日期', (r) => <span className="nowrap">{r.publishedOn ?? '—'}</span>],
  [
    '抽查任务',
    (r) => (
      <Link to={`/draws?taskCode=${encodeURIComponent(r.taskCode)}`}>
        <span className="nowrap">{r.taskCode}</span> 的抽取记录
      </Link>
    ),
  ],
];

export function ResultsPage() {
  const units = useUnits();
  const lines = useLines();
  const districts = new Map(districtOptions(units));
  return (
    <ListPage<PublicResult, 'q' | 'district' | 'year' | 'lineId' | 'category'>
      title="检查结果"
      intro={<p>已公示的随机抽查检查结果。可输入企业名称的一部分或 18 位统一社会信用代码查询。</p>}
      list="results"
      fields={['q', 'district', 'year', 'lineId', 'category']}
      filters={(f, set) => (
        <>
          <label className="field wide">
            <span>企业名称或统一社会信用代码</span>
            <input type="search" value={f.q} onChange={(e) => set('q', e.target.value)} />
          </label>
          <Select label="所在区（市）" value={f.district} onChange={(v) => set('district', v)} options={[...districts]} />
          <Select label="年度" value={f.year} onChange={(v) => set('year', v)} options={YEARS} />
          <Select
            label="业务条线"
            value={f.lineId}
            onChange={(v) => set('lineId', v)}
            options={lines.state === 'done' ? lines.value.map((l) => [String(l.id), l.name]) : []}
          />
          <Select label="检查结果" value={f.category} onChange={(v) => set('category', v)} options={Object.entries(CATEGORY_LABELS)} />
        </>
      )}
      columns={resultColumns}
      rowKey={(r) => r.id}
    />
  );
}
