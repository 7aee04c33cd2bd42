/**
 * Checks a QD-DRAW-2 record in the browser (DRAW-SPEC §1–§6) in a Web Worker: one "验证" button, a progress bar,
 * each step 通过/未通过 with what was expected and found, the sha256sum lines to check one entity by hand, and a
 * file input to check a downloaded (or altered) record instead. Plain React, no UI library: the public portal's
 * small bundle imports it too.
 *
 * `record` is the record itself, or a function that loads it (called on "验证": a city-scale record is tens of
 * megabytes, fetched only when someone asks to check it).
 */
import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import type { StepId, StepResult } from './verify';
import type { VerifyMessage } from './worker';

type Source = { kind: 'page' } | { kind: 'file'; name: string };
type State =
  | { phase: 'idle' }
  | { phase: 'running'; source: Source; steps: StepResult[]; progress?: { step: StepId; done: number; total: number } }
  | { phase: 'done'; source: Source; steps: StepResult[]; record: unknown }
  | { phase: 'error'; source: Source; message: string };

const colors = { text: '#1f1f1f', muted: '#4a4a4a', pass: '#1b5e20', fail: '#b71c1c', accent: '#0d47a1', border: '#c4c4c4', code: '#f3f3f3' };
const box: CSSProperties = {
  border: `1px solid ${colors.border}`,
  borderRadius: 6,
  padding: 16,
  color: colors.text,
  background: '#fff',
  // In rem, as the page's text is: the panel grows with the 大字号 switch and a large browser font.
  fontSize: '0.875rem',
  lineHeight: 1.6,
};
const button: CSSProperties = {
  background: colors.accent,
  color: '#fff',
  border: 0,
  borderRadius: 4,
  padding: '8px 20px',
  fontSize: '0.9375rem',
  cursor: 'pointer',
};
const mono: CSSProperties = { fontFamily: 'monospace', fontSize: '0.8125rem', wordBreak: 'break-all' };
const code: CSSProperties = { ...mono, background: colors.code, padding: '8px 12px', borderRadius: 4, whiteSpace: 'pre-wrap', margin: '4px 0' };

const sourceName = (s: Source) => (s.kind === 'file' ? `本地文件“${s.name}”` : '本页的抽取记录');

const outcome = (s: State): string => {
  if (s.phase === 'running') return `正在验证${sourceName(s.source)}……`;
  if (s.phase === 'error') return `无法验证${sourceName(s.source)}：${s.message}`;
  if (s.phase !== 'done') return '';
  const failed = s.steps.find((x) => !x.passed);
  return failed
    ? `验证未通过：${sourceName(s.source)}在“${failed.label}”一步与算法重算结果不符。`
    : `验证通过：${sourceName(s.source)}的全部 ${s.steps.length} 步均与按 QD-DRAW-2 重算的结果一致。`;
};

/** The seed and first selected id of a record that has them, for the by-hand lines. */
const handCheck = (record: unknown): { seed: string; id: string } | undefined => {
  if (typeof record !== 'object' || record === null) return undefined;
  const r = record as { seed?: unknown; selected?: unknown };
  const id = Array.isArray(r.selected) ? r.selected[0] : undefined;
  return typeof r.seed === 'string' && typeof id === 'string' ? { seed: r.seed, id } : undefined;
};

const quote = (s: string) => (/^[\w.-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);

const StepRow = ({ step }: { step: StepResult }) => (
  <li style={{ borderTop: `1px solid ${colors.border}`, padding: '8px 0' }} data-step={step.id} data-passed={step.passed}>
    <strong style={{ color: step.passed ? colors.pass : colors.fail }}>{step.passed ? '✓ 通过' : '✗ 未通过'}</strong> <span>{step.label}</span>
    {step.detail && <div style={{ color: colors.muted }}>{step.detail}</div>}
    {step.passed && step.expected && <div style={mono}>{step.expected}</div>}
    {!step.passed && (step.expected !== undefined || step.found !== undefined) && (
      <dl style={{ margin: '4px 0', display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 8 }}>
        <dt>应为</dt>
        <dd style={{ ...mono, margin: 0 }}>{step.expected ?? '（无）'}</dd>
        <dt>记录中</dt>
        <dd style={{ ...mono, margin: 0 }}>{step.found ?? '（无）'}</dd>
      </dl>
    )}
  </li>
);

export function VerifyPanel(props: { record: unknown }): React.JSX.Element {
  const [state, setState] = useState<State>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);
  const ids = { title: useId(), progress: useId(), file: useId() };
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => () => worker.current?.terminate(), []);
  // The 验证 button is disabled while it runs, which drops the keyboard's focus: the outcome takes it when it comes.
  const finished = state.phase === 'done' || state.phase === 'error';
  useEffect(() => {
    if (finished && (document.activeElement === document.body || document.activeElement === null)) status.current?.focus();
  }, [finished]);

  const run = (record: unknown, source: Source) => {
    worker.current?.terminate();
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setState({ phase: 'running', source, steps: [] });
    w.onmessage = (event: MessageEvent<VerifyMessage>) => {
      const m = event.data;
      setState((s) => {
        if (s.phase !== 'running') return s;
        if (m.type === 'step') return { ...s, steps: [...s.steps, m.step] };
        if (m.type === 'progress') return { ...s, progress: m };
        if (m.type === 'done') return { phase: 'done', source, steps: m.steps, record };
        return { phase: 'error', source, message: m.message };
      });
      if (m.type === 'done' || m.type === 'error') w.terminate();
    };
    w.onerror = () => setState({ phase: 'error', source, message: '验证程序出错' });
    w.postMessage({ record });
  };

  const verifyPage = async () => {
    const source: Source = { kind: 'page' };
    try {
      run(typeof props.record === 'function' ? await (props.record as () => Promise<unknown>)() : props.record, source);
    } catch {
      setState({ phase: 'error', source, message: '记录读取失败，请稍后重试' });
    }
  };

  const verifyFile = async (file: File | undefined) => {
    if (!file) return;
    const source: Source = { kind: 'file', name: file.name };
    let record: unknown;
    try {
      record = JSON.parse(await file.text());
    } catch {
      setState({ phase: 'error', source, message: '文件不是有效的 JSON' });
      return;
    }
    run(record, source);
  };

  const steps = state.phase === 'running' || state.phase === 'done' ? state.steps : [];
  const progress = state.phase === 'running' ? state.progress : undefined;
  const hand = state.phase === 'done' ? handCheck(state.record) : undefined;
  const failed = state.phase === 'error' || (state.phase === 'done' && steps.some((s) => !s.passed));

  return (
    <section style={box} aria-labelledby={ids.title}>
      <h3 id={ids.title} style={{ margin: '0 0 8px', fontSize: '1rem' }}>
        在浏览器中验证抽取结果
      </h3>
      <p style={{ margin: '0 0 12px', color: colors.muted }}>
        按公开的 QD-DRAW-2 算法，用 SHA-256 在本机重算种子、名录哈希、抽取数量、抽中对象和检查组，并与记录逐项比对。
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center' }}>
        <button type="button" style={button} onClick={verifyPage} disabled={state.phase === 'running'}>
          验证
        </button>
        <span>
          <label htmlFor={ids.file}>验证本地记录文件 (JSON)</label>{' '}
          <input
            id={ids.file}
            type="file"
            accept="application/json,.json"
            // The admin has no page style of its own for it: the control's text grows with the panel's.
            style={{ font: 'inherit' }}
            onChange={(e) => void verifyFile(e.currentTarget.files?.[0])}
            disabled={state.phase === 'running'}
          />
        </span>
      </div>
      {state.phase === 'running' && (
        <div style={{ marginTop: 12 }}>
          <label htmlFor={ids.progress}>
            {progress ? `正在计算 ${progress.done.toLocaleString('zh-CN')} / ${progress.total.toLocaleString('zh-CN')}` : '正在验证'}
          </label>{' '}
          <progress id={ids.progress} max={progress?.total} value={progress?.done} style={{ width: '100%', maxWidth: 360 }} />
        </div>
      )}
      <p
        ref={status}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        style={{ margin: '12px 0 0', fontWeight: 600, color: state.phase === 'running' ? colors.text : failed ? colors.fail : colors.pass }}
      >
        {outcome(state)}
      </p>
      {steps.length > 0 && (
        <ol style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
          {steps.map((s) => (
            <StepRow key={s.id} step={s} />
          ))}
        </ol>
      )}
      {hand && (
        <div style={{ marginTop: 12 }}>
          <p style={{ margin: 0 }}>
            亲手核对一个对象：在终端运行下面两行，得到的哈希值就是 {hand.id} 的得分（DRAW-SPEC §4：H(种子:统一社会信用代码)），各层得分最低者被抽中。
          </p>
          <pre style={code}>{`seed=${hand.seed}\nprintf '%s:%s' $seed ${quote(hand.id)} | sha256sum`}</pre>
        </div>
      )}
    </section>
  );
}
