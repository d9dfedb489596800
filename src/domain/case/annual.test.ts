/**
 * The 2017 points model's year before the Commission (issue 17): the annual result is a case of
 * its own — submitted, reviewed by the Commission (002 §35), acquainted (002 §36), appealed (002
 * §38) and followed by training (002 §43) — and the year everywhere is the one the Commission decided.
 */
import { describe, expect, it } from 'vitest';
import { addMonths } from '../dates';
import { lockId, pointsSheetId, yearId } from '../ids';
import type { PointsSheet } from '../model';
import { JUSTICE_2017, TYPICAL_2023 } from '../profiles/builtin';
import { deadlineBoard } from '../rules/deadline-board';
import { familiarisationItems } from '../rules/familiarisation';
import { readResult } from '../rules/score-input';
import { yearOf } from './year';
import { acquainted, allVote, lockOn, sittingCase, testAppeal, testBook, testPerson, testSitting } from './testing';

const Y = yearId(2026);
const people = [testPerson('h', null), testPerson('s', 'h')];
const yearSheet = (employeeId: string, over: Partial<PointsSheet> = {}): PointsSheet => ({
  id: pointsSheetId(Y, employeeId),
  periodId: Y,
  employeeId,
  incentives: [],
  violations: [],
  // 002 §30: a target achieved is 4; with four quarters at the base 100 points («қанағаттанарлық», 3) the year is 3,5.
  targets: [{ id: 't1', name: 'Жоспар', result: 'achieved' }],
  profileId: JUSTICE_2017.id,
  profileVersion: JUSTICE_2017.version,
  ...over,
});
const points = { component: 'points' as const };
const yearLocked = [[lockId(Y, 'u', 'points'), lockOn('2027-01-12')]] as const;
const sitting = (corrected: number | null, over = {}) =>
  testSitting(Y, 1, [{ ...sittingCase('s', allVote(corrected === null ? 'approve' : 'revise'), corrected), ...points }], {
    heldOn: '2027-01-20',
    signedOn: '2027-01-20',
    ...over,
  });
const book = (over: Parameters<typeof testBook>[0] = {}, asOf = '2027-01-21', sheets = [yearSheet('s')]) =>
  testBook({ sheets, ...over }, { people, profile: JUSTICE_2017, asOf, locks: yearLocked });

describe('the Commission reviews the annual results too (002 §35)', () => {
  it('002 §35: under the 2017 model the year is a case of its own, computed by 002 §§28–33; not under 004 §5', () => {
    const c = book().caseOf('s', Y);
    expect(c).toMatchObject({ method: 'points', completedOn: '2027-01-12', computed: { value: 35, grade: 'satisfactory' } });
    expect(c?.stage).toBe('beforeCommission');
    expect(testBook({}, { people, asOf: '2027-01-21' }).caseOf('s', Y)).toBeUndefined();
    expect(TYPICAL_2023.procedure.annualReview).toMatchObject({ value: false, source: '004 §5' });
    expect(JUSTICE_2017.procedure.annualReview).toMatchObject({ value: true, source: '002 §35' });
  });

  it('002 §32: the year waits for the work plan — a target not assessed blocks it', () => {
    const c = book({}, '2027-01-21', [yearSheet('s', { targets: [{ id: 't1', name: 'Жоспар', result: null }] })]).caseOf('s', Y);
    expect(c?.computed).toBeUndefined();
    expect(c?.blocks).toContain('planNotScored');
  });

  it('002 §35: the Commission’s correction of the year (tenths, 0–5) is the annual result everywhere once signed', () => {
    const b = book({ sittings: [sitting(45)] });
    const c = b.caseOf('s', Y);
    expect(c).toMatchObject({
      stage: 'approved',
      final: { value: 45, decimals: 1, grade: 'effective', stage: 'commission', final: true },
    });
    const y = yearOf(b, 's', 2026);
    expect(y).toMatchObject({ result: 45, grade: 'effective', consequences: { bonusEligible: true, trainingNeeded: false } });
    expect(y.points).toMatchObject({ converted: 3, plan: 40 });
    // Unsigned, the year stays as computed.
    expect(yearOf(book({ sittings: [sitting(45, { signedOn: null })] }), 's', 2026)).toMatchObject({ result: 35 });
  });

  it('002 §32: HR computes the year no later than five working days before the sitting', () => {
    const c = book({ sittings: [sitting(null, { signedOn: null })] }).caseOf('s', Y);
    expect(c?.steps.find((x) => x.kind === 'yearComputed')).toMatchObject({
      deadline: '2027-01-13',
      doneOn: '2027-01-12',
      state: 'done',
      source: '002 §32',
    });
    // Not yet submitted a week before the sitting: overdue on the board.
    const late = testBook(
      { sheets: [yearSheet('s')], sittings: [sitting(null, { signedOn: null })] },
      { people, profile: JUSTICE_2017, asOf: '2027-01-15' },
    );
    expect(late.caseOf('s', Y)?.steps.find((x) => x.kind === 'yearComputed')).toMatchObject({ doneOn: null, state: 'overdue' });
    // One item per person the year evaluates (h and s, both under the points model).
    const items = deadlineBoard({ year: 2026, book: late, unitIds: ['u'] }).filter((i) => i.kind === 'yearComputed');
    expect(items.map((i) => [i.employeeId, i.date, i.state]).sort()).toEqual([
      ['h', '2027-01-13', 'overdue'],
      ['s', '2027-01-13', 'overdue'],
    ]);
  });

  it('002 §33: a correction is typed on the annual scale with one decimal', () => {
    expect(readResult('4,3', 'corrected', 1)).toEqual({ kind: 'result', value: 43 });
    expect(readResult('4,35', 'corrected', 1)).toMatchObject({ kind: 'invalid', problem: { code: 'oneDecimal' } });
    expect(readResult('6', 'corrected', 1)).toMatchObject({ kind: 'invalid', problem: { code: 'scoreOutOfRange' } });
  });

  it('002 §36: the annual result is acquainted within two working days of the signed decision', () => {
    const b = book({ sittings: [sitting(null)] });
    const [item] = familiarisationItems([b.caseOf('s', Y)].flatMap((c) => (c ? [c] : [])));
    expect(item).toMatchObject({
      periodId: Y,
      component: 'points',
      from: '2027-01-20',
      deadline: '2027-01-22',
      value: 35,
      decimals: 1,
    });
    const done = book({
      sittings: [sitting(null)],
      familiarisations: [acquainted(Y, 'points', 's', '2027-01-21', { value: 35 })],
    });
    expect(done.caseOf('s', Y)?.blocks).toEqual([]);
  });

  it('002 §43: a «қанағаттанғысыз» year sends the person to training within three months of the decision', () => {
    // The plan not achieved (2): (3 + 2) / 2 = 2,5 — «қанағаттанғысыз».
    const failed = [yearSheet('s', { targets: [{ id: 't1', name: 'Жоспар', result: 'notAchieved' }] })];
    const c = book({ sittings: [sitting(null)] }, '2027-01-21', failed).caseOf('s', Y);
    expect(c?.final).toMatchObject({ value: 25, grade: 'unsatisfactory' });
    expect(c?.steps.find((x) => x.kind === 'training')).toMatchObject({
      deadline: addMonths('2027-01-20', 3),
      doneOn: null,
      source: '002 §43',
    });
    expect(addMonths('2027-01-20', 3)).toBe('2027-04-20');
    const board = deadlineBoard({ year: 2026, book: book({ sittings: [sitting(null)] }, '2027-01-21', failed), unitIds: ['u'] });
    expect(board.find((i) => i.kind === 'training')).toMatchObject({ periodId: Y, employeeId: 's', date: '2027-04-20' });
    const sent = book({ sittings: [sitting(null)] }, '2027-01-21', [
      yearSheet('s', { targets: failed[0]?.targets ?? [], trainingOn: '2027-03-01' }),
    ]).caseOf('s', Y);
    expect(sent?.steps.find((x) => x.kind === 'training')).toMatchObject({ doneOn: '2027-03-01', state: 'done' });
    // A «қанағаттанарлық» year (3,5) needs none: 002 §43 trains in the direction found unsatisfactory.
    expect(
      book({ sittings: [sitting(null)] })
        .caseOf('s', Y)
        ?.steps.some((x) => x.kind === 'training'),
    ).toBe(false);
  });

  it('002 §38: an appeal’s new annual result is the year’s', () => {
    const appeal = {
      ...testAppeal(Y, 's', {
        outcome: 'changed',
        decidedOn: '2027-02-10',
        newResult: 41,
        source: 'Шешім № 5',
        filedOn: '2027-01-25',
      }),
      ...points,
      id: `${Y}:points:s`,
    };
    const b = book({ sittings: [sitting(null)], appeals: [appeal] }, '2027-02-11');
    expect(b.caseOf('s', Y)?.final).toMatchObject({ value: 41, stage: 'appeal', final: true });
    expect(yearOf(b, 's', 2026)).toMatchObject({ result: 41, grade: 'effective' });
  });
});

describe('addMonths', () => {
  it('a term in months ends on the same day, or the month’s last day', () => {
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
});

describe('the work plan of a servant appointed after 10 January (002 §11)', () => {
  const late = [testPerson('h', null), testPerson('s', 'h', { appointedOn: '2026-03-02' })];
  const at = (sheets: PointsSheet[]) => testBook({ sheets }, { people: late, profile: JUSTICE_2017, asOf: '2026-03-05' });
  it('002 §11: drawn up within ten working days of the appointment — the person’s own deadline, on the board; done the day it had targets', () => {
    const open = at([])
      .caseOf('s', Y)
      ?.steps.find((s) => s.kind === 'planOf');
    // 2 March 2026 + 10 working days (8 March a holiday, moved to Monday 9 March): 17 March.
    expect(open).toMatchObject({ deadline: '2026-03-17', doneOn: null, source: '002 §11' });
    const board = deadlineBoard({ year: 2026, book: at([]), unitIds: ['u'] }).filter((i) => i.kind === 'planOf');
    expect(board).toMatchObject([{ employeeId: 's', date: '2026-03-17', state: 'due' }]);
    const drawn = at([yearSheet('s', { targets: [{ id: 't', name: 'План', result: null }], planOn: '2026-03-10' })]);
    expect(drawn.caseOf('s', Y)?.steps.find((s) => s.kind === 'planOf')?.doneOn).toBe('2026-03-10');
    // Appointed before 10 January: the plan is due with everyone's, not on a day of their own.
    const early = testBook({}, { people, profile: JUSTICE_2017, asOf: '2026-03-05' });
    expect(early.caseOf('s', Y)?.steps.some((s) => s.kind === 'planOf')).toBe(false);
    expect(TYPICAL_2023.procedure.planAfterAppointmentWorkingDays.value).toBe(0);
  });
});
