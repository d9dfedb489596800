/**
 * The year's KCI or ranking result: the mean of the evaluated quarters (004 §5, 001 §4). Quarters
 * that were not evaluated (excluded by tenure, not yet scored) are listed, never counted as zero.
 */
import type { Profile } from '../profiles/types';
import { gradeOf, type GradeId } from './grades';
import { hundredthsText, meanRounded, type Hundredths } from './score';
import type { Trace } from './trace';

export interface AnnualResult {
  readonly score: Hundredths;
  readonly grade: GradeId;
  readonly evaluated: readonly string[];
  readonly notEvaluated: readonly string[];
  readonly trace: Trace;
}

/** @example annualMean({ Q1: 400, Q2: undefined, Q3: 350, Q4: 375 }, TYPICAL_2023) → 3.75 "proper", Q2 not evaluated */
export function annualMean(quarters: Readonly<Record<string, Hundredths | undefined>>, profile: Profile): AnnualResult | undefined {
  const entries = Object.entries(quarters).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const evaluated = entries.filter((e): e is [string, number] => e[1] !== undefined);
  const mode = profile.rounding.value;
  const score = meanRounded(evaluated.map(([, v]) => v), mode);
  if (score === undefined) return undefined;
  const grade = gradeOf(profile.scale.value, score);
  return {
    score,
    grade,
    evaluated: evaluated.map(([k]) => k),
    notEvaluated: entries.filter(([, v]) => v === undefined).map(([k]) => k),
    trace: {
      formula: 'annualMean',
      inputs: entries.map(([k, v]) => ({ label: k, value: v === undefined ? null : hundredthsText(v) })),
      exact: `${evaluated.reduce((a, [, v]) => a + v, 0)}/${evaluated.length}`,
      rounding: { mode, decimals: 2 },
      result: hundredthsText(score),
      grade,
      profile: { id: profile.id, version: profile.version },
      sources: [profile.deadlines.quarterlyDay.source ?? '004 §5', profile.scale.source ?? ''].filter((x) => x !== ''),
      assumptions: profile.rounding.assumption ? [profile.rounding.assumption] : [],
    },
  };
}
