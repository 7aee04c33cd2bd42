import { describe, expect, it } from 'vitest';
import {
  confirmProblems,
  draftProblems,
  isLateEntry,
  nextResultStatus,
  noticeMayBeIssued,
  rectificationMayBeIssued,
  taskStatusFrom,
  type ResultFacts,
  type Team,
} from '../../api/domain/results.js';

const team: Team = { inspectorIds: [1, 2, 3], certificates: { 1: 'C1', 2: 'C2', 3: 'C3' } };
const present = (...ids: number[]) => ids.map((id) => ({ inspectorId: id, certificateNo: `C${id}`, certificateShown: true }));

/** A complete on-site result with no problem found: confirmable as it stands. */
const onsite: ResultFacts = {
  methods: ['onsite'],
  noticeMode: 'phone',
  noticeDate: '2026-03-01',
  onsiteDate: '2026-03-03',
  onsitePlace: '香港中路 1 号',
  present: present(1, 2),
  recordFormFilled: true,
  entitySignoff: 'signed',
  category: 'no_problem',
  responsibleInspectorId: 1,
};
const ok = { team, evidenceCount: 0, policeReferrals: 0 };

describe('results: the rules before confirmation', () => {
  it('accepts a complete on-site result', () => {
    expect(confirmProblems(onsite, ok)).toEqual({});
  });

  it('§9.3.2.3a refuses an on-site result with one inspector present', () => {
    expect(confirmProblems({ ...onsite, present: present(1) }, ok).present).toMatch(/不得少于两人/);
  });

  it('§9.3.2.3a refuses present inspectors outside the team, or with another certificate number, or without showing it', () => {
    expect(draftProblems({ ...onsite, present: present(1, 9) }, team).present).toMatch(/检查组成员/);
    expect(draftProblems({ ...onsite, present: [{ inspectorId: 1, certificateNo: 'X', certificateShown: true }] }, team).present).toMatch(/执法证号/);
    expect(confirmProblems({ ...onsite, present: [...present(1), { inspectorId: 2, certificateNo: 'C2', certificateShown: false }] }, ok).present).toMatch(
      /出示执法证件/,
    );
  });

  it('§9.3.2.3d a refusal needs every present member’s signature', () => {
    const refused = { ...onsite, entitySignoff: 'refused', present: present(1, 2, 3) };
    expect(confirmProblems({ ...refused, refusalSignedBy: [1, 2] }, ok).refusalSignedBy).toMatch(/全体成员/);
    expect(confirmProblems({ ...refused, refusalSignedBy: [1, 2, 3] }, ok)).toEqual({});
    expect(draftProblems({ ...refused, present: present(1, 2), refusalSignedBy: [1, 3] }, team).refusalSignedBy).toMatch(/到场/);
  });

  it('§9.3.2.3b/§9.3.2.3d the record form is filled and signed, sealed or refused', () => {
    const p = confirmProblems({ ...onsite, recordFormFilled: false, entitySignoff: null }, ok);
    expect(p.recordFormFilled).toMatch(/记录表/);
    expect(p.entitySignoff).toBeTruthy();
  });

  it('§9.3.2.2 prior notice: a way and a date, or "not advisable" with its reason', () => {
    expect(confirmProblems({ ...onsite, noticeMode: null }, ok).noticeMode).toBeTruthy();
    expect(confirmProblems({ ...onsite, noticeDate: null }, ok).noticeDate).toBeTruthy();
    expect(confirmProblems({ ...onsite, noticeMode: 'not_advisable', noticeDate: null }, ok).noticeNotAdvisableReason).toBeTruthy();
    expect(confirmProblems({ ...onsite, noticeMode: 'not_advisable', noticeDate: null, noticeNotAdvisableReason: '突击检查' }, ok)).toEqual({});
  });

  it('§11.3.3 a result that found a problem needs at least one evidence item', () => {
    const problem = { ...onsite, category: 'problem_corrected', problems: '未签劳动合同', measures: ['rectify'], measureForms: ['written'] };
    expect(confirmProblems(problem, ok).evidence).toMatch(/至少一项证据/);
    expect(confirmProblems(problem, { ...ok, evidenceCount: 1 })).toEqual({});
  });

  it('§9.3.2.3c a stop or rectification order says how it was given', () => {
    expect(confirmProblems({ ...onsite, measures: ['stop_order'] }, ok).measureForms).toBeTruthy();
  });

  it('§13.2d a late entry needs the head’s explanation', () => {
    expect(isLateEntry('2026-12-26', '2026-12-25')).toBe(true);
    expect(isLateEntry('2026-12-25', '2026-12-25')).toBe(false);
    expect(confirmProblems({ ...onsite, late: true }, ok).lateExplanation).toMatch(/§13.2d/);
    expect(confirmProblems({ ...onsite, late: true, lateExplanation: '检查对象停业整顿，延后检查' }, ok)).toEqual({});
  });

  it('§13.2c a suspected crime cannot be confirmed before a police referral exists', () => {
    expect(confirmProblems({ ...onsite, suspectedCrime: true }, ok).suspectedCrime).toMatch(/公安机关/);
    expect(confirmProblems({ ...onsite, suspectedCrime: true }, { ...ok, policeReferrals: 1 })).toEqual({});
  });

  it('§9.3.2.4 the responsible inspector is named and is on the team', () => {
    expect(confirmProblems({ ...onsite, responsibleInspectorId: null }, ok).responsibleInspectorId).toBeTruthy();
    expect(draftProblems({ ...onsite, responsibleInspectorId: 9 }, team).responsibleInspectorId).toBeTruthy();
  });

  it('§9.3.1.1 a desk review needs no on-site facts', () => {
    expect(confirmProblems({ methods: ['document'], category: 'no_problem', responsibleInspectorId: 2 }, ok)).toEqual({});
  });
});

describe('results: states of a result and of its task', () => {
  it('pending → draft → confirmed → published; a confirmed result cannot be saved; only a confirmed one reopens', () => {
    expect(nextResultStatus('pending', 'save')).toBe('draft');
    expect(nextResultStatus('draft', 'confirm')).toBe('confirmed');
    expect(nextResultStatus('confirmed', 'save')).toBeUndefined();
    expect(nextResultStatus('confirmed', 'reopen')).toBe('draft');
    expect(nextResultStatus('published', 'reopen')).toBeUndefined();
    expect(nextResultStatus('confirmed', 'publish')).toBe('published');
    expect(nextResultStatus('draft', 'publish')).toBeUndefined();
  });

  it('a task is inspecting from the first draft, completed when all are confirmed, published when all are published', () => {
    expect(taskStatusFrom('drawn', ['pending', 'pending'])).toBe('drawn');
    expect(taskStatusFrom('drawn', ['draft', 'pending'])).toBe('inspecting');
    expect(taskStatusFrom('inspecting', ['confirmed', 'published'])).toBe('completed');
    expect(taskStatusFrom('completed', ['published', 'published'])).toBe('published');
    expect(taskStatusFrom('completed', ['draft', 'confirmed'])).toBe('inspecting');
  });
});

describe('results: which documents may be issued', () => {
  it('§9.3.2.2 a prior notice before any result and for an announced check, none for a check not to announce', () => {
    expect(noticeMayBeIssued(undefined)).toBe(true);
    expect(noticeMayBeIssued(onsite)).toBe(true);
    expect(noticeMayBeIssued({ ...onsite, noticeMode: 'not_advisable' })).toBe(false);
  });

  it('§9.3.2.3c an order to rectify only for a result that found a problem', () => {
    expect(rectificationMayBeIssued(undefined)).toBe(false);
    expect(rectificationMayBeIssued(onsite)).toBe(false);
    expect(rectificationMayBeIssued({ ...onsite, category: 'problem_corrected' })).toBe(true);
    expect(rectificationMayBeIssued({ ...onsite, category: 'problem_pending' })).toBe(true);
    expect(rectificationMayBeIssued({ ...onsite, category: 'non_cooperation' })).toBe(false);
  });
});
