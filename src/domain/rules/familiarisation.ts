/**
 * The familiarisation board (004 §12, 002 §36): every completed evaluation result — a unit's
 * submitted ranking or points period, a head's agreed KCI sheet — must be made known to the person
 * within two working days of completion; the board says by when, whether that is due, due soon or
 * overdue, and whether it was done on time.
 */
import { compareIso, type IsoDate } from '../dates';
import type { Familiarisation } from '../model';
import type { Profile } from '../profiles/types';
import type { CalendarData } from './calendar';
import { familiarisationDeadline } from './procedures';
import { deadlineState, type DeadlineState } from './schedule';

export interface Completion {
  readonly periodId: string;
  readonly employeeId: string;
  readonly component: Familiarisation['component'];
  /** The day the result became final for familiarisation: the submission or the superior's agreement. */
  readonly completedOn: IsoDate;
}

export interface FamiliarisationItem extends Completion {
  readonly deadline: IsoDate;
  readonly state: DeadlineState;
  readonly record: Familiarisation | undefined;
  /** Acquainted (or refused) after the deadline. */
  readonly late: boolean;
}

/**
 * @example familiarisationBoard([{ periodId: '2026-Q1', employeeId: 'e', component: 'ranking', completedOn: '2026-04-09' }], [], TYPICAL_2023, KZ_CALENDAR, '2026-04-14')[0].state === 'overdue'
 */
export function familiarisationBoard(
  completions: readonly Completion[],
  records: readonly Familiarisation[],
  profile: Profile,
  calendar: CalendarData,
  asOf: IsoDate,
): FamiliarisationItem[] {
  const byKey = new Map(records.map((r) => [r.id, r]));
  return completions.map((c) => {
    const deadline = familiarisationDeadline(c.completedOn, profile, calendar);
    const record = byKey.get(`${c.periodId}:${c.component}:${c.employeeId}`);
    return { ...c, deadline, record, state: deadlineState(deadline, asOf, record?.on ?? null, calendar), late: record !== undefined && compareIso(record.on, deadline) > 0 };
  });
}

export type FamiliarisationProblem = 'beforeCompletion' | 'inFuture' | 'actRequired';

/** A record is dated between the completion and today; a refusal names who drew up the act (002 §36). */
export function familiarisationProblem(record: Pick<Familiarisation, 'on' | 'how' | 'act'>, completedOn: IsoDate, asOf: IsoDate): FamiliarisationProblem | undefined {
  if (compareIso(record.on, completedOn) < 0) return 'beforeCompletion';
  if (compareIso(record.on, asOf) > 0) return 'inFuture';
  if (record.how === 'refusal' && record.act.trim() === '') return 'actRequired';
  return undefined;
}
