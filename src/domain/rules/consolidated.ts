/**
 * The consolidated results for the Commission secretary (issue 5): for a quarter, every person of
 * the agency by unit — how they are evaluated (ranking, KCI or points) or why not, the inputs, the
 * evaluator's score, the final result after signed protocols, its grade and the rank in the unit —
 * and the year so far: each quarter's final result, the annual result, its grade and consequences.
 * Words are the caller's: this is data (ids, numbers, codes).
 */
import {
  fullName,
  kciPlanId,
  pointsSheetId,
  type CalibrationCase,
  type CommissionSitting,
  type Employee,
  type EvaluationRecord,
  type KciPlan,
  type Period,
  type PointsSheet,
  type StatusInterval,
  type Unit,
} from '../model';
import type { Profile } from '../profiles/types';
import { annualMean } from './annual';
import type { CalendarData } from './calendar';
import { eligibility, type Eligibility } from './eligibility';
import { finalResult, type FinalResult } from './final-result';
import type { GradeId } from './grades';
import { kciCountGrade } from './kci';
import { kciSheet, kciYearCounts } from './kci-sheet';
import { pointsOfQuarter, pointsOfYear } from './points-sheet';
import { consequences, type Consequences } from './procedures';
import { rankingScore, rankWithinUnit } from './ranking';
import { unitHeadIds } from './roles';

import type { Method } from '../case/method';
export type { Method };

export interface ConsolidatedRow {
  readonly unitId: string;
  readonly employee: Employee;
  /** Full name, as sorted. */
  readonly name: string;
  readonly method: Method;
  readonly eligibility: Eligibility;
  /** Ranking parameter scores as entered (hundredths). */
  readonly inputs: Readonly<Record<string, number>>;
  /** The evaluator's result: hundredths, or points. */
  readonly computed: number | undefined;
  readonly final: FinalResult | undefined;
  /** Rank in the unit by final result, among people evaluated with the same method. */
  readonly rank: number | undefined;
  /** The result rests on an assumption of the profile (METHODOLOGY §5). */
  readonly assumed: boolean;
  readonly year: {
    /** Each quarter's final result (undefined: not evaluated or not yet scored). */
    readonly quarters: readonly (number | undefined)[];
    /** Hundredths for ranking and KCI (undefined when graded by the KCI count), tenths for points. */
    readonly result: number | undefined;
    readonly grade: GradeId | undefined;
    readonly consequences: Consequences | undefined;
  };
}

export interface ConsolidatedInput {
  readonly quarter: Period;
  /** The year's quarters and the year (period ids `YYYY-Qn`, `YYYY-Y`). */
  readonly periods: readonly Period[];
  readonly units: readonly Unit[];
  readonly employees: readonly Employee[];
  readonly statuses: readonly StatusInterval[];
  /** Records of the year's periods (and of the previous year for consequences). */
  readonly records: readonly EvaluationRecord[];
  readonly plans: readonly KciPlan[];
  readonly sheets: readonly PointsSheet[];
  readonly calibrations: readonly CalibrationCase[];
  readonly sittings: readonly CommissionSitting[];
  readonly profile: Profile;
  readonly calendar: CalendarData;
}

/** Items of a period, component and person, nested so that finding one builds no key. */
function byPeriodComponentPerson<
  T extends { readonly periodId: string; readonly component: string; readonly employeeId: string },
>(items: readonly T[]): Map<string, Map<string, Map<string, T>>> {
  const out = new Map<string, Map<string, Map<string, T>>>();
  for (const item of items) {
    let period = out.get(item.periodId);
    if (!period) out.set(item.periodId, (period = new Map()));
    let component = period.get(item.component);
    if (!component) period.set(item.component, (component = new Map()));
    component.set(item.employeeId, item);
  }
  return out;
}

/**
 * @example consolidatedResults({ quarter: Q3, periods: periodsOfYear(2026), … }) → a row per person,
 *   units in tree order, people by name, with the final result and the year so far
 */
export function consolidatedResults(input: ConsolidatedInput, collator: Intl.Collator): ConsolidatedRow[] {
  const { profile } = input;
  const components = profile.components.value;
  // Records and calibration cases by period, component and person: no key is built per lookup (10,000 people × 4 quarters).
  const records = byPeriodComponentPerson(input.records);
  const cases = byPeriodComponentPerson(input.calibrations);
  const plans = new Map(input.plans.map((p) => [p.id, p]));
  const sheets = new Map(input.sheets.map((s) => [s.id, s]));
  const sittings = new Map(input.sittings.map((s) => [s.periodId, s]));
  const statusesOf = new Map<string, StatusInterval[]>();
  for (const s of input.statuses) statusesOf.set(s.employeeId, [...(statusesOf.get(s.employeeId) ?? []), s]);
  const heads = unitHeadIds(input.employees);
  const methodOf = (e: Employee): Method | undefined =>
    components.points
      ? 'points'
      : heads.has(e.id)
        ? components.kci
          ? 'kci'
          : undefined
        : components.ranking
          ? 'ranking'
          : undefined;
  const rankingAssumed = [profile.ranking.combine, profile.rounding, profile.scale].some((c) => c.assumption !== undefined);
  const kciAssumed = [profile.kci.combine, profile.rounding, profile.scale, profile.kci.permissible].some(
    (c) => c.assumption !== undefined,
  );

  const quarterOf = (e: Employee, q: Period, method: Method) => {
    const elig = eligibility(e, statusesOf.get(e.id) ?? [], q, method, profile, input.calendar);
    if (elig.kind === 'notEvaluated') return { elig, computed: undefined, final: undefined, inputs: {} };
    const record = records.get(q.id)?.get(method)?.get(e.id);
    let computed: number | undefined;
    if (method === 'points') computed = pointsOfQuarter(sheets.get(pointsSheetId(q.id, e.id)), profile)?.points;
    else if (method === 'kci') {
      const plan = plans.get(kciPlanId(q.id, e.id));
      computed = plan ? kciSheet(plan.items, record?.scores ?? {}, profile).sheet?.score : undefined;
    } else {
      const o = rankingScore(record?.scores ?? {}, profile);
      computed = o.kind === 'scored' ? o.result.score : undefined;
    }
    const final =
      computed === undefined
        ? undefined
        : finalResult(
            {
              component: method,
              employeeId: e.id,
              computed,
              calibration: cases.get(q.id)?.get(method)?.get(e.id),
              sitting: sittings.get(q.id),
            },
            profile,
          );
    return { elig, computed, final, inputs: method === 'ranking' ? (record?.scores ?? {}) : {} };
  };

  const quartersOf = new Map<number, Period[]>();
  for (const p of input.periods)
    if (p.kind === 'quarter')
      quartersOf.set(
        p.year,
        [...(quartersOf.get(p.year) ?? []), p].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
  const yearOf = (
    e: Employee,
    method: Method,
    year: number,
    known?: { readonly id: string; readonly value: number | undefined },
  ) => {
    const quarters = quartersOf.get(year) ?? [];
    // The year so far: quarters after the chosen one are not evaluated yet.
    const values = quarters.map((q) =>
      q.id === known?.id ? known.value : q.start > input.quarter.end ? undefined : quarterOf(e, q, method).final?.value,
    );
    if (method === 'points') {
      const evaluated = values.filter((v): v is number => v !== undefined);
      const y = pointsOfYear(evaluated, sheets.get(pointsSheetId(`${year}-Y`, e.id))?.targets ?? [], profile);
      return { quarters: values, result: y?.tenths, grade: y?.grade };
    }
    if (method === 'kci' && profile.kci.countRule.value) {
      const counts = kciYearCounts(quarters.flatMap((q) => plans.get(kciPlanId(q.id, e.id)) ?? []));
      return {
        quarters: values,
        result: undefined,
        grade: counts.total === 0 ? undefined : kciCountGrade(counts.achieved, counts.total, profile).grade,
      };
    }
    const mean = annualMean(Object.fromEntries(quarters.map((q, i) => [q.id, values[i]])), profile);
    return { quarters: values, result: mean?.score, grade: mean?.grade };
  };

  const known = new Set(input.units.map((u) => u.id));
  // Filled in place: the rank is set once every final result is known (no copy of 10,000 rows).
  const rows: { -readonly [K in keyof ConsolidatedRow]: ConsolidatedRow[K] }[] = [];
  for (const e of input.employees) {
    const method = methodOf(e);
    if (!method || !known.has(e.unitId)) continue;
    const q = quarterOf(e, input.quarter, method);
    const current = yearOf(e, method, input.quarter.year, { id: input.quarter.id, value: q.final?.value });
    // The previous year matters only for a second unsatisfactory year in a row (002 §45).
    const previous = current.grade === 'unsatisfactory' ? yearOf(e, method, input.quarter.year - 1) : undefined;
    const history = [previous?.grade, current.grade].filter((g): g is GradeId => g !== undefined);
    rows.push({
      unitId: e.unitId,
      employee: e,
      name: fullName(e),
      method,
      eligibility: q.elig,
      inputs: q.inputs,
      computed: q.computed,
      final: q.final,
      rank: undefined,
      assumed:
        method === 'ranking'
          ? rankingAssumed
          : method === 'kci'
            ? kciAssumed
            : profile.points.annualWeights.assumption !== undefined,
      year: { ...current, consequences: current.grade === undefined ? undefined : consequences(history, profile) },
    });
  }
  // Ranks within each unit and method, by final result; ties share a rank.
  const ranks = new Map<string, number>();
  const groups = new Map<string, { id: string; score: number | undefined }[]>();
  for (const r of rows) {
    const key = `${r.unitId}:${r.method}`;
    const group = groups.get(key) ?? [];
    group.push({ id: r.employee.id, score: r.final?.value });
    groups.set(key, group);
  }
  for (const g of groups.values()) for (const [id, rank] of rankWithinUnit(g)) ranks.set(id, rank);
  // Units in the caller's order; within a unit the head first, then by name — sorted per unit, so
  // the collator compares a unit's few people, not the whole agency's.
  const byUnit = new Map<string, ConsolidatedRow[]>();
  for (const r of rows) {
    r.rank = ranks.get(r.employee.id);
    const group = byUnit.get(r.unitId);
    if (group) group.push(r);
    else byUnit.set(r.unitId, [r]);
  }
  const out: ConsolidatedRow[] = [];
  for (const u of input.units) {
    const group = byUnit.get(u.id) ?? [];
    group.sort(
      (a, b) =>
        (a.method === b.method ? 0 : a.method === 'kci' ? -1 : 1) ||
        collator.compare(a.name, b.name) ||
        (a.employee.id < b.employee.id ? -1 : 1),
    );
    out.push(...group);
  }
  return out;
}
