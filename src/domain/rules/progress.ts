/**
 * Where the evaluation stands (issue 4 overview): per unit and quarter, how many people are to be
 * evaluated (eligible, 004 §§6–7) — staff by ranking, and unit heads by KCI where the profile uses
 * it (004 §§22–23) — how many are fully scored, and the grades they got: the final ones where a
 * signed calibration protocol or Commission protocol changed the score (004 §42, 001 §§51–65).
 */
import {
  kciPlanId,
  type CalibrationCase,
  type CommissionSitting,
  type Employee,
  type EvaluationRecord,
  type KciPlan,
  type Period,
  type StatusInterval,
} from '../model';
import type { Profile } from '../profiles/types';
import type { CalendarData } from './calendar';
import { eligibility } from './eligibility';
import { finalResult } from './final-result';
import type { GradeId } from './grades';
import { rankingScore } from './ranking';
import { unitHeadIds } from './roles';
import { kciNotSet, kciSheet } from './kci-sheet';

export interface UnitProgress {
  readonly unitId: string;
  readonly periodId: string;
  readonly toScore: number;
  readonly scored: number;
  readonly grades: Readonly<Partial<Record<GradeId, number>>>;
}

export function rankingProgress(input: {
  readonly unitIds: readonly string[];
  readonly quarters: readonly Period[];
  readonly employees: readonly Employee[];
  readonly statuses: readonly StatusInterval[];
  readonly records: readonly EvaluationRecord[];
  /** Unit heads' plans; with them (and KCI in the profile) heads are counted by their KCI sheet. */
  readonly kciPlans?: readonly KciPlan[];
  readonly profile: Profile;
  readonly calendar: CalendarData;
  /** The profile a stored result is computed with (a submitted period keeps its recorded version). */
  readonly profileOf?: (record: EvaluationRecord | undefined, unitId: string) => Profile;
  /** Calibration sessions and Commission sittings of the quarters, whose signed protocols change results. */
  readonly calibrations?: readonly CalibrationCase[];
  readonly sittings?: readonly CommissionSitting[];
}): UnitProgress[] {
  const cases = new Map((input.calibrations ?? []).map((c) => [c.id, c]));
  const sittings = new Map((input.sittings ?? []).map((s) => [s.periodId, s]));
  const records = new Map(input.records.map((r) => [`${r.periodId}:${r.component}:${r.employeeId}`, r]));
  const plans = new Map((input.kciPlans ?? []).map((p) => [p.id, p]));
  const withKci = input.kciPlans !== undefined && input.profile.components.value.kci;
  const statusesOf = new Map<string, StatusInterval[]>();
  for (const s of input.statuses) statusesOf.set(s.employeeId, [...(statusesOf.get(s.employeeId) ?? []), s]);
  const heads = unitHeadIds(input.employees);
  const out: UnitProgress[] = [];
  for (const unitId of input.unitIds) {
    const people = input.employees.filter((e) => e.unitId === unitId && (withKci || !heads.has(e.id)));
    for (const q of input.quarters) {
      let toScore = 0;
      let scored = 0;
      const grades: Partial<Record<GradeId, number>> = {};
      const count = (grade: GradeId | undefined) => {
        if (grade === undefined) return;
        scored++;
        grades[grade] = (grades[grade] ?? 0) + 1;
      };
      for (const e of people) {
        const component = heads.has(e.id) ? 'kci' : 'ranking';
        if (eligibility(e, statusesOf.get(e.id) ?? [], q, component, input.profile, input.calendar).kind === 'notEvaluated')
          continue;
        if (component === 'kci' && kciNotSet(e, q, input.profile)) continue;
        toScore++;
        const record = records.get(`${q.id}:${component}:${e.id}`);
        const profile = input.profileOf?.(record, unitId) ?? input.profile;
        let computed: number | undefined;
        if (component === 'kci') {
          const plan = plans.get(kciPlanId(q.id, e.id));
          computed = plan ? kciSheet(plan.items, record?.scores ?? {}, profile).sheet?.score : undefined;
        } else {
          const outcome = rankingScore(record?.scores ?? {}, profile);
          computed = outcome.kind === 'scored' ? outcome.result.score : undefined;
        }
        count(
          computed === undefined
            ? undefined
            : finalResult(
                {
                  component,
                  employeeId: e.id,
                  computed,
                  calibration: cases.get(`${q.id}:${component}:${e.id}`),
                  sitting: sittings.get(q.id),
                },
                profile,
              ).grade,
        );
      }
      out.push({ unitId, periodId: q.id, toScore, scored, grades });
    }
  }
  return out;
}
