/**
 * Unit heads and staff (004 §§3.4–3.5): a unit head holds a category the profile lets head a unit
 * (004 §3.4: E-1…E-3, E-R-1…E-R-3; 001 §2.4: the apparatus head, E-2; 000 Appendix 4 for central
 * bodies: B-3, B-4, C-2, C-3, C-O-4, D-3… when heading a unit) and heads the unit — nobody in the same
 * unit is their manager. Everyone else in corps B is staff: an E-3 chief specialist reporting to the
 * head of their own unit is staff.
 */
import type { Employee } from '../model';

export function isUnitHead(person: Employee, everyone: readonly Employee[], categories: readonly string[]): boolean {
  if (!categories.includes(person.category)) return false;
  // HR's designation on the card, where there is one.
  if (person.headsUnit === true || person.headsUnit === false) return person.headsUnit;
  if (person.managerId === null) return true;
  const manager = everyone.find((e) => e.id === person.managerId);
  return manager === undefined || manager.unitId !== person.unitId;
}

/**
 * The ids of every unit head, in one pass (the same rule as `isUnitHead` for each person, without a
 * search per person: an agency of 10,000 is 10,000 steps, not 50 million).
 * @example unitHeadIds([head, staff]) → Set { head.id }
 */
export function unitHeadIds(everyone: readonly Employee[], categories: readonly string[]): Set<string> {
  const unitOf = new Map(everyone.map((e) => [e.id, e.unitId]));
  const allowed = new Set(categories);
  return new Set(
    everyone
      .filter(
        (e) =>
          allowed.has(e.category) &&
          (e.headsUnit === true || (e.headsUnit !== false && (e.managerId === null || unitOf.get(e.managerId) !== e.unitId))),
      )
      .map((e) => e.id),
  );
}

/** Whom one unit's head evaluates (`evaluatedByUnits`). */
export interface UnitEvaluated {
  readonly staff: Employee[];
  readonly heads: Employee[];
}

/**
 * Whom each unit's head evaluates: the unit's staff (004 §§29–32), and the heads of the units whose
 * direct manager works in this unit — the superior manager scores their KCI sheet (004 §28). Every
 * unit at once, in one pass over the people (a page listing 1,500 units of a 10,000-person agency
 * would otherwise walk the agency once a unit); a unit that evaluates nobody is absent.
 * @example evaluatedByUnits(everyone, heads).get('u') → { staff: [the unit's staff], heads: [the heads of its sub-units] }
 */
export function evaluatedByUnits(everyone: readonly Employee[], heads: ReadonlySet<string>): ReadonlyMap<string, UnitEvaluated> {
  const unitOf = new Map(everyone.map((e) => [e.id, e.unitId]));
  const byUnit = new Map<string, UnitEvaluated>();
  const of = (unitId: string) => {
    let found = byUnit.get(unitId);
    if (!found) byUnit.set(unitId, (found = { staff: [], heads: [] }));
    return found;
  };
  for (const e of everyone) {
    if (!heads.has(e.id)) of(e.unitId).staff.push(e);
    else if (e.managerId !== null) {
      const above = unitOf.get(e.managerId);
      if (above !== undefined && above !== e.unitId) of(above).heads.push(e);
    }
  }
  return byUnit;
}

/** @example evaluatedByUnit('u', everyone, heads) → { staff: [the unit's staff], heads: [the heads of its sub-units] } */
export function evaluatedByUnit(unitId: string, everyone: readonly Employee[], heads: ReadonlySet<string>): UnitEvaluated {
  return evaluatedByUnits(everyone, heads).get(unitId) ?? { staff: [], heads: [] };
}
