import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getOne } from '../api';
import { Status } from '../Status';
import { useLoad } from '../useLoad';
import { CHANGE_LABELS, day, FIELD_LABELS, FREQUENCY_LABELS, METHOD_LABELS, ratio, shortUnit } from '../labels';

interface PlanLine {
  id: number;
  itemName: string | null;
  departmentName: string | null;
  ratioBp: number | null;
  count: number | null;
  frequency: string;
  windowStart: string;
  windowEnd: string;
  method: string;
  joint: boolean;
}
interface PublicPlanDetail {
  id: number;
  unitName: string;
  year: number;
  title: string;
  planVersion: number;
  publishedAt: string;
  /** When the current version was published; publishedAt is the first publication. */
  versionPublishedAt: string;
  late: boolean;
  lines: PlanLine[];
  versions: {
    planVersion: number;
    publishedAt: string;
    reason: string | null;
    adjustment: { reason: string; byLeadOffice: boolean } | null;
    lineCount: number;
    changes: { kind: string; id: number; before?: PlanLine; after?: PlanLine; fields?: string[] }[];
  }[];
}

const lineText = (l: PlanLine) =>
  `${l.itemName ?? '抽查事项'}：${l.departmentName ?? ''}，${ratio(l.ratioBp, l.count)}，${FREQUENCY_LABELS[l.frequency] ?? l.frequency}，${day(l.windowStart)} 至 ${day(l.windowEnd)}，${METHOD_LABELS[l.method] ?? l.method}`;

export function PlanPage() {
  const { id } = useParams();
  const loaded = useLoad(`plan ${id}`, () => getOne<PublicPlanDetail>(`plans/${encodeURIComponent(id ?? '')}`));
  useEffect(() => {
    if (loaded.state === 'done') document.title = `${loaded.value.title} · 双随机、一公开 信息公示`;
  }, [loaded]);
  if (loaded.state !== 'done')
    return (
      <>
        <h1>年度抽查计划</h1>
        <Status loaded={loaded} />
      </>
    );
  const plan = loaded.value;
  return (
    <>
      <p className="crumbs">
        <Link to="/plans">年度抽查计划</Link> / {plan.year} 年
      </p>
      <h1>{plan.title}</h1>
      <p>
        {shortUnit(plan.unitName)} · {plan.year} 年度 · 第 {plan.planVersion} 版（{day(plan.versionPublishedAt)} 发布）
      </p>
      <h2>计划内容（现行版本）</h2>
      <div className="scroll">
        <table className="list">
          <thead>
            <tr>
              {['抽查事项', '实施机构', '比例/数量', '频次', '时间', '方式'].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.lines.map((l) => (
              <tr key={l.id}>
                <td data-label="抽查事项">{l.itemName}</td>
                <td data-label="实施机构">{l.departmentName}</td>
                <td data-label="比例/数量">{ratio(l.ratioBp, l.count)}</td>
                <td data-label="频次">{FREQUENCY_LABELS[l.frequency] ?? l.frequency}</td>
                <td data-label="时间">
                  <span className="nowrap">{day(l.windowStart)}</span> 至 <span className="nowrap">{day(l.windowEnd)}</span>
                </td>
                <td data-label="方式">{METHOD_LABELS[l.method] ?? l.method}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>版本记录</h2>
      <ol className="versions">
        {plan.versions.map((v) => (
          <li key={v.planVersion}>
            <h3>
              第 {v.planVersion} 版 · {day(v.publishedAt)} 发布 · {v.lineCount} 项
            </h3>
            {v.planVersion === 1 ? <p>首次发布。</p> : <p>调整原因：{v.adjustment?.reason ?? v.reason ?? '—'}</p>}
            {v.changes.length > 0 && (
              <ul>
                {v.changes.map((c) => (
                  <li key={`${c.kind}-${c.id}`}>
                    <strong>{CHANGE_LABELS[c.kind] ?? c.kind}</strong>
                    {c.kind === 'changed' && c.before && c.after ? (
                      <>
                        （{(c.fields ?? []).map((f) => FIELD_LABELS[f] ?? f).join('、')}）：调整前 {lineText(c.before)}；调整后 {lineText(c.after)}
                      </>
                    ) : (
                      <>：{lineText((c.after ?? c.before)!)}</>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
