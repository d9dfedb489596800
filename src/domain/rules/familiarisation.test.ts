import { describe, expect, it } from 'vitest';
import { TYPICAL_2023 } from '../profiles/builtin';
import { KZ_CALENDAR } from './calendar';
import { familiarisationBoard, familiarisationProblem } from './familiarisation';

const done = (completedOn: string) => ({ periodId: '2026-Q1', employeeId: 'e', component: 'ranking' as const, completedOn });
const rec = (on: string, how: 'signature' | 'electronic' | 'refusal' = 'signature', act = '') => ({ id: '2026-Q1:ranking:e', periodId: '2026-Q1', employeeId: 'e', component: 'ranking' as const, on, how, act, note: '' });

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
    expect(familiarisationBoard([done('2026-05-26')], [], TYPICAL_2023, KZ_CALENDAR, '2026-05-26')[0]?.deadline).toBe('2026-05-29');
  });

  it('004 §12: a record marks it done, and late when after the deadline', () => {
    const [onTime] = familiarisationBoard([done('2026-04-09')], [rec('2026-04-13')], TYPICAL_2023, KZ_CALENDAR, '2026-06-01');
    expect(onTime).toMatchObject({ state: 'done', late: false });
    const [late] = familiarisationBoard([done('2026-04-09')], [rec('2026-04-20')], TYPICAL_2023, KZ_CALENDAR, '2026-06-01');
    expect(late).toMatchObject({ state: 'done', late: true });
  });

  it('002 §36: a refusal needs the act (who drew it up); no record before the completion or in the future', () => {
    expect(familiarisationProblem({ on: '2026-04-10', how: 'refusal', act: ' ' }, '2026-04-09', '2026-04-20')).toBe('actRequired');
    expect(familiarisationProblem({ on: '2026-04-10', how: 'refusal', act: 'Акт № 3: Ким О. (ОУП), Петров А. (руководитель)' }, '2026-04-09', '2026-04-20')).toBeUndefined();
    expect(familiarisationProblem({ on: '2026-04-08', how: 'signature', act: '' }, '2026-04-09', '2026-04-20')).toBe('beforeCompletion');
    expect(familiarisationProblem({ on: '2026-04-21', how: 'signature', act: '' }, '2026-04-09', '2026-04-20')).toBe('inFuture');
  });
});
