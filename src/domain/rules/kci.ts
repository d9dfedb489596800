/**
 * KCI — key target indicators of unit heads (004 §§22–28, 001 §§21–27, §§43–50): 3 to 5 per
 * individual work plan; achievement from plan and actual (higher or lower is better, zero plans
 * handled explicitly); the permissible score range by achievement (Typical Methodology Appendix 3 —
 * an assumption, METHODOLOGY §5); the sheet score; the count-based annual variant (001 §44).
 */
import type { KciItem } from '../model';
import type { Profile } from '../profiles/types';
import { gradeOf, type GradeId } from './grades';
import { divideRounded, hundredthsText, meanRounded, type Hundredths } from './score';
import type { Trace } from './trace';

export type KciDirection = 'higherBetter' | 'lowerBetter';

export type Achievement =
  /**
   * Percent in hundredths of a percent (10000 = 100 %), rounded half-up for display; the exact
   * achievement is `num / den` (den > 0), against which "achieved" and the permissible row are decided.
   */
  | { readonly kind: 'percent'; readonly percent: number; readonly num: number; readonly den: number }
  /** A plan of zero: achieved or not, no percentage can be computed. */
  | { readonly kind: 'zeroPlan'; readonly achieved: boolean };

/**
 * Plan and actual are exact decimals scaled to integers by the caller (e.g. both × 100).
 * Higher is better: actual / plan. Lower is better (e.g. complaints): plan / actual, and an actual
 * of zero against a positive plan is full achievement.
 * @example achievement(80, 100, 'higherBetter') → { kind: 'percent', percent: 8000 }
 */
export function achievement(actual: number, plan: number, direction: KciDirection): Achievement {
  if (plan === 0) return { kind: 'zeroPlan', achieved: direction === 'higherBetter' ? actual >= 0 : actual <= 0 };
  if (direction === 'higherBetter') {
    // A negative plan keeps the ratio's sign with a positive denominator.
    const [num, den] = plan > 0 ? [actual, plan] : [-actual, -plan];
    return { kind: 'percent', percent: Math.max(0, divideRounded(num * 10000, den, 'halfUp')), num: Math.max(0, num), den };
  }
  if (actual <= 0) return { kind: 'percent', percent: 10000, num: 1, den: 1 };
  return { kind: 'percent', percent: divideRounded(plan * 10000, actual, 'halfUp'), num: plan, den: actual };
}

/** At least `fromPercent` (hundredths of a percent) achieved, decided on the exact ratio, never on the rounded percent. */
const atLeast = (a: Achievement, fromPercent: number): boolean =>
  a.kind === 'zeroPlan' ? (a.achieved ? 10000 : 0) >= fromPercent : a.num * 10000 >= fromPercent * a.den;

/**
 * Achieved when the actual reaches the plan exactly (99,996 % is not achieved though it shows as 100,00 %).
 * @example isAchieved(achievement(99996, 100000, 'higherBetter')) === false
 */
export const isAchieved = (a: Achievement): boolean => atLeast(a, 10000);

/** The permissible score range for an achievement (from the profile's table, highest row first), on the exact ratio. */
export function permissibleRange(a: Achievement, profile: Profile): { min: Hundredths; max: Hundredths } {
  const rows = [...profile.kci.permissible.value].sort((x, y) => y.fromPercent - x.fromPercent);
  const row = rows.find((r) => atLeast(a, r.fromPercent)) ?? rows[rows.length - 1];
  return { min: row?.min ?? 0, max: row?.max ?? 500 };
}

/** A score outside the permissible range is a warning the evaluator confirms, not a block (METHODOLOGY §5). */
export const outsidePermissible = (score: Hundredths, range: { min: Hundredths; max: Hundredths }): boolean =>
  score < range.min || score > range.max;

/**
 * A plan's own fields of each KCI — what its work plan sets (004 Appendix 1), without the sheet's
 * actual value and confirmed score: what two copies of a plan are compared by.
 */
export const kciPlanFields = (items: readonly KciItem[]) =>
  items.map(({ actual: _actual, confirmedScore: _confirmed, ...plan }) => plan);

export type KciCountProblem = 'tooFew' | 'tooMany';

/** 004 §24: three to five KCIs per plan. */
export function kciCountProblem(count: number, profile: Profile): KciCountProblem | undefined {
  if (count < profile.kci.minCount.value) return 'tooFew';
  if (count > profile.kci.maxCount.value) return 'tooMany';
  return undefined;
}

export interface KciSheet {
  readonly score: Hundredths;
  readonly grade: GradeId;
  readonly explain: () => Trace;
}

/** The sheet score: the mean of the KCI scores (an assumption, METHODOLOGY §5), rounded and graded. */
export function kciSheetScore(
  scores: readonly { readonly kci: string; readonly score: Hundredths }[],
  profile: Profile,
): KciSheet | undefined {
  const mode = profile.rounding.value;
  const score = meanRounded(
    scores.map((s) => s.score),
    mode,
  );
  if (score === undefined) return undefined;
  const grade = gradeOf(profile.scale.value, score);
  return {
    score,
    grade,
    explain: () => ({
      formula: 'mean',
      inputs: scores.map((s) => ({ label: s.kci, value: hundredthsText(s.score) })),
      exact: `${scores.reduce((a, s) => a + s.score, 0)}/${scores.length}`,
      rounding: { mode, decimals: 2 },
      result: hundredthsText(score),
      grade,
      profile: { id: profile.id, version: profile.version },
      sources: ['004 §§22–28', profile.scale.source ?? ''].filter((x) => x !== ''),
      assumptions: [profile.kci.combine, profile.rounding].flatMap((c) => (c.assumption ? [c.assumption] : [])),
    }),
  };
}

/**
 * 001 §44: the annual plan graded by achieved KCIs — all → effective, 4 of 5 → proper, 3 of 5 →
 * satisfactory, fewer → unsatisfactory. For plans of other sizes the same shares apply (assumption).
 */
export function kciCountGrade(achieved: number, total: number, profile: Profile): { grade: GradeId; explain: () => Trace } {
  const share = total === 0 ? 0 : (achieved * 100) / total;
  const grade: GradeId =
    achieved === total && total > 0 ? 'effective' : share >= 80 ? 'proper' : share >= 60 ? 'satisfactory' : 'unsatisfactory';
  return {
    grade,
    explain: () => ({
      formula: 'kciCount',
      inputs: [
        { label: 'achieved', value: String(achieved) },
        { label: 'total', value: String(total) },
      ],
      result: `${achieved}/${total}`,
      grade,
      profile: { id: profile.id, version: profile.version },
      sources: [profile.kci.countRule.source ?? '001 §44'],
      assumptions: total === 5 ? [] : ['kciCountScaling'],
    }),
  };
}

/** 004 §23: no KCIs are set when less than `noKciMonthsLeft` months remain until the period ends. */
export function tooLateForKci(monthsLeft: number, profile: Profile): boolean {
  return monthsLeft < profile.kci.noKciMonthsLeft.value;
}
