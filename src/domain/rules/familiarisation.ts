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
import type { Profile } from '../profiles/types';
import type { GradeId } from './grades';
import type { DeadlineState } from './schedule';
import { resultDecimals } from './final-result';

/** A result to be made known to the person, with its deadline and state (from the case). */
export interface FamiliarisationItem {
  readonly periodId: string;
  readonly employeeId: string;
  readonly component: Method;
  /** 1 for the first acquaintance; 2, 3… for a revised result acquainted again. */
  readonly round: number;
  /** The day the result was completed: the unit's submission or the superior's agreement. */
  readonly completedOn: IsoDate;
  /** The day the deadline runs from: the completion, or the protocol's approval (001 §§61–62), or an appeal's outcome. */
  readonly from: IsoDate;
  readonly deadline: IsoDate;
  readonly state: DeadlineState;
  /** This round's record; undefined while not acquainted. */
  readonly record: Familiarisation | undefined;
  /** The round before (the value the person was first acquainted with), for a revised result. */
  readonly previous: Familiarisation | undefined;
  /** Acquainted (or refused) after the deadline. */
  readonly late: boolean;
  /** The result the person is acquainted with (hundredths, or points) and its grade, as it stands. */
  readonly value: number | undefined;
  /** The decimals the value is kept in (2 for a score, 0 for points, 1 for the points model's year). */
  readonly decimals: number;
  readonly grade: GradeId | undefined;
  readonly source: string;
}

/**
 * Every result of the cases due to be made known, with its deadline (004 §12, 001 §62, 002 §36) —
 * read from the case's familiarisation steps, which count working days on the calendar from the
 * completion or the approval as the profile's act has it — and, for a result revised after the
 * person was acquainted, the second acquaintance.
 * @example familiarisationItems(book.casesOf(unitStaff, '2026-Q1'))[0] → { round: 1, deadline: '2026-04-10', state: 'dueSoon', … }
 */
export function familiarisationItems(cases: readonly EvaluationCase[]): FamiliarisationItem[] {
  return cases.flatMap((c) => {
    if (!c.method || c.completedOn === undefined) return [];
    const { method, completedOn } = c;
    const first = c.familiarisationRounds[0];
    return c.steps.flatMap((step): FamiliarisationItem[] => {
      if ((step.kind !== 'familiarisation' && step.kind !== 'familiarisationAgain') || !step.deadline || !step.state) return [];
      const again = step.kind === 'familiarisationAgain';
      const record = again ? c.familiarisationRounds.slice(1).find((f) => f.value === c.final?.value) : first;
      return [
        {
          periodId: c.period.id,
          employeeId: c.employee.id,
          component: method,
          round: again ? (record?.round ?? (c.familiarisation?.round ?? 1) + 1) : 1,
          completedOn,
          from: step.from ?? completedOn,
          deadline: step.deadline,
          state: step.state,
          record,
          previous: again ? first : undefined,
          late: step.late,
          value: c.final?.value,
          decimals: c.final?.decimals ?? resultDecimals(method, c.period, c.profile),
          grade: c.final?.grade,
          source: step.source,
        },
      ];
    });
  });
}

export type FamiliarisationProblem = 'beforeCompletion' | 'inFuture' | 'actRequired' | 'meansNotAllowed' | 'witnessesMissing';

/**
 * A record is dated between the day the deadline runs from and today, by a means the profile's act
 * allows (004 §12, 001 §63, 002 §36); a refusal names who drew up the act (002 §36) and the other
 * employees who signed it where the act asks for them (003 §41: two).
 */
export function familiarisationProblem(
  record: Pick<Familiarisation, 'on' | 'how' | 'act' | 'witnesses'>,
  from: IsoDate,
  asOf: IsoDate,
  profile: Profile,
): FamiliarisationProblem | undefined {
  if (compareIso(record.on, from) < 0) return 'beforeCompletion';
  if (compareIso(record.on, asOf) > 0) return 'inFuture';
  if (!profile.procedure.familiarisationMeans.value.includes(record.how)) return 'meansNotAllowed';
  if (record.how === 'refusal' && record.act.trim() === '') return 'actRequired';
  if (
    record.how === 'refusal' &&
    record.witnesses.filter((w) => w.trim() !== '').length < profile.procedure.refusalWitnesses.value
  )
    return 'witnessesMissing';
  return undefined;
}
