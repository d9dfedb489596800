import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { addWorkingDays, amendCalendar, daysOffOfYear, isWorkingDay, KZ_CALENDAR, yearDays } from './calendar';

const offIn = (year: number, month: number) =>
  [...yearDays(year, KZ_CALENDAR).off].filter((d) => d.startsWith(`${year}-${String(month).padStart(2, '0')}`)).sort();

describe('working days of Kazakhstan (METHODOLOGY §6)', () => {
  it('METHODOLOGY §6: Nauryz 2026 (Sat–Mon) gives days off on 23, 24 and 25 March', () => {
    expect(offIn(2026, 3)).toEqual([
      '2026-03-08',
      '2026-03-09',
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
    ]);
    expect(isWorkingDay('2026-03-23', KZ_CALENDAR)).toBe(false);
    expect(isWorkingDay('2026-03-25', KZ_CALENDAR)).toBe(false);
    expect(isWorkingDay('2026-03-26', KZ_CALENDAR)).toBe(true);
  });

  it('METHODOLOGY §6: 8 March 2026 falls on a Sunday, so Monday 9 March is off', () => {
    expect(isWorkingDay('2026-03-09', KZ_CALENDAR)).toBe(false);
  });

  it('METHODOLOGY §6: Kurban Ait and 7 January are not moved from a weekend', () => {
    expect(isWorkingDay('2026-05-27', KZ_CALENDAR)).toBe(false);
    expect(isWorkingDay('2024-06-17', KZ_CALENDAR)).toBe(true); // Kurban Ait 2024 was a Sunday
    expect(isWorkingDay('2023-01-09', KZ_CALENDAR)).toBe(true); // 7 January 2023 was a Saturday
  });

  it('METHODOLOGY §6: 2024 transfer — Wednesday 8 May off, Saturday 4 May worked', () => {
    expect(isWorkingDay('2024-05-08', KZ_CALENDAR)).toBe(false);
    expect(isWorkingDay('2024-05-04', KZ_CALENDAR)).toBe(true);
  });

  it('METHODOLOGY §6: 2025 transfer — Friday 3 January off, Sunday 5 January worked', () => {
    expect(isWorkingDay('2025-01-03', KZ_CALENDAR)).toBe(false);
    expect(isWorkingDay('2025-01-05', KZ_CALENDAR)).toBe(true);
  });

  it('METHODOLOGY §6: Constitution Day is 30 August through 2025 and 15 March from 2027', () => {
    expect(isWorkingDay('2025-08-29', KZ_CALENDAR)).toBe(true);
    expect(yearDays(2025, KZ_CALENDAR).off.has('2025-08-30')).toBe(true);
    expect(yearDays(2026, KZ_CALENDAR).off.has('2026-08-30')).toBe(false);
    expect(isWorkingDay('2027-03-15', KZ_CALENDAR)).toBe(false);
    expect(isWorkingDay('2026-03-16', KZ_CALENDAR)).toBe(true);
  });

  it('counts working days over the May holidays of 2026 (1 Fri, 7 Thu, 9 Sat → 11 Mon off)', () => {
    expect(isWorkingDay('2026-05-11', KZ_CALENDAR)).toBe(false);
    expect(addWorkingDays('2026-04-30', 1, KZ_CALENDAR)).toBe('2026-05-04');
    expect(addWorkingDays('2026-05-06', 2, KZ_CALENDAR)).toBe('2026-05-12');
  });

  it('counts working days over Nauryz: 5 working days after Friday 20 March 2026 is Wednesday 1 April', () => {
    expect(addWorkingDays('2026-03-20', 1, KZ_CALENDAR)).toBe('2026-03-26');
    expect(addWorkingDays('2026-03-20', 5, KZ_CALENDAR)).toBe('2026-04-01');
  });

  it('addWorkingDays always lands on a working day, strictly later, and composes: (n) then (m) = (n + m)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 1, max: 15 }),
        (offset, n, m) => {
          const from = addDays('2016-01-01', offset);
          const a = addWorkingDays(from, n, KZ_CALENDAR);
          return (
            isWorkingDay(a, KZ_CALENDAR) &&
            a > from &&
            addWorkingDays(a, m, KZ_CALENDAR) === addWorkingDays(from, n + m, KZ_CALENDAR)
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('METHODOLOGY §6: HR amends the calendar per year — a transfer, and Kurban Ait of a later year', () => {
    const amended = amendCalendar(KZ_CALENDAR, {
      daysOff: [
        { date: '2027-05-17', note: 'Курбан айт' },
        { date: '2026-12-31', note: 'Перенос' },
      ],
      workdays: [{ date: '2026-12-26', note: 'Перенос' }],
    });
    expect(isWorkingDay('2027-05-17', KZ_CALENDAR)).toBe(true);
    expect(isWorkingDay('2027-05-17', amended)).toBe(false);
    expect(isWorkingDay('2026-12-31', amended)).toBe(false);
    expect(isWorkingDay('2026-12-26', amended)).toBe(true);
    expect(addWorkingDays('2026-12-30', 1, amended)).toBe('2027-01-05'); // 2 January 2027 is a Saturday: Monday 4 January is off too
  });

  it('lists a year’s days off with why each is off', () => {
    const days = daysOffOfYear(2026, KZ_CALENDAR);
    expect(days.find((d) => d.date === '2026-03-24')).toEqual({ date: '2026-03-24', kind: 'moved', name: null });
    expect(days.find((d) => d.date === '2026-03-21')).toMatchObject({ kind: 'holiday', name: 'Наурыз мейрамы' });
    expect(days.find((d) => d.date === '2026-05-27')).toMatchObject({ kind: 'unmoved', name: 'Курбан айт' });
  });
});
