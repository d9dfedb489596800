/**
 * The year's KCI or ranking result: the mean of the evaluated quarters (004 §5, 001 §4). Quarters
 * that were not evaluated (excluded by tenure, not yet scored) are listed, never counted as zero.
 */
import type { Profile } from '../profiles/types';
import { gradeOf, type GradeId } from './grades';
import { divideRounded, hundredthsText, type Hundredths } from './score';
import type { Trace } from './trace';

export interface AnnualResult {
  readonly score: Hundredths;
  readonly grade: GradeId;
  readonly evaluated: readonly string[];
  readonly notEvaluated: readonly string[];
  readonly explain: () => Trace;
}

/** @example annualMean({ Q1: 400, Q2: undefined, Q3: 350, Q4: 375 }, TYPICAL_2023) → 3.75 "proper", Q2 not evaluated */
export function annualMean(
  quarters: Readonly<Record<string, Hundredths | undefined>>,
  profile: Profile,
): AnnualResult | undefined {
  const keys = Object.keys(quarters).sort();
  let sum = 0;
  let count = 0;
  for (const k of keys) {
    const v = quarters[k];
    if (v !== undefined) {
      sum += v;
      count++;
    }
  }
  if (count === 0) return undefined;
  const mode = profile.rounding.value;
  const score = divideRounded(sum, count, mode);
  const grade = gradeOf(profile.scale.value, score);
  return {
    score,
    grade,
    evaluated: keys.filter((k) => quarters[k] !== undefined),
    notEvaluated: keys.filter((k) => quarters[k] === undefined),
    explain: () => ({
      formula: 'annualMean',
      inputs: keys.map((k) => ({ label: k, value: quarters[k] === undefined ? null : hundredthsText(quarters[k] ?? 0) })),
      exact: `${sum}/${count}`,
      rounding: { mode, decimals: 2 },
      result: hundredthsText(score),
      grade,
      profile: { id: profile.id, version: profile.version },
      sources: [profile.deadlines.quarterlyDay.source ?? '004 §5', profile.scale.source ?? ''].filter((x) => x !== ''),
      assumptions: profile.rounding.assumption ? [profile.rounding.assumption] : [],
    }),
  };
}
