import { describe, expect, it } from 'vitest';
import type { Employee } from '../model';
import { evaluatedByUnit, evaluatedByUnits, isUnitHead, unitHeadIds } from './roles';
import { HEAD_CATEGORIES } from '../categories';
import { AKSU_2023, TYPICAL_2023, ZHANAOZEN_2023 } from '../profiles/builtin';
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
    expect(isUnitHead(chief, all, HEAD_CATEGORIES)).toBe(true);
    expect(isUnitHead(head, all, HEAD_CATEGORIES)).toBe(true);
  });

  it('004 §3.5: an E-3 reporting to the head of the same unit is staff; E-4 is always staff', () => {
    expect(isUnitHead(chiefSpecialist, all, HEAD_CATEGORIES)).toBe(false);
    expect(isUnitHead(lead, all, HEAD_CATEGORIES)).toBe(false);
  });

  it('004 §§3.4–3.5: unitHeadIds finds the same heads as isUnitHead, a manager outside the list included', () => {
    const orphan = e('orphan', 'E-3', 'u2', 'gone');
    const everyone = [...all, orphan];
    expect(unitHeadIds(everyone, HEAD_CATEGORIES)).toEqual(
      new Set(everyone.filter((x) => isUnitHead(x, everyone, HEAD_CATEGORIES)).map((x) => x.id)),
    );
    expect(unitHeadIds(everyone, HEAD_CATEGORIES)).toEqual(new Set(['chief', 'head', 'orphan']));
  });

  it('004 §§28–32: whom each unit’s head evaluates, all units in one pass, is what each unit asked alone gives', () => {
    const sub = e('sub', 'E-2', 'u2', 'spec');
    const orphan = e('orphan', 'E-3', 'u3', 'gone');
    const everyone = [...all, sub, orphan];
    const heads = unitHeadIds(everyone, HEAD_CATEGORIES);
    const byUnit = evaluatedByUnits(everyone, heads);
    // The heads of u1 and u2 are scored by their managers' units; an orphan head by nobody.
    expect(byUnit.get('u0')).toEqual({ staff: [], heads: [head] });
    expect(byUnit.get('u1')).toEqual({ staff: [chiefSpecialist, lead], heads: [sub] });
    expect(byUnit.has('u3')).toBe(false);
    for (const unitId of ['u0', 'u1', 'u2', 'u3', 'none'])
      expect(evaluatedByUnit(unitId, everyone, heads)).toEqual(byUnit.get(unitId) ?? { staff: [], heads: [] });
  });
});

describe('who heads a unit is the profile’s (004 §3.4, 001 §2.4, 000 Appendix 4)', () => {
  it('000 Appendix 4: in a central body a B-4 sector head heading a sector is a unit head, a B-4 in the same unit as their manager is staff', () => {
    const director = e('dir', 'B-1', 'dept', null);
    const sectorHead = e('b4', 'B-4', 'sector', 'dir');
    const expert = e('b5', 'B-5', 'sector', 'b4');
    const deputy = e('b4d', 'B-4', 'dept', 'dir');
    const everyone = [director, sectorHead, expert, deputy];
    expect(unitHeadIds(everyone, TYPICAL_2023.unitHeadCategories.value)).toEqual(new Set(['dir', 'b4']));
    // Under 004 §3.4 (local bodies: E-categories only) nobody here heads a unit.
    expect(unitHeadIds(everyone, AKSU_2023.unitHeadCategories.value)).toEqual(new Set());
  });

  it('004 §3.4, 000 Appendix 4: HR’s designation on the card decides who heads the unit, among the categories that can', () => {
    const director = e('dir', 'E-1', 'u0', null);
    const acting = { ...e('act', 'E-3', 'u1', 'dir'), headsUnit: null };
    const deputy = { ...e('dep', 'E-3', 'u1', 'act'), headsUnit: true };
    const notHead = { ...e('nh', 'E-2', 'u2', 'dir'), headsUnit: false };
    const expert = { ...e('x', 'E-4', 'u2', 'dir'), headsUnit: true };
    const everyone = [director, acting, deputy, notHead, expert];
    // dep heads u1 as HR recorded; nh is staff though no one in u2 manages them; E-4 can never head a unit.
    expect(unitHeadIds(everyone, HEAD_CATEGORIES)).toEqual(new Set(['dir', 'act', 'dep']));
    expect(everyone.map((x) => isUnitHead(x, everyone, HEAD_CATEGORIES))).toEqual([true, true, true, false, false]);
  });

  it('001 §2.4: in the Zhanaozen maslikhat only the apparatus head (E-2) is evaluated as a head; an E-3 head of a department is corps B staff', () => {
    const apparatus = e('app', 'E-2', 'lead', null);
    const departmentHead = e('dep', 'E-3', 'legal', 'app');
    const specialist = e('spec', 'E-4', 'legal', 'dep');
    const everyone = [apparatus, departmentHead, specialist];
    expect(unitHeadIds(everyone, ZHANAOZEN_2023.unitHeadCategories.value)).toEqual(new Set(['app']));
    expect(unitHeadIds(everyone, AKSU_2023.unitHeadCategories.value)).toEqual(new Set(['app', 'dep']));
    expect(ZHANAOZEN_2023.unitHeadCategories).toEqual({ value: ['E-2'], source: '001 §2' });
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
