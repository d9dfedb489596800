/**
 * The familiarisation board (004 §12, 002 §36): every completed evaluation result — a unit's
 * submitted ranking or points period, a head's agreed KCI sheet — must be made known to the person
 * within two working days of completion; the board says by when, whether that is due, due soon or
 * overdue, and whether it was done on time.
 */
import { compareIso, type IsoDate } from '../dates';
import type { Employee, EvaluationRecord, Familiarisation, KciPlan, Period, PointsSheet, StatusInterval } from '../model';
import { eligibility } from './eligibility';
import type { GradeId } from './grades';
import { kciSheet } from './kci-sheet';
import { pointsOfQuarter } from './points-sheet';
import { rankingScore } from './ranking';
import { isUnitHead } from './roles';
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
    return {
      ...c,
      deadline,
      record,
      state: deadlineState(deadline, asOf, record?.on ?? null, calendar),
      late: record !== undefined && compareIso(record.on, deadline) > 0,
    };
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

export interface CompletionInput {
  readonly quarters: readonly Period[];
  readonly employees: readonly Employee[];
  readonly statuses: readonly StatusInterval[];
  /** The day a unit's period was submitted: key `${periodId}:${unitId}:${component}`. */
  readonly submitted: ReadonlyMap<string, IsoDate>;
  readonly records: readonly EvaluationRecord[];
  readonly plans: readonly KciPlan[];
  readonly sheets: readonly PointsSheet[];
  readonly profile: Profile;
  readonly calendar: CalendarData;
}

/**
 * The results completed in the quarters, each with its grade: a unit's submitted points or ranking
 * period for everyone evaluated (ranking: once scored), a head's KCI sheet once the superior agreed.
 */
export function completedResults(input: CompletionInput): (Completion & { readonly grade: GradeId | undefined })[] {
  const { profile, calendar, employees } = input;
  const c = profile.components.value;
  const records = new Map(input.records.map((r) => [r.id, r]));
  const plans = new Map(input.plans.map((p) => [p.id, p]));
  const sheets = new Map(input.sheets.map((s) => [s.id, s]));
  const statusesOf = new Map<string, StatusInterval[]>();
  for (const s of input.statuses) statusesOf.set(s.employeeId, [...(statusesOf.get(s.employeeId) ?? []), s]);
  const out: (Completion & { grade: GradeId | undefined })[] = [];
  for (const p of input.quarters) {
    for (const e of employees) {
      const evaluated = (component: 'ranking' | 'points') =>
        eligibility(e, statusesOf.get(e.id) ?? [], p, component, profile, calendar).kind !== 'notEvaluated';
      if (c.points) {
        const day = input.submitted.get(`${p.id}:${e.unitId}:points`);
        if (day && evaluated('points'))
          out.push({
            periodId: p.id,
            employeeId: e.id,
            component: 'points',
            completedOn: day,
            grade: pointsOfQuarter(sheets.get(`${p.id}:${e.id}`), profile)?.grade,
          });
      } else if (c.kci && isUnitHead(e, employees)) {
        const plan = plans.get(`${p.id}:${e.id}`);
        const last = plan?.review[plan.review.length - 1];
        if (plan && last?.action === 'agree')
          out.push({
            periodId: p.id,
            employeeId: e.id,
            component: 'kci',
            completedOn: last.at.slice(0, 10),
            grade: kciSheet(plan.items, records.get(`${p.id}:kci:${e.id}`)?.scores ?? {}, profile).sheet?.grade,
          });
      } else if (c.ranking) {
        const day = input.submitted.get(`${p.id}:${e.unitId}:ranking`);
        const outcome = rankingScore(records.get(`${p.id}:ranking:${e.id}`)?.scores ?? {}, profile);
        if (day && outcome.kind === 'scored' && evaluated('ranking'))
          out.push({ periodId: p.id, employeeId: e.id, component: 'ranking', completedOn: day, grade: outcome.result.grade });
      }
    }
  }
  return out;
}
