/**
 * Unit heads and staff (004 §§3.4–3.5): a unit head holds a head category (E-1…E-3, E-R-1…E-R-3) and
 * heads the unit — nobody in the same unit is their manager. Everyone else in corps B is staff: an
 * E-3 chief specialist reporting to the head of their own unit is staff.
 */
import { isHeadCategory } from '../categories';
import type { Employee } from '../model';

export function isUnitHead(person: Employee, everyone: readonly Employee[]): boolean {
  if (!isHeadCategory(person.category)) return false;
  if (person.managerId === null) return true;
  const manager = everyone.find((e) => e.id === person.managerId);
  return manager === undefined || manager.unitId !== person.unitId;
}
