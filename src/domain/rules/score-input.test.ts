import { describe, expect, it } from 'vitest';
import { readAmount, readScore } from './score-input';

describe('one rule for precision everywhere a score or value is typed (issue 20 §6)', () => {
  it.each(['4,00000001', '3,999', '4.001', '0,0000000001'])(
    '"%s" has more than two decimals and is refused, not rounded',
    (raw) => {
      expect(readScore(raw, 'quality')).toMatchObject({ kind: 'invalid', problem: { code: 'scoreTooPrecise' } });
    },
  );

  it.each([
    ['4,500', 450],
    ['3,75', 375],
    ['4', 400],
    ['4,1', 410],
  ])('"%s" is read as written (trailing zeros are not decimals)', (raw, value) => {
    expect(readScore(raw, 'quality')).toEqual({ kind: 'score', value });
  });

  it('a cell number from a spreadsheet follows the same rule: 4.1 is 4,10, 4.00000001 and 3.999 are refused', () => {
    expect(readScore(4.1, 'q')).toEqual({ kind: 'score', value: 410 });
    expect(readScore(4.00000001, 'q')).toMatchObject({ kind: 'invalid', problem: { code: 'scoreTooPrecise' } });
    expect(readScore(3.999, 'q')).toMatchObject({ kind: 'invalid', problem: { code: 'scoreTooPrecise' } });
  });

  it('a KCI amount reads the same way, large values included', () => {
    expect(readAmount('1 234 567,89', 'plan')).toEqual({ kind: 'amount', value: 123456789 });
    expect(readAmount(1234567.89, 'plan')).toEqual({ kind: 'amount', value: 123456789 });
    expect(readAmount('12,345', 'plan')).toMatchObject({ kind: 'invalid' });
  });
});
