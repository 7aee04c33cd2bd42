import type request from 'supertest';
import type { Db } from '../../store/db.js';

type As = (username: string) => Promise<ReturnType<typeof request.agent>>;
type State = 'published' | 'confirmed' | 'draft';

/** What the demo results of one task look like: entered, and then confirmed and published, by the accounts on its teams. */
const DEMO_RESULTS: { state: State; body: object }[] = [
  {
    state: 'published',
    body: { methods: ['document', 'online'], category: 'no_problem', precheckNotes: '已比对国家企业信用信息公示系统和社会保险登记信息，未见异常' },
  },
  {
    state: 'confirmed',
    body: { methods: ['document'], category: 'no_activity', precheckNotes: '经营范围不含本次抽查涉及的经营活动，经书面审查确认' },
  },
  { state: 'draft', body: { methods: ['document'], category: 'no_problem', precheckNotes: '已调取劳动用工备案材料，待书面审查' } },
];

/**
 * Demo results (§9.3) through the API, as the people who would enter them: for the given task, each of the first
 * assignments whose team holds a demo account gets a result in one of `states` in turn — entered and confirmed by that
 * member, published by the office's head; the other assignments stay pending.
 */
export async function withDemoResults(db: Db, as: As, taskCode: string, head: string, states: State[]) {
  const wanted = DEMO_RESULTS.filter((r) => states.includes(r.state));
  const accounts = await db.query<{ inspectorId: number; username: string }>(
    `SELECT i.id AS "inspectorId", u.username FROM inspectors i JOIN users u ON u.id = i."userId" JOIN tasks t ON t."unitId" = i."unitId" WHERE t.code = $1`,
    [taskCode],
  );
  const assignments = await db.query<{ id: number; inspectorIds: number[] }>(
    `SELECT a.id, a."inspectorIds" FROM assignments a JOIN tasks t ON t.id = a."taskId" WHERE t.code = $1 ORDER BY a.id`,
    [taskCode],
  );
  const chief = await as(head);
  let next = 0;
  for (const a of assignments) {
    const member = accounts.find((x) => a.inspectorIds.includes(x.inspectorId));
    if (!member || next === wanted.length) continue;
    const { state, body } = wanted[next++];
    const agent = await as(member.username);
    const made = await agent
      .post('/api/results')
      .send({ assignmentId: a.id, responsibleInspectorId: member.inspectorId, ...body })
      .expect(201);
    if (state === 'draft') continue;
    await agent.post(`/api/results/${made.body.id}/confirm`).send({}).expect(200);
    if (state === 'published') await chief.post(`/api/results/${made.body.id}/publish`).send({}).expect(200);
  }
  if (next < wanted.length) throw new Error(`${taskCode}: only ${next} of its teams hold a demo account`);
}
