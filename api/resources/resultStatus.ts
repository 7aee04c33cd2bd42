import { taskStatusFrom, type ResultStatus, type TaskStatus } from '../domain/results.js';
import type { Row, Tx } from '../store/store.js';

/**
 * Carries a result's state to its assignment (pending → draft → confirmed → published) and the task's state from all of
 * its active assignments (inspecting at the first draft, completed when all are confirmed, published when all are);
 * when a task becomes published its valid draw records become public (§5.3). Runs in the result's own transaction.
 */
export async function syncResultStatus(tx: Tx, result: Row): Promise<void> {
  await tx.query('UPDATE assignments SET "resultStatus" = $2 WHERE id = $1', [result.assignmentId, result.status]);
  const [task] = await tx.query<{ id: number; status: TaskStatus }>('SELECT id, status FROM tasks WHERE id = $1 FOR NO KEY UPDATE', [result.taskId]);
  const states = await tx.query<{ s: ResultStatus }>('SELECT "resultStatus" AS s FROM assignments WHERE "taskId" = $1 AND active', [task.id]);
  const next = taskStatusFrom(
    task.status,
    states.map((r) => r.s),
  );
  if (next === task.status) return;
  await tx.query('UPDATE tasks SET status = $2, version = version + 1, "updatedAt" = $3, "updatedBy" = $4 WHERE id = $1', [task.id, next, tx.now, tx.actor.id]);
  await tx.audit('status', 'tasks', task.id, { status: task.status }, { status: next });
  if (next === 'published') {
    const draws = await tx.query<{ id: number }>(
      `UPDATE draws SET published = true, "publishedAt" = $2 WHERE "taskId" = $1 AND status = 'valid' AND NOT published RETURNING id`,
      [task.id, tx.now],
    );
    for (const d of draws) await tx.audit('publish', 'draws', d.id, { published: false }, { published: true, with: 'task results published' });
  }
}
