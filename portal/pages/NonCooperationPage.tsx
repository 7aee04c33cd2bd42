import { ListPage } from '../ListPage';
import { districtOptions, Select, useUnits, YEARS } from '../common';
import { resultColumns, type PublicResult } from './ResultsPage';

export function NonCooperationPage() {
  const units = useUnits();
  const districts = new Map(districtOptions(units));
  return (
    <ListPage<PublicResult, 'q' | 'district' | 'year'>
      title="不配合检查名单"
      intro={<p>通过拒绝提供、变相拒绝提供、不按期提供抽查检查资料等方式不予配合检查情节严重、致使无法开展实质性检查的检查对象（§10.1）。</p>}
      list="non-cooperation"
      fields={['q', 'district', 'year']}
      filters={(f, set) => (
        <>
          <label className="field wide">
            <span>企业名称或统一社会信用代码</span>
            <input type="search" value={f.q} onChange={(e) => set('q', e.target.value)} />
          </label>
          <Select label="所在区（市）" value={f.district} onChange={(v) => set('district', v)} options={[...districts]} />
          <Select label="年度" value={f.year} onChange={(v) => set('year', v)} options={YEARS} />
        </>
      )}
      columns={resultColumns}
      rowKey={(r) => r.id}
    />
  );
}
