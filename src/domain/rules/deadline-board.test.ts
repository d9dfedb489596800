import { describe, expect, it } from 'vitest';
import { calibrationId, lockId } from '../ids';
import { acquainted, kciPlanOf, lockOn, rankingRecord, testBook, testPerson } from '../case/testing';
import { BOARD_CASES_PER_STEP, deadlineBoard, deadlineBoardSteps } from './deadline-board';

const people = [
  testPerson('h', null),
  testPerson('e', 'h'),
  testPerson('h2', null, { unitId: 'u2' }),
  testPerson('f', 'h2', { unitId: 'u2' }),
];
const find = (items: ReturnType<typeof deadlineBoard>, id: string) => items.find((i) => i.id === id);

describe('the deadline board (issue 7; 004 §§5, 12, 23, 39–42; 001 §49), read from the cases', () => {
  it('004 §5: each unit’s Q1 evaluation is due on 10 April; submitted on 8 April it is done, the other unit due soon', () => {
    const book = testBook({}, { people, asOf: '2026-04-09', locks: [[lockId('2026-Q1', 'u', 'ranking'), lockOn('2026-04-08')]] });
    const items = deadlineBoard({ year: 2026, book, unitIds: ['u', 'u2'] });
    expect(find(items, '2026-Q1:evaluation:u')).toMatchObject({ date: '2026-04-10', state: 'done', doneOn: '2026-04-08' });
    expect(find(items, '2026-Q1:evaluation:u2')).toMatchObject({ date: '2026-04-10', state: 'dueSoon' });
  });

  it('004 §23: a head’s Q2 plan is due 10 working days after 1 April — 14 April 2026 — and done when set', () => {
    const book = testBook({ plans: [kciPlanOf('2026-Q1', 'h', [], '2026-01-12')] }, { people, asOf: '2026-04-09' });
    const items = deadlineBoard({ year: 2026, book, unitIds: ['u'] });
    expect(find(items, '2026-Q2:kciSet:h')).toMatchObject({ date: '2026-04-14', state: 'dueSoon' });
    expect(find(items, '2026-Q1:kciSet:h')).toMatchObject({ state: 'done' });
  });

  it('reminders (notifications, 360, the annual result) leave the board once their date has passed; overdue items come first', () => {
    const items = deadlineBoard({ year: 2026, book: testBook({}, { people, asOf: '2026-07-15' }), unitIds: ['u'] });
    expect(find(items, '2026-Q1:notify')).toBeUndefined();
    expect(find(items, '2026-Q2:notify')).toBeUndefined();
    expect(find(items, '2026-Q3:notify')).toMatchObject({ date: '2026-10-10', state: 'due', reminder: true });
    expect(items[0]?.state).toBe('overdue');
    expect(items.findIndex((i) => i.state !== 'overdue')).toBeGreaterThan(0);
  });

  it('001 §49 and 004 §12: a returned KCI sheet’s resubmission and each completed result’s familiarisation are on the board', () => {
    const returned = kciPlanOf('2026-Q1', 'h', [
      { at: '2026-04-06T09:00:00Z', operator: '', action: 'submit', reason: '' },
      { at: '2026-04-09T09:00:00Z', operator: '', action: 'return', reason: 'Факты' },
    ]);
    const book = testBook(
      { plans: [returned], records: [rankingRecord('2026-Q1', 'e', 400)] },
      { people, asOf: '2026-04-09', locks: [[lockId('2026-Q1', 'u', 'ranking'), lockOn('2026-04-08')]] },
    );
    const items = deadlineBoard({ year: 2026, book, unitIds: ['u'] });
    // 004 sets no review step: the term rests on the assumption that follows 001 §49.
    expect(find(items, '2026-Q1:kciResubmit:h')).toMatchObject({ date: '2026-04-13', source: '', assumption: 'kciReview' });
    expect(find(items, '2026-Q1:familiarisation:ranking:e')).toMatchObject({
      date: '2026-04-10',
      state: 'dueSoon',
      source: '004 §12',
    });
  });

  it('004 §§39–40, 42: a calibration session’s decision and session are on the board; the protocol’s posting is a reminder once signed', () => {
    const session = {
      id: calibrationId('2026-Q1', 'ranking', 'e'),
      periodId: '2026-Q1',
      employeeId: 'e',
      component: 'ranking' as const,
      appliedOn: '2026-04-14',
      application: '',
      decidedOn: '2026-04-16',
      heldOn: null,
      evaluatorArgument: '',
      reason: '',
      signedOn: null,
      participants: [],
      feedback: { on: null, achievements: '', skills: '', potential: '' },
    };
    const book = testBook(
      {
        records: [rankingRecord('2026-Q1', 'e', 350)],
        familiarisations: [acquainted('2026-Q1', 'ranking', 'e', '2026-04-09')],
        calibrations: [session],
      },
      { people, asOf: '2026-04-20', locks: [[lockId('2026-Q1', 'u', 'ranking'), lockOn('2026-04-08')]] },
    );
    const items = deadlineBoard({ year: 2026, book, unitIds: ['u'] });
    expect(find(items, '2026-Q1:calibrationDecision:ranking:e')).toMatchObject({ state: 'done', source: '004 §39' });
    expect(find(items, '2026-Q1:calibrationSession:ranking:e')).toMatchObject({
      date: '2026-04-28',
      state: 'due',
      source: '004 §40',
    });
    expect(find(items, '2026-Q1:calibrationProtocol:ranking:e')).toBeUndefined();
  });

  it('made in steps (issue 21), the board pauses after every 500 cases and is the board made at once', () => {
    const many = [testPerson('h', null), ...Array.from({ length: 300 }, (_, i) => testPerson(`p${i}`, 'h'))];
    const at = () =>
      testBook(
        { records: many.map((e) => rankingRecord('2026-Q1', e.id, 400)) },
        { people: many, asOf: '2026-04-09', locks: [[lockId('2026-Q1', 'u', 'ranking'), lockOn('2026-04-08')]] },
      );
    const book = at();
    const steps = deadlineBoardSteps({ year: 2026, book, unitIds: ['u'] });
    const pauses: number[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses.push(next.value);
    // Four quarters of 301 people: 1,204 cases, a pause at 500 and 1,000 and one before the sort.
    expect(pauses).toEqual([BOARD_CASES_PER_STEP, 2 * BOARD_CASES_PER_STEP, 1204]);
    const once = deadlineBoard({ year: 2026, book: at(), unitIds: ['u'] });
    expect(next.value).toEqual(once);
    expect(once.length).toBeGreaterThan(300);
  });
});
