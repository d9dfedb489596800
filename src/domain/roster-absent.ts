/**
 * People a full roster leaves out (issue 19 §1). A file HR says is the agency's whole roster names
 * everyone who works there, so the stored people no row matches may have left: the preview lists
 * them, and HR may mark those who did as dismissed on one day, in the import itself. A partial file
 * (one unit's list) dismisses nobody: its absentees are only said.
 */
import { compareIso, isIsoDate, type IsoDate } from './dates';
import { compareByName, type Employee, type StatusInterval } from './model';
import { err, ok, type Result } from './result';
import type { RosterMatch } from './roster-plan';

/** How HR describes the file: the agency's full roster, or a part of it. */
export type RosterScope = 'full' | 'partial';

/**
 * The stored people not dismissed whom no row of the file matches, by name.
 * @example absentFromAgency(matchesOfAFullRoster, { employees, statuses }) → those the file leaves out
 */
export function absentFromAgency(
  matches: readonly RosterMatch[],
  existing: { readonly employees: readonly Employee[]; readonly statuses?: readonly StatusInterval[] },
): Employee[] {
  const matched = new Set(matches.flatMap((m) => (m.existing ? [m.existing.id] : [])));
  const dismissed = new Set((existing.statuses ?? []).filter((s) => s.kind === 'dismissed').map((s) => s.employeeId));
  return existing.employees.filter((e) => !matched.has(e.id) && !dismissed.has(e.id)).sort(compareByName);
}

export interface AbsentChoice {
  readonly scope: RosterScope;
  /** The day typed for all, ISO once parsed ('' when none or not a date). */
  readonly on: IsoDate | '';
  /** The absent people HR left ticked. */
  readonly chosen: ReadonlySet<string>;
}

/** A dismissal the import writes for a person the full roster leaves out. */
export interface AbsentDismissal {
  readonly employeeId: string;
  readonly on: IsoDate;
}

export type AbsentRefusal =
  | { readonly code: 'dateRequired' }
  /** The day comes before these people's appointment to their position. */
  | { readonly code: 'beforeAppointment'; readonly people: readonly Employee[] };

/**
 * The dismissals of absent people HR chose: none for a partial file, whatever is ticked; for a full
 * roster one per ticked absent person, on the one day given — refused without a day, or with a day
 * before a chosen person's appointment. Ids of people not absent are never dismissed.
 * @example absentDismissals(absent, { scope: 'full', on: '2026-11-30', chosen: new Set(['e7']) }) → ok([{ employeeId: 'e7', on: '2026-11-30' }])
 */
export function absentDismissals(absent: readonly Employee[], choice: AbsentChoice): Result<AbsentDismissal[], AbsentRefusal> {
  if (choice.scope === 'partial') return ok([]);
  const people = absent.filter((e) => choice.chosen.has(e.id));
  if (people.length === 0) return ok([]);
  const on = choice.on;
  if (on === '' || !isIsoDate(on)) return err({ code: 'dateRequired' });
  const early = people.filter((e) => e.appointedOn !== '' && compareIso(on, e.appointedOn) < 0);
  if (early.length > 0) return err({ code: 'beforeAppointment', people: early });
  return ok(people.map((e) => ({ employeeId: e.id, on })));
}
