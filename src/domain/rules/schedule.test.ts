import { describe, expect, it } from 'vitest';
import { JUSTICE_2017, TYPICAL_2023, TYPICAL_2025 } from '../profiles/builtin';
import { KZ_CALENDAR } from './calendar';
import { deadlineState, deadlineStateBy, dueSoonUntil, yearSchedule } from './schedule';

const byId = (year: number, profile = TYPICAL_2023) => new Map(yearSchedule(year, profile, KZ_CALENDAR).map((d) => [d.id, d]));

describe('the year’s schedule (004 §§5, 23, 27, 31)', () => {
  it('004 §23: KCIs are set within 10 working days of the quarter’s start (New Year and 7 January counted out)', () => {
    // 1, 2 Jan off (Thu, Fri); 7 Jan Wed off → working days 5, 6, 8, 9, 12, 13, 14, 15, 16, 19
    expect(byId(2026).get('2026-Q1:kciSet')).toMatchObject({ date: '2026-01-19', source: '004 §23' });
    expect(byId(2026).get('2026-Q1:kciPlacement')?.date).toBe('2026-01-26');
  });

  it('004 §27: HR notifies heads by the 5th; 004 §31: staff by the 10th; 004 §5: evaluation by the 10th', () => {
    const s = byId(2026);
    expect(s.get('2026-Q2:kciNotify')).toMatchObject({ date: '2026-07-05', source: '004 §27' });
    expect(s.get('2026-Q2:notify')).toMatchObject({ date: '2026-07-10', source: '004 §31' });
    expect(s.get('2026-Q4:evaluation')).toMatchObject({ date: '2027-01-10', source: '004 §5' });
    expect(s.get('2026-Y:survey360')?.date).toBe('2027-01-10');
  });

  it('METHODOLOGY §4 (an assumption): the 2025 model has no KCI and no 360; quarters by the 20th, the year by 30 January', () => {
    const s = byId(2026, TYPICAL_2025);
    expect(s.has('2026-Q1:kciSet')).toBe(false);
    expect(s.has('2026-Y:survey360')).toBe(false);
    expect(s.get('2026-Q1:evaluation')?.date).toBe('2026-04-20');
    expect(s.get('2026-Y:annual')?.date).toBe('2027-01-30');
    // The 2025 amendment is not among the acts: its dates are marked as resting on an assumption.
    expect(s.get('2026-Q1:evaluation')).toMatchObject({ source: '', assumption: 'model2025' });
    expect(s.get('2026-Y:annual')).toMatchObject({ source: '', assumption: 'model2025' });
    expect(byId(2026).get('2026-Q1:evaluation')?.assumption).toBeUndefined();
  });

  it('002 §3: the 2017 model’s annual evaluation is due by 25 December', () => {
    expect(byId(2026, JUSTICE_2017).get('2026-Y:annual')).toMatchObject({ date: '2026-12-25', source: '002 §3' });
  });

  it('the schedule is sorted by date, then id', () => {
    const dates = yearSchedule(2026, TYPICAL_2023, KZ_CALENDAR).map((d) => d.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('deadline states: done, overdue, due soon (within 5 working days), due', () => {
    expect(deadlineState('2026-10-10', '2026-10-12', null, KZ_CALENDAR)).toBe('overdue');
    expect(deadlineState('2026-10-10', '2026-10-12', '2026-10-11', KZ_CALENDAR)).toBe('done');
    expect(deadlineState('2026-10-10', '2026-10-05', null, KZ_CALENDAR)).toBe('dueSoon');
    expect(deadlineState('2026-10-10', '2026-09-20', null, KZ_CALENDAR)).toBe('due');
  });

  it('the "due soon" boundary found once for a whole board (issue 21) gives the same states: five working days on, a day off not counted', () => {
    // Friday 2 October 2026: five working days on is Friday 9 October.
    expect(dueSoonUntil('2026-10-02', KZ_CALENDAR)).toBe('2026-10-09');
    const soon = dueSoonUntil('2026-10-02', KZ_CALENDAR);
    for (const date of ['2026-10-01', '2026-10-02', '2026-10-09', '2026-10-10', '2026-10-12', '2026-12-31'])
      for (const doneOn of [null, '2026-10-01'])
        expect(deadlineStateBy(date, '2026-10-02', doneOn, soon)).toBe(deadlineState(date, '2026-10-02', doneOn, KZ_CALENDAR));
    expect(deadlineStateBy('2026-10-09', '2026-10-02', null, soon)).toBe('dueSoon');
    expect(deadlineStateBy('2026-10-10', '2026-10-02', null, soon)).toBe('due');
  });
});
