/**
 * The familiarisation board (004 §12, 002 §36): every completed evaluation result — a unit's
 * submitted ranking or points period, a head's agreed KCI sheet — must be made known to the person
 * within two working days of completion; the board says by when, whether that is due, due soon or
 * overdue, and whether it was done on time. The dates come from the cases (`case/case.ts`).
 */
import { compareIso, type IsoDate } from '../dates';
import type { EvaluationCase } from '../case/types';
import type { Method } from '../case/method';
import type { Familiarisation } from '../model';
import type { GradeId } from './grades';
import type { DeadlineState } from './schedule';

/** A completed result to be made known to the person, with its deadline and state (from the case). */
export interface FamiliarisationItem {
  readonly periodId: string;
  readonly employeeId: string;
  readonly component: Method;
  /** The day the result was completed: the unit's submission or the superior's agreement. */
  readonly completedOn: IsoDate;
  readonly deadline: IsoDate;
  readonly state: DeadlineState;
  readonly record: Familiarisation | undefined;
  /** Acquainted (or refused) after the deadline. */
  readonly late: boolean;
  /** The grade of the result as it stands. */
  readonly grade: GradeId | undefined;
  readonly source: string;
}

/**
 * Every completed result of the cases with its familiarisation deadline (004 §12, 002 §36) — read
 * from the case's familiarisation step, which counts working days on the calendar.
 * @example familiarisationItems(book.casesOf(unitStaff, '2026-Q1'))[0] → { deadline: '2026-04-10', state: 'dueSoon', … }
 */
export function familiarisationItems(cases: readonly EvaluationCase[]): FamiliarisationItem[] {
  return cases.flatMap((c) => {
    const step = c.steps.find((s) => s.kind === 'familiarisation');
    if (!c.method || c.completedOn === undefined || !step?.deadline || !step.state) return [];
    return [
      {
        periodId: c.period.id,
        employeeId: c.employee.id,
        component: c.method,
        completedOn: c.completedOn,
        deadline: step.deadline,
        state: step.state,
        record: c.familiarisation,
        late: step.late,
        grade: c.final?.grade,
        source: step.source,
      },
    ];
  });
}

export type FamiliarisationProblem = 'beforeCompletion' | 'inFuture' | 'actRequired';

/** A record is dated between the completion and today; a refusal names who drew up the act (002 §36). */
export function familiarisationProblem(
  record: Pick<Familiarisation, 'on' | 'how' | 'act'>,
  completedOn: IsoDate,
  asOf: IsoDate,
): FamiliarisationProblem | undefined {
  if (compareIso(record.on, completedOn) < 0) return 'beforeCompletion';
  if (compareIso(record.on, asOf) > 0) return 'inFuture';
  if (record.how === 'refusal' && record.act.trim() === '') return 'actRequired';
  return undefined;
}
