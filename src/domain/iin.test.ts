import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIin, iinBirthDate, iinCheckDigit, normaliseIin } from './iin';

describe('IIN (METHODOLOGY §1: 12 digits, the best key for matching on import)', () => {
  it('Given a valid IIN, when checked, then it is ok', () => {
    expect(checkIin('900101400023')).toBe('ok');
    expect(checkIin('010203500296')).toBe('ok');
  });

  it('Given one wrong digit, when checked, then the check digit catches it', () => {
    expect(checkIin('900101400024')).toBe('checksum');
  });

  it('Given fewer or more than 12 digits or letters, then the format is wrong', () => {
    expect(checkIin('90010140002')).toBe('format');
    expect(checkIin('9001014000233')).toBe('format');
    expect(checkIin('90010140002X')).toBe('format');
  });

  it('Given digits 1–7 that are no birth date, then the date is wrong', () => {
    expect(checkIin('901301400023')).toBe('date');
    expect(checkIin('900101700023')).toBe('date');
  });

  it('reads the century from digit 7: 3/4 → 1900s, 5/6 → 2000s', () => {
    expect(iinBirthDate('900101400023')).toBe('1990-01-01');
    expect(iinBirthDate('010203500296')).toBe('2001-02-03');
  });

  it('uses the second weight set when the first gives 10, and rejects a number when both do', () => {
    // Property: whatever digits, the check digit (if any) is 0–9 and makes the number valid.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (n) => {
        const first11 = `900101${String(n % 7 === 0 ? 3 : 4)}${String(n % 10_000).padStart(4, '0')}`;
        const digit = iinCheckDigit(first11);
        return digit === undefined || (digit >= 0 && digit <= 9 && checkIin(`${first11}${digit}`) === 'ok');
      }),
    );
  });

  it('restores a leading zero lost when a spreadsheet stored the IIN as a number', () => {
    expect(normaliseIin(10203500296)).toBe('010203500296');
    expect(normaliseIin(' 900101 400 023 ')).toBe('900101400023');
  });
});
