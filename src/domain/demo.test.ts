import { describe, expect, it } from 'vitest';
import { checkIin } from './iin';
import { generateDemo } from './demo';
import { validateEmployee, duplicateProblems } from './employee-rules';
import { HEAD_CATEGORIES } from './categories';

const make = (seed = 7) => {
  let n = 0;
  return generateDemo({ seed, asOf: '2026-11-22', lang: 'ru', newId: () => `id${++n}` });
};

describe('the demo agency', () => {
  it('is deterministic: the same seed and day give the same agency', () => {
    expect(make()).toEqual(make());
    expect(make(8)).not.toEqual(make(7));
  });

  it('is a small akimat apparatus: 5 units, about 40 people, valid unique IINs, no errors', () => {
    const demo = make();
    expect(demo.units).toHaveLength(5);
    expect(demo.employees.length).toBeGreaterThanOrEqual(35);
    expect(demo.employees.length).toBeLessThanOrEqual(45);
    expect(demo.employees.every((e) => checkIin(e.iin) === 'ok')).toBe(true);
    expect(new Set(demo.employees.map((e) => e.iin)).size).toBe(demo.employees.length);
    const errors = demo.employees.flatMap((e) => validateEmployee(e, '2026-11-22')).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    expect([...duplicateProblems(demo.employees).values()].flat().filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('has E-1…E-4 and E-R categories, a head per unit who manages its staff', () => {
    const demo = make();
    const categories = new Set(demo.employees.map((e) => e.category));
    for (const c of ['E-1', 'E-2', 'E-3', 'E-4', 'E-R-2', 'E-R-4']) expect(categories).toContain(c);
    for (const unit of demo.units) {
      const people = demo.employees.filter((e) => e.unitId === unit.id);
      const head = people[0];
      expect(head && HEAD_CATEGORIES.includes(head.category)).toBe(true);
      expect(people.slice(1).every((e) => e.managerId === head?.id)).toBe(true);
    }
  });

  it('has one person on leave, one dismissed and one appointed in the middle of the last quarter', () => {
    const demo = make();
    expect(demo.statuses.map((s) => s.kind).sort()).toEqual(['dismissed', 'socialLeave']);
    expect(demo.employees.filter((e) => e.appointedOn === '2026-08-15')).toHaveLength(1);
  });

  it('004 §§23–24: every unit head has a set plan of 3–5 KCIs for the last quarter, with actual values and no scores yet', () => {
    const demo = make();
    expect(demo.kciPlans).toHaveLength(demo.units.length);
    for (const plan of demo.kciPlans) {
      expect(plan.periodId).toBe('2026-Q3');
      expect(plan.items.length).toBeGreaterThanOrEqual(3);
      expect(plan.items.length).toBeLessThanOrEqual(5);
      expect(plan.items.every((i) => i.actual !== null && i.name !== '')).toBe(true);
      expect(plan.approvedOn).toBe('2026-07-08');
    }
  });
});
