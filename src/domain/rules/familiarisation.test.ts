import { describe, expect, it } from 'vitest';
import { TYPICAL_2023 } from '../profiles/builtin';
import { KZ_CALENDAR } from './calendar';
import { familiarisationBoard, familiarisationProblem } from './familiarisation';

const done = (completedOn: string) => ({ periodId: '2026-Q1', employeeId: 'e', component: 'ranking' as const, completedOn });
const rec = (on: string, how: 'signature' | 'electronic' | 'refusal' = 'signature', act = '') => ({
  id: '2026-Q1:ranking:e',
  periodId: '2026-Q1',
  employeeId: 'e',
  component: 'ranking' as const,
  on,
  how,
  act,
  note: '',
});

describe('familiarisation with the result (004 §12, 002 §36)', () => {
  it('004 §12: completed on Friday 20 March 2026, acquainted by Friday 27 March (Nauryz 23–25 March off); overdue on the 30th', () => {
    const [item] = familiarisationBoard([done('2026-03-20')], [], TYPICAL_2023, KZ_CALENDAR, '2026-03-30');
    expect(item?.deadline).toBe('2026-03-27');
    expect(item?.state).toBe('overdue');
  });

  it('004 §12: completed on Thursday 30 April 2026, the 1st of May is off: acquainted by Tuesday 5 May; due soon on 4 May', () => {
    const [item] = familiarisationBoard([done('2026-04-30')], [], TYPICAL_2023, KZ_CALENDAR, '2026-05-04');
    expect(item?.deadline).toBe('2026-05-05');
    expect(item?.state).toBe('dueSoon');
  });

  it('004 §12: completed on 26 May 2026, Kurban Ait on the 27th: acquainted by Friday 29 May', () => {
    expect(familiarisationBoard([done('2026-05-26')], [], TYPICAL_2023, KZ_CALENDAR, '2026-05-26')[0]?.deadline).toBe(
      '2026-05-29',
    );
  });

  it('004 §12: a record marks it done, and late when after the deadline', () => {
    const [onTime] = familiarisationBoard([done('2026-04-09')], [rec('2026-04-13')], TYPICAL_2023, KZ_CALENDAR, '2026-06-01');
    expect(onTime).toMatchObject({ state: 'done', late: false });
    const [late] = familiarisationBoard([done('2026-04-09')], [rec('2026-04-20')], TYPICAL_2023, KZ_CALENDAR, '2026-06-01');
    expect(late).toMatchObject({ state: 'done', late: true });
  });

  it('002 §36: a refusal needs the act (who drew it up); no record before the completion or in the future', () => {
    expect(familiarisationProblem({ on: '2026-04-10', how: 'refusal', act: ' ' }, '2026-04-09', '2026-04-20')).toBe(
      'actRequired',
    );
    expect(
      familiarisationProblem(
        { on: '2026-04-10', how: 'refusal', act: 'Акт № 3: Ким О. (ОУП), Петров А. (руководитель)' },
        '2026-04-09',
        '2026-04-20',
      ),
    ).toBeUndefined();
    expect(familiarisationProblem({ on: '2026-04-08', how: 'signature', act: '' }, '2026-04-09', '2026-04-20')).toBe(
      'beforeCompletion',
    );
    expect(familiarisationProblem({ on: '2026-04-21', how: 'signature', act: '' }, '2026-04-09', '2026-04-20')).toBe('inFuture');
  });
});

describe('which results are complete for familiarisation (004 §12, 001 §§45–50)', () => {
  it('staff once their unit’s ranking is submitted and they are scored; a head once the superior agreed the KCI sheet', async () => {
    const { completedResults } = await import('./familiarisation');
    const { periodsOfYear } = await import('../model');
    const q1 = periodsOfYear(2026).filter((p) => p.id === '2026-Q1');
    const person = (id: string, category: string, managerId: string | null) => ({
      id,
      surname: id,
      name: id,
      patronymic: '',
      iin: '',
      position: '',
      category,
      unitId: 'u',
      managerId,
      appointedOn: '2020-01-01',
      publicServices: false,
    });
    const employees = [person('h', 'E-2', null), person('a', 'E-4', 'h'), person('b', 'E-4', 'h')];
    const full = { quality: 400, deadlines: 400, initiative: 400, discipline: 400 };
    const rec = (employeeId: string, component: 'ranking' | 'kci', scores: Record<string, number>) => ({
      id: `2026-Q1:${component}:${employeeId}`,
      periodId: '2026-Q1',
      employeeId,
      component,
      scores,
      comment: '',
      evaluatorId: null,
      profileId: 'typical-2023',
      profileVersion: 1,
    });
    const item = (id: string) => ({
      id,
      name: id,
      source: '',
      measure: '%',
      plan: 100,
      direction: 'higherBetter' as const,
      deadline: '' as const,
      expected: '',
      actual: 100,
      confirmedScore: null,
    });
    const plan = {
      id: '2026-Q1:h',
      periodId: '2026-Q1',
      employeeId: 'h',
      items: [item('k1'), item('k2'), item('k3')],
      approvedOn: '2026-01-12',
      review: [
        { at: '2026-04-06T09:00:00.000Z', operator: '', action: 'submit' as const, reason: '' },
        { at: '2026-04-07T09:00:00.000Z', operator: '', action: 'agree' as const, reason: '' },
      ],
    };
    const input = {
      quarters: q1,
      employees,
      statuses: [],
      records: [rec('a', 'ranking', full), rec('b', 'ranking', { quality: 400 }), rec('h', 'kci', { k1: 500, k2: 500, k3: 400 })],
      plans: [plan],
      sheets: [],
      profile: TYPICAL_2023,
      calendar: KZ_CALENDAR,
    };
    expect(completedResults({ ...input, submitted: new Map() }).map((c) => c.employeeId)).toEqual(['h']);
    const done = completedResults({ ...input, submitted: new Map([['2026-Q1:u:ranking', '2026-04-08']]) });
    expect(done.map((c) => [c.employeeId, c.component, c.completedOn, c.grade])).toEqual([
      ['h', 'kci', '2026-04-07', 'effective'],
      ['a', 'ranking', '2026-04-08', 'effective'],
    ]);
  });
});
