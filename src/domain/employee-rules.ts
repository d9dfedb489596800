/**
 * Validation of employees as records and as a set (METHODOLOGY §1): IIN format and check digit,
 * category from the list, real dates, duplicates by IIN and by name + unit.
 */
import { normaliseCategory } from './categories';
import { compareIso, isIsoDate } from './dates';
import { checkIin } from './iin';
import { fullName, type Employee, type StatusInterval } from './model';
import { problem, type Problem } from './problems';

export const MAX_TEXT = 300;

/** Problems of one employee on its own; `asOf` is today (an appointment cannot be in the future). */
export function validateEmployee(e: Employee, asOf: string): Problem[] {
  const out: Problem[] = [];
  if (e.surname.trim() === '') out.push(problem('required', 'surname'));
  if (e.name.trim() === '') out.push(problem('required', 'name'));
  if (e.position.trim() === '') out.push(problem('required', 'position'));
  if (e.unitId === '') out.push(problem('required', 'unitId'));
  for (const field of ['surname', 'name', 'patronymic', 'position'] as const) {
    if (e[field].length > MAX_TEXT) out.push(problem('textTooLong', field, { max: MAX_TEXT }));
  }
  out.push(...iinProblems(e.iin));
  if (e.category === '') out.push(problem('required', 'category'));
  else if (normaliseCategory(e.category) !== e.category) out.push(problem('categoryUnknown', 'category', { value: e.category }));
  if (e.appointedOn === '') out.push(problem('required', 'appointedOn'));
  else if (!isIsoDate(e.appointedOn)) out.push(problem('dateInvalid', 'appointedOn', { value: e.appointedOn }));
  else if (compareIso(e.appointedOn, asOf) > 0)
    out.push(problem('dateFuture', 'appointedOn', { value: e.appointedOn }, 'warning'));
  return out;
}

export function iinProblems(iin: string): Problem[] {
  if (iin === '') return [];
  switch (checkIin(iin)) {
    case 'ok':
      return [];
    case 'format':
      return [problem('iinFormat', 'iin', { value: iin })];
    case 'date':
      return [problem('iinDate', 'iin', { value: iin })];
    case 'checksum':
      return [problem('iinChecksum', 'iin', { value: iin })];
  }
}

const nameUnitKey = (e: Employee): string => `${fullName(e).toLowerCase()}\u0000${e.unitId}`;

/**
 * Duplicates across a set: the same IIN twice is an error; the same full name in the same unit is a
 * warning (namesakes exist). Returns problems per employee id.
 */
export function duplicateProblems(employees: readonly Employee[]): Map<string, Problem[]> {
  const byIin = new Map<string, Employee[]>();
  const byName = new Map<string, Employee[]>();
  for (const e of employees) {
    if (e.iin !== '') byIin.set(e.iin, [...(byIin.get(e.iin) ?? []), e]);
    const key = nameUnitKey(e);
    byName.set(key, [...(byName.get(key) ?? []), e]);
  }
  const out = new Map<string, Problem[]>();
  const add = (id: string, p: Problem) => out.set(id, [...(out.get(id) ?? []), p]);
  for (const group of byIin.values()) {
    if (group.length < 2) continue;
    for (const e of group) {
      const others = group
        .filter((o) => o.id !== e.id)
        .map(fullName)
        .join(', ');
      add(e.id, problem('iinDuplicate', 'iin', { value: e.iin, other: others }));
    }
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    for (const e of group) add(e.id, problem('nameUnitDuplicate', 'surname', { value: fullName(e) }, 'warning'));
  }
  return out;
}

export function validateStatus(s: StatusInterval): Problem[] {
  const out: Problem[] = [];
  if (!isIsoDate(s.from)) out.push(problem('dateInvalid', 'from', { value: s.from }));
  if (s.to !== null && !isIsoDate(s.to)) out.push(problem('dateInvalid', 'to', { value: s.to }));
  if (out.length === 0 && s.to !== null && compareIso(s.to, s.from) < 0) {
    out.push(problem('dateOrder', 'to', { from: s.from, to: s.to }));
  }
  return out;
}
