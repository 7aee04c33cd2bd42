/// <reference lib="webworker" />
/**
 * Runs verifyRecord off the page's thread. In: { record }. Out: { type: 'step', step }, { type: 'progress', step,
 * done, total } (throttled, for large pools), then { type: 'done', steps } or { type: 'error', message }.
 */
import { hashWasmSha256 } from './sha256';
import { verifyRecord, type StepResult, type StepId } from './verify';

export type VerifyMessage =
  | { type: 'step'; step: StepResult }
  | { type: 'progress'; step: StepId; done: number; total: number }
  | { type: 'done'; steps: StepResult[] }
  | { type: 'error'; message: string };

const post = (m: VerifyMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (event: MessageEvent<{ record: unknown }>) => {
  try {
    const steps = await verifyRecord(
      event.data.record,
      await hashWasmSha256(),
      (step) => post({ type: 'step', step }),
      (step, done, total) => post({ type: 'progress', step, done, total }),
    );
    post({ type: 'done', steps });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
