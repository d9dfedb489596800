import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, excelSerial, formatDate, fullMonthsBetween, isIsoDate, parseDateInput } from './dates';
import { parseDecimal } from './numbers';
import { periodsOfYear } from './model';

describe('dates as people type them (dd.MM.yyyy) and as spreadsheets store them', () => {
  it('reads dd.MM.yyyy, d.M.yyyy, slashes and ISO', () => {
    expect(parseDateInput('05.01.2026')).toBe('2026-01-05');
    expect(parseDateInput('5.1.2026')).toBe('2026-01-05');
    expect(parseDateInput('05/01/2026')).toBe('2026-01-05');
    expect(parseDateInput('2026-01-05')).toBe('2026-01-05');
  });

  it('reads Excel serial days (1900 system)', () => {
    expect(parseDateInput(45658)).toBe('2025-01-01');
    expect(parseDateInput(1)).toBe('1900-01-01');
  });

  it('writes Excel serial days that read back as the same date', () => {
    expect(excelSerial('2025-01-01')).toBe(45658);
    for (const iso of ['1900-03-01', '2026-02-28', '2028-02-29', '2099-12-31'])
      expect(parseDateInput(excelSerial(iso))).toBe(iso);
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(parseDateInput('31.02.2021')).toBeUndefined();
    expect(parseDateInput('29.02.2023')).toBeUndefined();
    expect(parseDateInput('29.02.2024')).toBe('2024-02-29');
    expect(parseDateInput('завтра')).toBeUndefined();
    expect(isIsoDate('2023-02-29')).toBe(false);
  });

  it('shows dates as dd.MM.yyyy', () => {
    expect(formatDate('2026-03-08')).toBe('08.03.2026');
    expect(formatDate('')).toBe('');
  });

  it('formatDate and parseDateInput are inverse for every real date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (n) => {
        const iso = addDays('1950-01-01', n);
        return parseDateInput(formatDate(iso)) === iso;
      }),
    );
  });

  it('adding days by calendar arithmetic agrees with UTC dates, leap years and year ends included', () => {
    const utc = (iso: string, n: number) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -70, max: 70 }), (start, n) => {
        const iso = utc('1950-01-01', start);
        return addDays(iso, n) === utc(iso, n);
      }),
      { numRuns: 2000 },
    );
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('004 §6: counts whole months in a position', () => {
    expect(fullMonthsBetween('2026-01-15', '2026-04-14')).toBe(2);
    expect(fullMonthsBetween('2026-01-15', '2026-04-15')).toBe(3);
  });

  it('004 §5: a year has four quarters and the year itself', () => {
    const periods = periodsOfYear(2024);
    expect(periods.map((p) => p.id)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2024-Y']);
    expect(periods[0]).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
    expect(periods[3]).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
  });
});

describe('decimal numbers with a comma or a point', () => {
  it('accepts 3,75 and 3.75, spaces as thousands separators', () => {
    expect(parseDecimal('3,75')).toBe(3.75);
    expect(parseDecimal('3.75')).toBe(3.75);
    expect(parseDecimal(' 1 234,5 ')).toBe(1234.5);
    expect(parseDecimal('-2')).toBe(-2);
  });

  it('refuses text, two separators and empty input', () => {
    expect(parseDecimal('3,7,5')).toBeUndefined();
    expect(parseDecimal('abc')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
  });
});
