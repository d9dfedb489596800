/** What the employees grid shows per person: the record, its problems and today's status. */
import {
  duplicateProblems,
  fullName,
  validateEmployee,
  type Employee,
  type Problem,
  type StatusInterval,
  type StatusKind,
  type Unit,
  unitNameIn,
  type Lang,
} from '../../domain';

export interface EmployeeRow extends Employee {
  readonly problems: readonly Problem[];
  readonly statusNow: StatusKind | null;
  readonly unitName: string;
  readonly managerName: string;
}

export function statusOn(statuses: readonly StatusInterval[], employeeId: string, day: string): StatusKind | null {
  const current = statuses
    .filter((s) => s.employeeId === employeeId && s.from <= day && (s.to === null || s.to >= day))
    .sort((a, b) =>
      a.kind === 'dismissed'
        ? -1
        : b.kind === 'dismissed'
          ? 1
          : a.from < b.from
            ? 1
            : a.from > b.from
              ? -1
              : a.id < b.id
                ? -1
                : 1,
    );
  return current[0]?.kind ?? null;
}

export function employeeRows(
  employees: readonly Employee[],
  statuses: readonly StatusInterval[],
  units: readonly Unit[],
  today: string,
  lang: Lang,
): EmployeeRow[] {
  const duplicates = duplicateProblems(employees);
  const unitNames = new Map(units.map((u) => [u.id, unitNameIn(u, lang)]));
  const names = new Map(employees.map((e) => [e.id, fullName(e)]));
  return employees.map((e) => ({
    ...e,
    problems: [...validateEmployee(e, today), ...(duplicates.get(e.id) ?? [])],
    statusNow: statusOn(statuses, e.id, today),
    unitName: unitNames.get(e.unitId) ?? '',
    managerName: e.managerId === null ? '' : (names.get(e.managerId) ?? ''),
  }));
}
