/**
 * The 2017 points model (seed 002): quarterly score = 100 + incentives − 2 per violation (§§16–26),
 * banded on the quarterly scale (§27); annually the quarterly mean is converted to 2–5 (§32), the
 * individual work plan's targets score 2–5 each (§30, at most 4 targets, §12), and the two combine
 * by a formula whose image is lost (§32 — an assumption: equal weights, one decimal).
 */
import type { Profile } from '../profiles/types';
import { gradeOf, type GradeId } from './grades';
import { divideRounded } from './score';
import type { Trace } from './trace';

export type PlanTargetResult = 'notAchieved' | 'partly' | 'achieved' | 'exceeded';

export type PointsProblem = 'incentiveOutOfRange' | 'negativeViolations' | 'tooManyTargets' | 'noTargets';

const ref = (p: Profile) => ({ id: p.id, version: p.version });
const assumptionsOf = (...cited: { assumption?: string }[]) => cited.flatMap((c) => (c.assumption ? [c.assumption] : []));

/**
 * @example quarterPoints([3, 5], 2, JUSTICE_2017) → 104 points, "satisfactory" (100 + 8 − 4)
 */
export function quarterPoints(
  incentives: readonly number[],
  violations: number,
  profile: Profile,
  /** No entry at all: the ended quarter is scored at the base (an assumption). */
  empty = false,
): { points: number; grade: GradeId; explain: () => Trace } | PointsProblem {
  const { min, max } = profile.points.incentiveRange.value;
  if (incentives.some((a) => !Number.isInteger(a) || a < min || a > max)) return 'incentiveOutOfRange';
  if (!Number.isInteger(violations) || violations < 0) return 'negativeViolations';
  const base = profile.points.base.value;
  const plus = incentives.reduce((a, b) => a + b, 0);
  const minus = violations * profile.points.violationPenalty.value;
  const points = base + plus - minus;
  const grade = gradeOf(profile.points.quarterlyScale.value, points);
  return {
    points,
    grade,
    explain: () => ({
      formula: 'pointsQuarter',
      inputs: [
        { label: 'base', value: String(base) },
        { label: 'incentives', value: String(plus) },
        { label: 'violations', value: String(violations) },
        { label: 'penalty', value: String(minus) },
      ],
      result: String(points),
      grade,
      profile: ref(profile),
      sources: ['002 §§15–16, 22', profile.points.quarterlyScale.source ?? '002 §27'],
      // 002 §26's formula is a lost image: 100 + a − b is its reconstruction (METHODOLOGY §5).
      assumptions: ['pointsQuarterFormula', ...(empty ? ['pointsEmptyQuarter'] : [])],
    }),
  };
}

/** 002 §32 with the METHODOLOGY §5 default: a mean between bands is rounded half-up to a whole point. */
export function quarterlyMeanPoints(quarters: readonly number[]): number | undefined {
  if (quarters.length === 0) return undefined;
  return divideRounded(
    quarters.reduce((a, b) => a + b, 0),
    quarters.length,
    'halfUp',
  );
}

/** 002 §30: each work-plan target scores 2 (not achieved), 3 (partly), 4 (achieved), 5 (exceeded). */
export function planScoreTenths(targets: readonly PlanTargetResult[], profile: Profile): number | PointsProblem {
  if (targets.length === 0) return 'noTargets';
  if (targets.length > profile.points.planTargetsMax.value) return 'tooManyTargets';
  const scores = profile.points.planScores.value;
  const sum = targets.reduce((acc, t) => acc + scores[t], 0);
  return divideRounded(sum * 10, targets.length, 'halfUp');
}

/**
 * The annual result: quarterly mean (points) → 2–5 by its band (§32); combined with the plan score by
 * the profile's weights, rounded to one decimal (assumption), graded on the annual scale (§33).
 * @example annualPoints([104, 120, 131, 110], ['achieved', 'exceeded', 'partly'], JUSTICE_2017)
 *   → mean 116 → effective → 4; plan (4+5+3)/3 = 4.0; annual 4.0 "effective"
 */
export function annualPoints(
  quarters: readonly number[],
  targets: readonly PlanTargetResult[],
  profile: Profile,
): { tenths: number; grade: GradeId; converted: number; explain: () => Trace } | PointsProblem | undefined {
  const mean = quarterlyMeanPoints(quarters);
  if (mean === undefined) return undefined;
  const plan = planScoreTenths(targets, profile);
  if (typeof plan === 'string') return plan;
  const quarterGrade = gradeOf(profile.points.quarterlyScale.value, mean);
  const converted = profile.points.conversion.value[quarterGrade] ?? 2;
  const { quarterly, plan: planWeight } = profile.points.annualWeights.value;
  const tenths = divideRounded(converted * 10 * quarterly + plan * planWeight, quarterly + planWeight, 'halfUp');
  const grade = gradeOf(profile.points.annualScale.value, tenths);
  return {
    tenths,
    grade,
    converted,
    explain: () => ({
      formula: 'pointsAnnual',
      inputs: [
        ...quarters.map((q, i) => ({ label: `Q${i + 1}`, value: String(q) })),
        { label: 'quarterlyMean', value: String(mean) },
        { label: 'converted', value: String(converted) },
        { label: 'plan', value: (plan / 10).toFixed(1) },
      ],
      rounding: { mode: 'halfUp', decimals: 1 },
      result: (tenths / 10).toFixed(1),
      grade,
      profile: ref(profile),
      sources: ['002 §§28–33'],
      assumptions: ['pointsQuarterAverage', ...assumptionsOf(profile.points.annualWeights)],
    }),
  };
}
