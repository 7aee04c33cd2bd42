import { lazy, Suspense, useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getOne } from '../api';
import { Status } from '../Status';
import { useLoad } from '../useLoad';
import { day, DRAW_KIND_LABELS, shortUnit } from '../labels';

// The verifier and its worker load with this page only.
const VerifyPanel = lazy(() => import('../verify/VerifyPanel').then((m) => ({ default: m.VerifyPanel })));

interface PublicDrawRecord {
  id: number;
  title: string;
  authority: string;
  drawnAt: string;
  kind: string;
  taskCode: string;
  seed: string;
  nonce: string;
  publicSource: string;
  poolHash: string;
  commitment?: string;
  pool: unknown[];
  quotas: Record<string, number>;
  selected: string[];
  ratioBp?: number;
  count?: number;
  teamSize: number;
  teams: Record<string, string[]>;
  replacements: unknown[];
  status: string;
  voidReason?: string;
}

const SHOWN = 50;

export function DrawPage() {
  const { id } = useParams();
  const url = `/api/public/draws/${encodeURIComponent(id ?? '')}`;
  const loaded = useLoad(`draw ${id}`, () => getOne<PublicDrawRecord>(`draws/${encodeURIComponent(id ?? '')}`));
  useEffect(() => {
    if (loaded.state === 'done') document.title = `抽取记录 ${loaded.value.taskCode} · 双随机、一公开 信息公示`;
  }, [loaded]);
  if (loaded.state !== 'done')
    return (
      <>
        <h1>抽取记录</h1>
        <Status loaded={loaded} />
      </>
    );
  const r = loaded.value;
  const quotas = Object.entries(r.quotas);
  return (
    <>
      <p className="crumbs">
        <Link to="/draws">抽取记录</Link> / {r.taskCode}
      </p>
      <h1>抽取记录 {r.taskCode}</h1>
      <dl className="facts">
        <dt>任务名称</dt>
        <dd>{r.title}</dd>
        <dt>抽取单位</dt>
        <dd>{shortUnit(r.authority)}</dd>
        <dt>抽取时间</dt>
        <dd>{day(r.drawnAt)}</dd>
        <dt>类型</dt>
        <dd>{DRAW_KIND_LABELS[r.kind] ?? r.kind}</dd>
        <dt>状态</dt>
        <dd>{r.status === 'voided' ? `已作废：${r.voidReason ?? ''}` : '有效'}</dd>
        <dt>抽取规则</dt>
        <dd>
          {r.ratioBp != null ? `按比例 ${r.ratioBp / 100}%` : `共 ${r.count} 户`}，每组 {r.teamSize} 人
        </dd>
        <dt>候选对象</dt>
        <dd>{r.pool.length.toLocaleString('zh-CN')} 个</dd>
        <dt>抽中对象</dt>
        <dd>{r.selected.length.toLocaleString('zh-CN')} 个</dd>
        <dt>公开随机源</dt>
        <dd>{r.publicSource || '（无）'}</dd>
        <dt>随机数（nonce）</dt>
        <dd className="mono">{r.nonce}</dd>
        <dt>种子（seed）</dt>
        <dd className="mono">{r.seed}</dd>
        <dt>候选名单哈希</dt>
        <dd className="mono">{r.poolHash}</dd>
        {r.commitment && (
          <>
            <dt>事先承诺</dt>
            <dd className="mono">{r.commitment}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={url} download={`draw-${r.taskCode}-${r.id}.json`}>
          下载记录 (JSON)
        </a>
      </p>
      <h2>各区（市）配额</h2>
      <ul className="inline">
        {quotas.map(([stratum, q]) => (
          <li key={stratum}>
            {stratum}：{q}
          </li>
        ))}
      </ul>
      <h2>抽中对象（统一社会信用代码，按得分排序）</h2>
      <ol className="mono codes">
        {r.selected.slice(0, SHOWN).map((uscc) => (
          <li key={uscc}>
            {uscc}
            {r.teams[uscc] ? <span className="muted">（检查人员：{r.teams[uscc].join('、')}）</span> : null}
          </li>
        ))}
      </ol>
      {r.selected.length > SHOWN && <p>仅显示前 {SHOWN} 个，完整名单见下载的记录。</p>}
      <p className="muted">检查人员以执法人员名录库中的编号表示，不公开姓名和证件号码。</p>
      <h2>验证</h2>
      <p>按 QD-DRAW-2 算法在本机浏览器中重新计算本记录，无需信任本网站。</p>
      <Suspense fallback={<p role="status">正在加载验证程序……</p>}>
        <VerifyPanel record={r} />
      </Suspense>
    </>
  );
}
