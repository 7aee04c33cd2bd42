import { describe, expect, it } from 'vitest';
import {
  applyArchiveChange,
  archiveFindings,
  LOAN_ACTIONS,
  LOAN_STATES,
  nextChangeState,
  nextLoanState,
  type ArchiveDocument,
  type LoanAction,
  type LoanActor,
  type LoanState,
  type LoanWithFinding,
} from '../../api/domain/archives.js';

/** The people a loan meets, as the rule sees them (the requester is an officer of the chief's department). */
const ACTORS: Record<string, LoanActor> = {
  requester: { role: 'officer', requester: true, sameUnit: true, sameDepartment: true },
  colleague: { role: 'officer', requester: false, sameUnit: true, sameDepartment: true },
  chief: { role: 'chief', requester: false, sameUnit: true, sameDepartment: true },
  chiefOwnRequest: { role: 'chief', requester: true, sameUnit: true, sameDepartment: true },
  otherChief: { role: 'chief', requester: false, sameUnit: true, sameDepartment: false },
  leader: { role: 'leader', requester: false, sameUnit: true, sameDepartment: false },
  otherLeader: { role: 'leader', requester: false, sameUnit: false, sameDepartment: false },
  archivist: { role: 'archivist', requester: false, sameUnit: true, sameDepartment: true },
  otherArchivist: { role: 'archivist', requester: false, sameUnit: false, sameDepartment: false },
  lead: { role: 'lead', requester: false, sameUnit: true, sameDepartment: false },
  admin: { role: 'admin', requester: false, sameUnit: true, sameDepartment: false },
};

/**
 * Every allowed (state, action, actor) with the state it leads to; `finding` marks a returned loan whose inspection
 * found 拆封 / 短缺 / 污损. Everything not listed is refused.
 */
const ALLOWED: [LoanState, LoanAction, string, LoanState, boolean?][] = [
  // §12.4.2 部门负责人 first, 分管领导 second; either may reject.
  ['requested', 'approve', 'chief', 'chiefApproved'],
  ['requested', 'reject', 'chief', 'rejected'],
  ['chiefApproved', 'approve', 'leader', 'approved'],
  ['chiefApproved', 'reject', 'leader', 'rejected'],
  // The requester cancels before check-out.
  ['requested', 'cancel', 'requester', 'cancelled'],
  ['chiefApproved', 'cancel', 'requester', 'cancelled'],
  ['approved', 'cancel', 'requester', 'cancelled'],
  ['requested', 'cancel', 'chiefOwnRequest', 'cancelled'],
  ['chiefApproved', 'cancel', 'chiefOwnRequest', 'cancelled'],
  ['approved', 'cancel', 'chiefOwnRequest', 'cancelled'],
  // §12.4.2 借阅登记, §12.4.4 归还核对: the unit's archivist.
  ['approved', 'checkout', 'archivist', 'checkedOut'],
  ['checkedOut', 'return', 'archivist', 'returned'],
  ['returned', 'close', 'archivist', 'closed', false],
  // §12.4.4 发现问题及时报告: the chief reads the report and closes.
  ['returned', 'close', 'chief', 'closed', true],
];

const key = (s: string, a: string, who: string, finding: boolean) => `${s}|${a}|${who}|${finding}`;
const allowed = new Map<string, LoanState>();
for (const [s, a, who, next, finding] of ALLOWED) for (const f of finding === undefined ? [false, true] : [finding]) allowed.set(key(s, a, who, f), next);

describe('nextLoanState (§12.4): every state × action × actor, allowed and refused', () => {
  const cells = LOAN_STATES.flatMap((s) =>
    LOAN_ACTIONS.flatMap((a) => Object.keys(ACTORS).flatMap((who) => [false, true].map((f) => [s, a, who, f] as const))),
  );
  it.each(cells)('%s · %s by %s (finding %s)', (state, action, who, finding) => {
    const got = nextLoanState(state, action, ACTORS[who], { finding });
    const want = allowed.get(key(state, action, who, finding));
    if (want) expect(got).toEqual({ ok: true, next: want });
    else {
      expect(got.ok).toBe(false);
      if (!got.ok) expect([403, 409]).toContain(got.status);
    }
  });

  it('§12.4.2 nobody approves their own request; a chief only for its own department; an archivist approves nothing', () => {
    expect(nextLoanState('requested', 'approve', ACTORS.chiefOwnRequest, { finding: false })).toMatchObject({ ok: false, status: 403, code: 'own_request' });
    expect(nextLoanState('requested', 'approve', ACTORS.otherChief, { finding: false })).toMatchObject({ ok: false, status: 403, code: 'other_department' });
    expect(nextLoanState('chiefApproved', 'approve', ACTORS.otherLeader, { finding: false })).toMatchObject({ ok: false, status: 403, code: 'other_unit' });
    for (const s of LOAN_STATES) expect(nextLoanState(s, 'approve', ACTORS.archivist, { finding: false })).toMatchObject({ ok: false, status: 403 });
  });

  it('§12.4.2 a leader before the chief, or a chief after it, is an illegal transition: 409 naming the current state', () => {
    const early = nextLoanState('requested', 'approve', ACTORS.leader, { finding: false });
    expect(early).toMatchObject({ ok: false, status: 409, code: 'illegal_state' });
    if (!early.ok) expect(early.message).toContain('requested');
    expect(nextLoanState('chiefApproved', 'approve', ACTORS.chief, { finding: false })).toMatchObject({ ok: false, status: 409 });
  });

  it('§12.4.4 a return with a finding is closed by the chief, not by the archivist; an intact one by the archivist', () => {
    expect(nextLoanState('returned', 'close', ACTORS.archivist, { finding: true })).toMatchObject({ ok: false, status: 403, code: 'report_to_chief' });
    expect(nextLoanState('returned', 'close', ACTORS.chief, { finding: false })).toMatchObject({ ok: false, status: 403 });
    expect(nextLoanState('checkedOut', 'close', ACTORS.archivist, { finding: false })).toMatchObject({ ok: false, status: 409 });
  });

  it('a cancelled, rejected or closed loan goes nowhere', () => {
    for (const s of ['cancelled', 'rejected', 'closed'] as const)
      for (const a of LOAN_ACTIONS) for (const who of Object.values(ACTORS)) expect(nextLoanState(s, a, who, { finding: false }).ok).toBe(false);
  });
});

describe('nextChangeState (§12.3): the line office’s chief decides a change, never its own', () => {
  const actors = {
    chief: { role: 'chief', requester: false, lineOffice: true },
    ownChange: { role: 'chief', requester: true, lineOffice: true },
    otherChief: { role: 'chief', requester: false, lineOffice: false },
    archivist: { role: 'archivist', requester: false, lineOffice: true },
    officer: { role: 'officer', requester: false, lineOffice: true },
    leader: { role: 'leader', requester: false, lineOffice: false },
  } as const;
  const cells = (['pending', 'approved', 'rejected'] as const).flatMap((s) =>
    (['approve', 'reject'] as const).flatMap((a) => Object.keys(actors).map((who) => [s, a, who as keyof typeof actors] as const)),
  );
  it.each(cells)('%s · %s by %s', (state, action, who) => {
    const got = nextChangeState(state, action, actors[who]);
    if (state === 'pending' && who === 'chief') expect(got).toEqual({ ok: true, next: action === 'approve' ? 'approved' : 'rejected' });
    else if (who === 'chief') expect(got).toMatchObject({ ok: false, status: 409, code: 'illegal_state' });
    else expect(got).toMatchObject({ ok: false, status: 403 });
  });
});

describe('applyArchiveChange (§12.3): a change applies to the archive as requested', () => {
  const doc = (title: string): ArchiveDocument => ({ title, kind: 'other', pages: 1 });
  const archive = { documents: [doc('a'), doc('b')], title: '旧题名' };
  it('adds, removes and replaces a document, and corrects a field', () => {
    expect(applyArchiveChange(archive, { kind: 'addDocument', document: doc('c') })).toEqual({ documents: [doc('a'), doc('b'), doc('c')] });
    expect(applyArchiveChange(archive, { kind: 'removeDocument', documentIndex: 0 })).toEqual({ documents: [doc('b')] });
    expect(applyArchiveChange(archive, { kind: 'replaceDocument', documentIndex: 1, document: doc('x') })).toEqual({ documents: [doc('a'), doc('x')] });
    expect(applyArchiveChange(archive, { kind: 'correctField', field: 'title', value: '新题名' })).toEqual({ title: '新题名' });
    expect(archive.documents).toHaveLength(2);
  });
  it('refuses a document index the archive no longer has', () => {
    expect(() => applyArchiveChange(archive, { kind: 'removeDocument', documentIndex: 2 })).toThrow(RangeError);
  });
});

describe('archiveFindings (§12.4.4): what a return inspection found stays on the archive', () => {
  const loan = (id: number, over: Partial<LoanWithFinding>): LoanWithFinding => ({
    id,
    unitId: 1,
    departmentId: 2,
    requestedBy: 3,
    requestedByName: '李明',
    status: 'returned',
    condition: null,
    conditionNote: null,
    returnedAt: null,
    history: [],
    ...over,
  });
  const returned = (at: string) => ({ at, byName: '陈静', action: 'return', note: null });

  it('a return found unsealed, missing or soiled is a finding, open until the chief closes the loan; intact or still out is none', () => {
    const found = archiveFindings([
      loan(1, { status: 'closed', condition: 'intact', returnedAt: '2026-10-01T02:00:00.000Z' }),
      loan(2, { status: 'checkedOut' }),
      loan(3, { condition: 'missing', conditionNote: '缺第 2 页', returnedAt: '2026-11-20T02:00:00.000Z', history: [returned('2026-11-20T02:00:00.000Z')] }),
      loan(4, {
        status: 'closed',
        condition: 'soiled',
        conditionNote: '水渍',
        returnedAt: '2026-09-01T02:00:00.000Z',
        history: [returned('2026-09-01T02:00:00.000Z'), { at: '2026-09-02T02:00:00.000Z', byName: '张伟', action: 'close', note: '已提醒' }],
      }),
    ]);
    expect(found).toEqual([
      expect.objectContaining({ loanId: 3, condition: 'missing', note: '缺第 2 页', returnedByName: '陈静', closed: null }),
      expect.objectContaining({ loanId: 4, condition: 'soiled', closed: { at: '2026-09-02T02:00:00.000Z', byName: '张伟', note: '已提醒' } }),
    ]);
  });
});
