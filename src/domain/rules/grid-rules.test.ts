import { describe, expect, it } from 'vitest';
import type { Employee } from '../model';
import { isUnitHead, unitHeadIds } from './roles';
import { readScore } from './score-input';

const e = (id: string, category: string, unitId: string, managerId: string | null): Employee => ({
  id,
  surname: id,
  name: id,
  patronymic: '',
  iin: '',
  position: 'x',
  category,
  unitId,
  managerId,
  appointedOn: '2020-01-01',
  publicServices: false,
});

describe('unit heads and staff (004 §§3.4–3.5)', () => {
  const chief = e('chief', 'E-1', 'u0', null);
  const head = e('head', 'E-2', 'u1', 'chief');
  const chiefSpecialist = e('spec', 'E-3', 'u1', 'head');
  const lead = e('lead', 'E-4', 'u1', 'head');
  const all = [chief, head, chiefSpecialist, lead];

  it('004 §3.4: a head category heading the unit is a unit head', () => {
    expect(isUnitHead(chief, all)).toBe(true);
    expect(isUnitHead(head, all)).toBe(true);
  });

  it('004 §3.5: an E-3 reporting to the head of the same unit is staff; E-4 is always staff', () => {
    expect(isUnitHead(chiefSpecialist, all)).toBe(false);
    expect(isUnitHead(lead, all)).toBe(false);
  });

  it('004 §§3.4–3.5: unitHeadIds finds the same heads as isUnitHead, a manager outside the list included', () => {
    const orphan = e('orphan', 'E-3', 'u2', 'gone');
    const everyone = [...all, orphan];
    expect(unitHeadIds(everyone)).toEqual(new Set(everyone.filter((x) => isUnitHead(x, everyone)).map((x) => x.id)));
    expect(unitHeadIds(everyone)).toEqual(new Set(['chief', 'head', 'orphan']));
  });
});

describe('typed scores (004 §32: 0 to 5)', () => {
  it('reads a decimal comma or point, at most two decimals', () => {
    expect(readScore('3,75', 'quality')).toEqual({ kind: 'score', value: 375 });
    expect(readScore('4.5', 'quality')).toEqual({ kind: 'score', value: 450 });
    expect(readScore(5, 'quality')).toEqual({ kind: 'score', value: 500 });
    expect(readScore('  ', 'quality')).toEqual({ kind: 'blank' });
  });

  it('refuses text, more than two decimals and values outside 0–5, with a problem code', () => {
    expect(readScore('хорошо', 'quality')).toMatchObject({ kind: 'invalid', problem: { code: 'scoreNotNumber' } });
    expect(readScore('3,755', 'quality')).toMatchObject({ kind: 'invalid', problem: { code: 'scoreTooPrecise' } });
    expect(readScore('5,5', 'quality')).toMatchObject({
      kind: 'invalid',
      problem: { code: 'scoreOutOfRange', params: { min: 0, max: 5 } },
    });
    expect(readScore('-1', 'quality')).toMatchObject({ kind: 'invalid', problem: { code: 'scoreOutOfRange' } });
  });
});
