import { Link } from 'react-router-dom';
import { ListPage } from '../ListPage';
import { Select, unitOptions, useUnits, YEARS } from '../common';
import { DRAW_KIND_LABELS, shortUnit } from '../labels';

interface PublicDraw {
  id: number;
  taskCode: string;
  title: string;
  authority: string;
  kind: string;
  drawnOn: string;
  poolSize: number;
  selectedCount: number;
  status: string;
}

export function DrawsPage() {
  const units = useUnits();
  return (
    <ListPage<PublicDraw, 'taskCode' | 'unitId' | 'year'>
      title="抽取记录"
      intro={<p>每条记录载明随机种子、候选名单、各区配额和抽取结果，任何人可据此重新计算并验证。</p>}
      list="draws"
      fields={['taskCode', 'unitId', 'year']}
      filters={(f, set) => (
        <>
          <label className="field">
            <span>任务编号</span>
            <input value={f.taskCode} onChange={(e) => set('taskCode', e.target.value)} />
          </label>
          <Select label="抽取单位" value={f.unitId} onChange={(v) => set('unitId', v)} options={unitOptions(units)} />
          <Select label="年度" value={f.year} onChange={(v) => set('year', v)} options={YEARS} />
        </>
      )}
      columns={[
        [
          '任务编号',
          (r) => (
            <Link to={`/draws/${r.id}`} className="nowrap">
              {r.taskCode}
            </Link>
          ),
        ],
        ['任务名称', (r) => r.title],
        ['抽取单位', (r) => shortUnit(r.authority)],
        ['抽取日期', (r) => <span className="nowrap">{r.drawnOn}</span>],
        ['候选数', (r) => r.poolSize?.toLocaleString('zh-CN')],
        ['抽中数', (r) => r.selectedCount?.toLocaleString('zh-CN')],
        ['类型', (r) => DRAW_KIND_LABELS[r.kind] ?? r.kind],
        ['状态', (r) => (r.status === 'voided' ? '已作废' : '有效')],
      ]}
      rowKey={(r) => r.id}
      // A published result links here by its task's code; its draw record may not be published yet.
      empty={(f) => (f.taskCode ? `任务 ${f.taskCode} 的抽取记录尚未公示，或没有这个任务编号。` : undefined)}
    />
  );
}
