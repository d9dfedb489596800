/**
 * The procedure after the score (issue 17), each rule with the paragraph that sets it: the
 * submission that names who has no result, the Commission's majority of the members present,
 * several sittings per period, the authorised person's approval, familiarisation from it (and again
 * after a revision), appeals, and the deadlines of the acts on the board.
 */
import { describe, expect, it } from 'vitest';
import { lockId } from '../ids';
import { JUSTICE_2017, TYPICAL_2023, ZHANAOZEN_2023 } from '../profiles/builtin';
import { commissionDecision } from '../rules/procedures';
import { sittingState } from '../rules/commission-sitting';
import { deadlineBoard } from '../rules/deadline-board';
import { yearSchedule } from '../rules/schedule';
import { KZ_CALENDAR, workingDaysBefore } from '../rules/calendar';
import { evaluationDeadline } from '../rules/eligibility';
import { periodsOfYear } from '../model';
import { unitProgress } from './progress';
import { openUnits, submissionComplete, submissionMissing } from './submission';
import {
  acquainted,
  allVote,
  approvalOn,
  kciPlanOf,
  kciRecord,
  lockOn,
  rankingRecord,
  sittingCase,
  TEST_SEATS,
  testAppeal,
  testBook,
  testPerson,
  testSitting,
} from './testing';

const Q1 = '2026-Q1';
const people = [
  testPerson('h', null),
  testPerson('s', 'h'),
  testPerson('t', 'h'),
  testPerson('w', null, { unitId: 'u2' }),
  testPerson('v', 'w', { unitId: 'u2' }),
];
const members = TEST_SEATS.map((m) => ({ id: m.id, role: m.role }));
const everyone = TEST_SEATS.map((m) => m.id);
const submitted = (day = '2026-04-08', notEvaluated: { employeeId: string; reason: string }[] = []) =>
  [[lockId(Q1, 'u', 'ranking'), lockOn(day, notEvaluated)]] as const;

describe('the Commission decides by a majority of the members present (001 §§52–56, 002 §§7–9)', () => {
  const decide = (votes: Record<string, 'approve' | 'revise' | 'abstain'>, present = everyone) =>
    commissionDecision(members, present, new Map(Object.entries(votes)), TYPICAL_2023);

  it('001 §55: one “approve” among six members present decides nothing; four of six do', () => {
    expect(decide({ c: 'approve' })).toMatchObject({ kind: 'noMajority', approve: 1, revise: 0, present: 6 });
    expect(decide({ c: 'approve', m1: 'approve', m2: 'approve', m3: 'approve' })).toMatchObject({
      kind: 'decided',
      decision: 'approve',
      byChair: false,
    });
  });

  it('001 §55: an abstention is a vote for neither side — 3 approve, 2 revise, 1 abstains is no majority of six', () => {
    expect(decide({ c: 'approve', m1: 'approve', m2: 'approve', m3: 'revise', m4: 'revise', m5: 'abstain' })).toMatchObject({
      kind: 'noMajority',
      approve: 3,
      revise: 2,
    });
    expect(decide({ c: 'revise', m1: 'revise', m2: 'revise', m3: 'revise', m4: 'abstain', m5: 'abstain' })).toMatchObject({
      kind: 'decided',
      decision: 'revise',
    });
  });

  it('001 §55: an even split with every member present voting goes the way the chair voted; without the chair’s vote it is undecided', () => {
    expect(decide({ c: 'revise', m1: 'revise', m2: 'revise', m3: 'approve', m4: 'approve', m5: 'approve' })).toMatchObject({
      kind: 'decided',
      decision: 'revise',
      byChair: true,
    });
    const withoutChair = everyone.filter((id) => id !== 'c' && id !== 'm5');
    expect(decide({ m1: 'revise', m2: 'revise', m3: 'approve', m4: 'approve' }, [...withoutChair, 'x'])).toEqual({
      kind: 'chairAbsent',
    });
  });

  it('001 §§52, 56: only the members present sign the protocol, the secretary first; the absent do not', () => {
    const s = testSitting(Q1, 1, [sittingCase('s', allVote('approve', ['c', 'm1', 'm2', 'm3', 'm4']))], {
      present: ['c', 'm1', 'm2', 'm3', 'm4', 'x'],
    });
    const state = sittingState(s, TYPICAL_2023);
    expect(state.signatories.map((m) => m.id)).toEqual(['x', 'c', 'm1', 'm2', 'm3', 'm4']);
    expect(state.signatories.map((m) => m.id)).not.toContain('m5');
  });

  it('001 §§52–57: a protocol is not signed before its sitting, nor without results before it', () => {
    const s = testSitting(Q1, 1, [sittingCase('s', allVote('approve'))], { heldOn: '2026-04-20', signedOn: null });
    expect(sittingState(s, TYPICAL_2023, '2026-04-19').blockers).toContain('signedBeforeHeld');
    expect(sittingState(s, TYPICAL_2023, '2026-04-20').blockers).toEqual([]);
    expect(sittingState({ ...s, cases: [] }, TYPICAL_2023, '2026-04-20').blockers).toContain('noCases');
  });
});

describe('several sittings per period, approval and familiarisation from it (001 §§59–63)', () => {
  const records = { records: [rankingRecord(Q1, 's', 350), rankingRecord(Q1, 'v', 400)] };
  const locks = [...submitted(), [lockId(Q1, 'u2', 'ranking'), lockOn('2026-04-22')] as const];

  it('a later sitting takes the unit submitted after the first was signed: each person’s case is in the sitting that decided it', () => {
    const book = testBook(
      {
        ...records,
        sittings: [
          testSitting(Q1, 1, [sittingCase('s', allVote('approve'))], { approval: approvalOn('2026-04-21') }),
          testSitting(Q1, 2, [sittingCase('v', allVote('approve'))], { heldOn: '2026-04-27', signedOn: '2026-04-27' }),
        ],
      },
      { people, locks, asOf: '2026-04-28', profile: ZHANAOZEN_2023 },
    );
    expect(book.caseOf('s', Q1)?.commission?.sitting.number).toBe(1);
    expect(book.caseOf('v', Q1)).toMatchObject({ stage: 'decided', blocks: ['notApproved'] });
    expect(book.caseOf('v', Q1)?.commission?.sitting.number).toBe(2);
  });

  it('001 §61: the results are final only once the authorised person approved the protocol', () => {
    const at = (approval: ReturnType<typeof approvalOn> | null) =>
      testBook(
        { ...records, sittings: [testSitting(Q1, 1, [sittingCase('s', allVote('approve'))], { approval })] },
        { people, locks, asOf: '2026-04-21', profile: ZHANAOZEN_2023 },
      ).caseOf('s', Q1);
    expect(at(null)).toMatchObject({ stage: 'decided', blocks: ['notApproved'], final: { final: false } });
    expect(at(approvalOn('2026-04-21'))).toMatchObject({ stage: 'approved', final: { final: true, value: 350 } });
  });

  it('001 §§61–62: familiarisation is due two working days after the approval, not after the submission', () => {
    const book = testBook(
      {
        ...records,
        sittings: [testSitting(Q1, 1, [sittingCase('s', allVote('approve'))], { approval: approvalOn('2026-04-21') })],
      },
      { people, locks, asOf: '2026-04-21', profile: ZHANAOZEN_2023 },
    );
    const step = book.caseOf('s', Q1)?.steps.find((x) => x.kind === 'familiarisation');
    expect(step).toMatchObject({ deadline: '2026-04-23', from: '2026-04-21', doneOn: null });
    // Before the approval there is nobody to acquaint under 001.
    const before = testBook(records, { people, locks, asOf: '2026-04-10', profile: ZHANAOZEN_2023 });
    expect(before.caseOf('s', Q1)?.steps.some((x) => x.kind === 'familiarisation')).toBe(false);
  });

  it('004 §12: a result revised after the person was acquainted is acquainted again, within two working days of the approval', () => {
    const sittings = [testSitting(Q1, 1, [sittingCase('s', allVote('revise'), 300)], { approval: approvalOn('2026-04-21') })];
    const first = acquainted(Q1, 'ranking', 's', '2026-04-09', { value: 350 });
    const open = testBook(
      { ...records, sittings, familiarisations: [first] },
      { people, locks, asOf: '2026-04-22', profile: TYPICAL_2023 },
    ).caseOf('s', Q1);
    expect(open).toMatchObject({ stage: 'approved', blocks: ['notAcquaintedAgain'], final: { value: 300 } });
    expect(open?.steps.find((x) => x.kind === 'familiarisationAgain')).toMatchObject({ deadline: '2026-04-23', doneOn: null });
    const again = acquainted(Q1, 'ranking', 's', '2026-04-22', { round: 2, value: 300, how: 'electronic' });
    const done = testBook(
      { ...records, sittings, familiarisations: [first, again] },
      { people, locks, asOf: '2026-04-22', profile: TYPICAL_2023 },
    ).caseOf('s', Q1);
    expect(done?.blocks).toEqual([]);
    expect(done?.familiarisationRounds.map((f) => f.round)).toEqual([1, 2]);
    expect(done?.steps.find((x) => x.kind === 'familiarisationAgain')).toMatchObject({ doneOn: '2026-04-22', state: 'done' });
  });

  it('002 §35: the 2017 model has no approval — familiarisation runs from the signed protocol', () => {
    const points = { component: 'points' as const };
    const book = testBook(
      { sittings: [testSitting(Q1, 1, [{ ...sittingCase('s', allVote('approve')), ...points }])] },
      {
        people,
        locks: [[lockId(Q1, 'u', 'points'), lockOn('2026-04-08')]],
        asOf: '2026-04-21',
        profile: JUSTICE_2017,
      },
    );
    const c = book.caseOf('s', Q1);
    expect(c).toMatchObject({ stage: 'approved', final: { final: true } });
    expect(c?.steps.find((x) => x.kind === 'familiarisation')).toMatchObject({ from: '2026-04-20', deadline: '2026-04-22' });
    expect(c?.steps.some((x) => x.kind === 'approval')).toBe(false);
  });
});

describe('submission says who has no result (004 §§31–32)', () => {
  it('the unscored are listed before the submission; each needs a reason', () => {
    const book = testBook({ records: [rankingRecord(Q1, 's', 350)] }, { people, asOf: '2026-04-08' });
    const missing = submissionMissing(book, Q1, 'u', 'ranking');
    expect(missing.map((c) => c.employee.id)).toEqual(['t']);
    expect(submissionComplete(missing, new Map())).toBe(false);
    expect(submissionComplete(missing, new Map([['t', ' ']]))).toBe(false);
    expect(submissionComplete(missing, new Map([['t', 'длительный больничный']]))).toBe(true);
  });

  it('a person recorded as not evaluated at the submission keeps the reason in the case and is counted apart in the overview', () => {
    const book = testBook(
      { records: [rankingRecord(Q1, 's', 350)] },
      { people, locks: submitted('2026-04-08', [{ employeeId: 't', reason: 'длительный больничный' }]), asOf: '2026-04-09' },
    );
    expect(book.caseOf('t', Q1)).toMatchObject({
      stage: 'notEvaluated',
      blocks: ['recordedNotEvaluated'],
      notEvaluatedReason: 'длительный больничный',
    });
    // The head (by KCI) and s are to score; t is counted apart.
    expect(unitProgress(book, ['u'], [Q1])[0]).toMatchObject({ toScore: 2, scored: 1, recordedNotEvaluated: 1 });
  });

  it('a period submitted while someone has no result says so on the case (nobody drops silently)', () => {
    const book = testBook({ records: [rankingRecord(Q1, 's', 350)] }, { people, locks: submitted(), asOf: '2026-04-09' });
    expect(book.caseOf('t', Q1)?.blocks).toContain('submittedWithoutResult');
  });

  it('the units still open are named for the Commission’s secretary, with how many people', () => {
    const book = testBook(
      { records: [rankingRecord(Q1, 's', 350), rankingRecord(Q1, 't', 350)] },
      { people, locks: submitted(), asOf: '2026-04-09' },
    );
    // u: its head’s KCI sheet is not agreed; u2: not submitted (its head and v).
    expect(openUnits(book.casesOf(people, Q1))).toEqual([
      { unitId: 'u', count: 1 },
      { unitId: 'u2', count: 2 },
    ]);
  });
});

describe('appeals (001 §§64–65, 002 §§38–40)', () => {
  const base = {
    records: [rankingRecord(Q1, 's', 350)],
    sittings: [testSitting(Q1, 1, [sittingCase('s', allVote('approve'))], { approval: approvalOn('2026-04-21') })],
  };
  const caseWith = (appeal: ReturnType<typeof testAppeal>, profile = ZHANAOZEN_2023) =>
    testBook({ ...base, appeals: [appeal] }, { people, locks: submitted(), asOf: '2026-05-25', profile }).caseOf('s', Q1);

  it('001 §64: an appeal is due within ten working days of the decision (the approval), over the May holidays', () => {
    // 21 April + 10 working days, 1 May (Unity Day) not counted.
    expect(caseWith(testAppeal(Q1, 's'))?.steps.find((x) => x.kind === 'appeal')).toMatchObject({
      deadline: '2026-05-06',
      doneOn: '2026-04-24',
      late: false,
    });
    expect(caseWith(testAppeal(Q1, 's', { filedOn: '2026-05-12' }))?.steps.find((x) => x.kind === 'appeal')?.late).toBe(true);
  });

  it('001 §64: a pending appeal holds the case; left without revision the result stands; revised it is the new result', () => {
    expect(caseWith(testAppeal(Q1, 's'))).toMatchObject({ stage: 'underAppeal', blocks: ['appealPending'] });
    expect(caseWith(testAppeal(Q1, 's', { outcome: 'upheld', decidedOn: '2026-05-15' }))).toMatchObject({
      stage: 'approved',
      final: { value: 350, stage: 'evaluator' },
    });
    const changed = caseWith(
      testAppeal(Q1, 's', { outcome: 'changed', decidedOn: '2026-05-15', newResult: 420, source: 'Приказ № 7' }),
    );
    expect(changed).toMatchObject({ final: { value: 420, grade: 'effective', stage: 'appeal', final: true } });
  });

  it('002 §39: the state body informs the authorised body of its decision within two weeks', () => {
    const points = { component: 'points' as const };
    const book = testBook(
      {
        sittings: [testSitting(Q1, 1, [{ ...sittingCase('s', allVote('approve')), ...points }])],
        appeals: [{ ...testAppeal(Q1, 's', { outcome: 'upheld', decidedOn: '2026-05-15' }), ...points, id: `${Q1}:points:s` }],
      },
      { people, locks: [[lockId(Q1, 'u', 'points'), lockOn('2026-04-08')]], asOf: '2026-05-20', profile: JUSTICE_2017 },
    );
    expect(book.caseOf('s', Q1)?.steps.find((x) => x.kind === 'appealInformed')).toMatchObject({
      deadline: '2026-05-29',
      doneOn: null,
      source: '002 §39',
    });
  });
});

describe('every deadline of the acts on the board', () => {
  const q1 = periodsOfYear(2026).find((p) => p.id === Q1);
  const last = q1 ? evaluationDeadline(q1, ZHANAOZEN_2023) : '';
  const of = (profile = ZHANAOZEN_2023) => yearSchedule(2026, profile, KZ_CALENDAR).filter((d) => d.periodId === Q1);

  it('004 §23, 001 §22: the actual KCI values reach the evaluator no later than five working days before the last day', () => {
    expect(of().find((d) => d.kind === 'kciActuals')).toMatchObject({
      date: workingDaysBefore(last, 5, KZ_CALENDAR),
      source: '001 §22',
    });
  });

  it('001 §51: those who evaluate are told three working days before; 002 §14: ten calendar days', () => {
    expect(of().find((d) => d.kind === 'evaluationNotice')).toMatchObject({
      date: workingDaysBefore(last, 3, KZ_CALENDAR),
      source: '001 §51',
    });
    const justiceLast = q1 ? evaluationDeadline(q1, JUSTICE_2017) : '';
    const justice = of(JUSTICE_2017).find((d) => d.kind === 'evaluationNotice');
    expect(justice?.source).toBe('002 §14');
    expect(new Date(justiceLast).getTime() - new Date(justice?.date ?? '').getTime()).toBe(10 * 86_400_000);
  });

  it('002 §10: the individual work plan of the year by 10 January', () => {
    expect(yearSchedule(2026, JUSTICE_2017, KZ_CALENDAR).find((d) => d.kind === 'plan')).toMatchObject({
      periodId: '2026-Y',
      date: '2026-01-10',
      source: '002 §10',
    });
  });

  it('001 §50: a head’s agreed KCI sheet goes to the Commission within two working days; the head’s KCI evaluation is on the board', () => {
    const book = testBook(
      {
        records: [kciRecord(Q1, 'h', { k1: 500, k2: 500, k3: 500 })],
        plans: [
          kciPlanOf(
            Q1,
            'h',
            [
              { at: '2026-04-06T10:00:00Z', operator: 'HR', action: 'submit', reason: '' },
              { at: '2026-04-07T10:00:00Z', operator: 'HR', action: 'agree', reason: '' },
            ],
            '2026-01-10',
          ),
        ],
      },
      { people, asOf: '2026-04-08', profile: ZHANAOZEN_2023 },
    );
    expect(book.caseOf('h', Q1)?.steps.find((x) => x.kind === 'sheetToCommission')).toMatchObject({
      deadline: '2026-04-09',
      source: '001 §50',
    });
    const board = deadlineBoard({ year: 2026, book, unitIds: ['u'] });
    expect(board.find((i) => i.kind === 'sheetToCommission' && i.employeeId === 'h')).toMatchObject({ date: '2026-04-09' });
    expect(board.find((i) => i.kind === 'kciEvaluation' && i.employeeId === 'h' && i.periodId === Q1)).toMatchObject({
      doneOn: '2026-04-07',
    });
  });

  it('001 §61: a signed protocol waits on the board for its approval; approved, it is done', () => {
    const sitting = testSitting(Q1, 1, [sittingCase('s', allVote('approve'))]);
    const board = (approval: ReturnType<typeof approvalOn> | null) =>
      deadlineBoard({
        year: 2026,
        book: testBook(
          { records: [rankingRecord(Q1, 's', 350)], sittings: [{ ...sitting, approval }] },
          { people, locks: submitted(), asOf: '2026-04-22', profile: ZHANAOZEN_2023 },
        ),
        unitIds: ['u'],
      }).find((i) => i.kind === 'approval');
    expect(board(null)).toMatchObject({ sitting: 1, date: '2026-04-20', state: 'dueSoon', doneOn: null, source: '001 §61' });
    expect(board(approvalOn('2026-04-21'))).toMatchObject({ state: 'done', doneOn: '2026-04-21' });
  });
});

describe('the Zhanaozen profile cites its own act for calibration (001 §§12–13, 38–41)', () => {
  it('001 §13: a calibration decision is appealed under the Administrative Procedural Code; §§12, 38, 39, 41 set its terms', () => {
    expect(ZHANAOZEN_2023.procedure.calibrationAppeal).toEqual({ value: true, source: '001 §13' });
    const c = ZHANAOZEN_2023.calibration;
    expect([c.applyWorkingDays, c.decideWorkingDays, c.holdWorkingDays, c.protocolWorkingDays]).toEqual([
      { value: 5, source: '001 §12' },
      { value: 3, source: '001 §38' },
      { value: 10, source: '001 §39' },
      { value: 3, source: '001 §41' },
    ]);
  });
});
