import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampDate, monthWeeks, moveInCalendar, readDateEntry, weekdayFromMonday, withinBounds } from './date-entry';
import { formatDate, parseDateInput, parseTypedDate } from './dates';

describe('a typed date field (dd.mm.yyyy, the forms’ format) against its bounds', () => {
  it('Given dd.mm.yyyy, d.m.yyyy or ISO, when read, then it is the ISO day', () => {
    expect(readDateEntry('12.01.2026', {})).toEqual({ ok: true, iso: '2026-01-12' });
    expect(readDateEntry(' 5.1.2026 ', {})).toEqual({ ok: true, iso: '2026-01-05' });
    expect(readDateEntry('2026-01-12', {})).toEqual({ ok: true, iso: '2026-01-12' });
  });

  it('Given a day that does not exist or is not a date, then it is refused as invalid', () => {
    for (const text of ['31.02.2026', '29.02.2027', '12.13.2026', '12.01.26', '12', '45658', 'завтра', '12.01.2026г'])
      expect(readDateEntry(text, {})).toEqual({ ok: false, problem: 'invalid' });
  });

  it('Given an empty field, then it is no date — or refused where the field requires one', () => {
    expect(readDateEntry('  ', {})).toEqual({ ok: true, iso: null });
    expect(readDateEntry('', { required: true })).toEqual({ ok: false, problem: 'required' });
  });

  it('Given bounds, then a day outside them is refused, the bounds themselves are taken', () => {
    const bounds = { min: '2026-01-01', max: '2026-12-02' };
    expect(readDateEntry('31.12.2025', bounds)).toEqual({ ok: false, problem: 'beforeMin' });
    expect(readDateEntry('03.12.2026', bounds)).toEqual({ ok: false, problem: 'afterMax' });
    expect(readDateEntry('01.01.2026', bounds)).toEqual({ ok: true, iso: '2026-01-01' });
    expect(readDateEntry('02.12.2026', bounds)).toEqual({ ok: true, iso: '2026-12-02' });
    expect(withinBounds('2026-12-03', bounds)).toBe(false);
    expect(clampDate('2027-05-05', bounds)).toBe('2026-12-02');
    expect(clampDate('2025-05-05', bounds)).toBe('2026-01-01');
  });

  it('Given a number typed into a field, then it is not read as an Excel serial (roster cells still are)', () => {
    expect(parseTypedDate('45658')).toBeUndefined();
    expect(parseDateInput('45658')).toBe('2025-01-01');
  });

  it('Given any real day, then what the field shows (dd.mm.yyyy) reads back as the same day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(readDateEntry(formatDate(iso), {})).toEqual({ ok: true, iso });
        },
      ),
    );
  });
});

describe('the month calendar (Monday first)', () => {
  it('Given February 2026 (1st a Sunday), then it is five rows with the 1st under Sunday', () => {
    const weeks = monthWeeks(2026, 2);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks[4]).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', null]);
  });

  it('Given February 2027 (1st a Monday, 28 days), then it is exactly four full rows', () => {
    const weeks = monthWeeks(2027, 2);
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((d) => d !== null)).toBe(true);
  });

  it('Given any month, then every one of its days appears once, in order, under its weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const weeks = monthWeeks(year, month);
        const days = weeks.flat().filter((d): d is string => d !== null);
        expect(days[0]).toBe(`${year}-${String(month).padStart(2, '0')}-01`);
        expect(new Set(days).size).toBe(days.length);
        expect([...days].sort()).toEqual(days);
        for (const week of weeks) week.forEach((d, i) => d !== null && expect(weekdayFromMonday(d)).toBe(i));
      }),
    );
  });

  it('Given the keyboard moves, then they step by day, week, month and year within the bounds', () => {
    expect(weekdayFromMonday('2026-01-12')).toBe(0);
    expect(moveInCalendar('2026-01-12', 'prevDay', {})).toBe('2026-01-11');
    expect(moveInCalendar('2026-01-31', 'nextDay', {})).toBe('2026-02-01');
    expect(moveInCalendar('2026-01-12', 'nextWeek', {})).toBe('2026-01-19');
    expect(moveInCalendar('2026-01-14', 'weekStart', {})).toBe('2026-01-12');
    expect(moveInCalendar('2026-01-14', 'weekEnd', {})).toBe('2026-01-18');
    expect(moveInCalendar('2026-01-31', 'nextMonth', {})).toBe('2026-02-28');
    expect(moveInCalendar('2026-03-31', 'prevMonth', {})).toBe('2026-02-28');
    expect(moveInCalendar('2028-02-29', 'nextYear', {})).toBe('2029-02-28');
    expect(moveInCalendar('2026-12-01', 'nextWeek', { max: '2026-12-02' })).toBe('2026-12-02');
    expect(moveInCalendar('2026-01-05', 'prevMonth', { min: '2026-01-01' })).toBe('2026-01-01');
  });
});
