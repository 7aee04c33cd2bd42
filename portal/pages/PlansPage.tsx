import { Link } from 'react-router-dom';
import { ListPage } from '../ListPage';
import { Select, unitOptions, useUnits, YEARS } from '../common';
import { day, shortUnit } from '../labels';

interface PublicPlan {
  id: number;
  unitName: string;
  year: number;
  title: string;
  planVersion: number;
  publishedAt: string;
  /** When the current version was published (an adjusted plan's latest). */
  versionPublishedAt: string;
}

export function PlansPage() {
  const units = useUnits();
  return (
    <ListPage<PublicPlan, 'unitId' | 'year'>
      title="年度抽查计划"
      list="plans"
      fields={['unitId', 'year']}
      filters={(f, set) => (
        <>
          <Select label="发布单位" value={f.unitId} onChange={(v) => set('unitId', v)} options={unitOptions(units)} />
          <Select label="年度" value={f.year} onChange={(v) => set('year', v)} options={YEARS} />
        </>
      )}
      columns={[
        ['计划', (r) => <Link to={`/plans/${r.id}`}>{r.title}</Link>],
        ['发布单位', (r) => shortUnit(r.unitName)],
        ['年度', (r) => r.year],
        ['当前版本', (r) => `第 ${r.planVersion} 版`],
        ['最近发布', (r) => <span className="nowrap">{day(r.versionPublishedAt)}</span>],
      ]}
      rowKey={(r) => r.id}
    />
  );
}
