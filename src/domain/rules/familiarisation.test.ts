import { describe, expect, it } from 'vitest';
import { lockId } from '../ids';
import { acquainted, kciPlanOf, kciRecord, lockOn, rankingRecord, testBook, testPerson } from '../case/testing';
import { familiarisationItems, familiarisationProblem } from './familiarisation';
import type { Familiarisation } from '../model';
import { TYPICAL_2023, ZHANAOZEN_2023 } from '../profiles/builtin';

/** Staff member e of unit u, scored 4.00 in Q1 or Q2 and submitted on `completedOn`, seen on `asOf`. */
const itemOf = (completedOn: string, asOf: string, on?: string) => {
  const periodId = completedOn < '2026-04-30' ? '2026-Q1' : '2026-Q2';
  const book = testBook(
    { records: [rankingRecord(periodId, 'e', 400)], familiarisations: on ? [acquainted(periodId, 'ranking', 'e', on)] : [] },
    {
      people: [testPerson('h', null), testPerson('e', 'h')],
      asOf,
      locks: [[lockId(periodId, 'u', 'ranking'), lockOn(completedOn)]],
    },
  );
  return familiarisationItems(book.casesOf(book.input.employees, periodId))[0];
};

describe('familiarisation with the result (004 §12, 002 §36)', () => {
  it('004 §12: completed on Friday 20 March 2026, acquainted by Friday 27 March (Nauryz 23–25 March off); overdue on the 30th', () => {
    const item = itemOf('2026-03-20', '2026-03-30');
    expect(item?.deadline).toBe('2026-03-27');
    expect(item?.state).toBe('overdue');
  });

  it('004 §12: completed on Thursday 30 April 2026, the 1st of May is off: acquainted by Tuesday 5 May; due soon on 4 May', () => {
    const item = itemOf('2026-04-30', '2026-05-04');
    expect(item?.deadline).toBe('2026-05-05');
    expect(item?.state).toBe('dueSoon');
  });

  it('004 §12: completed on 26 May 2026, Kurban Ait on the 27th: acquainted by Friday 29 May', () => {
    expect(itemOf('2026-05-26', '2026-05-26')?.deadline).toBe('2026-05-29');
  });

  it('004 §12: a record marks it done, and late when after the deadline', () => {
    expect(itemOf('2026-04-09', '2026-06-01', '2026-04-13')).toMatchObject({ state: 'done', late: false });
    expect(itemOf('2026-04-09', '2026-06-01', '2026-04-20')).toMatchObject({ state: 'done', late: true });
  });

  it('002 §36: a refusal needs the act (who drew it up); no record before the completion or in the future', () => {
    const check = (r: { on: string; how: Familiarisation['how']; act: string }, profile = TYPICAL_2023) =>
      familiarisationProblem({ ...r, witnesses: [] }, '2026-04-09', '2026-04-20', profile);
    expect(check({ on: '2026-04-10', how: 'refusal', act: ' ' })).toBe('actRequired');
    expect(check({ on: '2026-04-10', how: 'refusal', act: 'Акт № 3: Ким О. (ОУП), Петров А. (руководитель)' })).toBeUndefined();
    expect(check({ on: '2026-04-08', how: 'signature', act: '' })).toBe('beforeCompletion');
    expect(check({ on: '2026-04-21', how: 'signature', act: '' })).toBe('inFuture');
  });

  it('004 §12, 001 §63: only the means the profile’s act allows — a registered letter under 001, not under 004', () => {
    const letter = { on: '2026-04-10', how: 'registeredLetter' as const, act: '', witnesses: [] };
    expect(familiarisationProblem(letter, '2026-04-09', '2026-04-20', TYPICAL_2023)).toBe('meansNotAllowed');
    expect(familiarisationProblem(letter, '2026-04-09', '2026-04-20', ZHANAOZEN_2023)).toBeUndefined();
    for (const how of ['telephonogram', 'telegram', 'sms', 'email', 'other'] as const)
      expect(familiarisationProblem({ ...letter, how }, '2026-04-09', '2026-04-20', ZHANAOZEN_2023)).toBeUndefined();
  });

  it('003 §41: where the profile asks for them, the act of refusal names the employees who signed it', () => {
    const twoWitnesses = {
      ...TYPICAL_2023,
      procedure: { ...TYPICAL_2023.procedure, refusalWitnesses: { value: 2, source: '003 §41' } },
    };
    const refusal = { on: '2026-04-10', how: 'refusal' as const, act: 'Акт № 3, отдел документооборота' };
    expect(familiarisationProblem({ ...refusal, witnesses: ['Ким О.'] }, '2026-04-09', '2026-04-20', twoWitnesses)).toBe(
      'witnessesMissing',
    );
    expect(
      familiarisationProblem({ ...refusal, witnesses: ['Ким О.', 'Петров А.'] }, '2026-04-09', '2026-04-20', twoWitnesses),
    ).toBeUndefined();
  });
});
describe('which results are complete for familiarisation (004 §12, 001 §§45–50)', () => {
  it('staff once their unit’s ranking is submitted and they are scored; a head once the superior agreed the KCI sheet', () => {
    const people = [testPerson('h', null), testPerson('a', 'h'), testPerson('b', 'h')];
    const plan = kciPlanOf('2026-Q1', 'h', [
      { at: '2026-04-06T09:00:00.000Z', operator: '', action: 'submit', reason: '' },
      { at: '2026-04-07T09:00:00.000Z', operator: '', action: 'agree', reason: '' },
    ]);
    const records = {
      records: [
        rankingRecord('2026-Q1', 'a', 400),
        { ...rankingRecord('2026-Q1', 'b', 400), scores: { quality: 400 } },
        kciRecord('2026-Q1', 'h', { k1: 500, k2: 500, k3: 400 }),
      ],
      plans: [plan],
    };
    const open = testBook(records, { people });
    expect(familiarisationItems(open.casesOf(people, '2026-Q1')).map((c) => c.employeeId)).toEqual(['h']);
    const done = testBook(records, { people, locks: [[lockId('2026-Q1', 'u', 'ranking'), lockOn('2026-04-08')]] });
    expect(
      familiarisationItems(done.casesOf(people, '2026-Q1')).map((c) => [c.employeeId, c.component, c.completedOn, c.grade]),
    ).toEqual([
      ['h', 'kci', '2026-04-07', 'effective'],
      ['a', 'ranking', '2026-04-08', 'effective'],
    ]);
  });
});
