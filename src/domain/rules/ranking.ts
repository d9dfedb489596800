/**
 * The ranking method for staff (004 §§29–33, 001 §§28–32): the unit head scores each parameter
 * 0–5; the quarterly score combines them (equal-weight mean unless the profile says otherwise) and
 * gets a grade; people are ranked within their unit, ties sharing a rank.
 */
import type { Profile } from '../profiles/types';
import { gradeOf, type GradeId } from './grades';
import { hundredthsText, meanRounded, weightedMeanRounded, type Hundredths } from './score';
import type { Trace } from './trace';

export interface ScoredResult {
  readonly score: Hundredths;
  readonly grade: GradeId;
  readonly trace: Trace;
}

export type RankingOutcome = { readonly kind: 'scored'; readonly result: ScoredResult } | { readonly kind: 'incomplete'; readonly missing: readonly string[] };

export const SCORE_MIN = 0;
export const SCORE_MAX = 500;

/** Assumptions a cited parameter rests on, if any. */
const assumed = (...cited: { assumption?: string }[]): string[] => cited.flatMap((c) => (c.assumption ? [c.assumption] : []));

/**
 * @example rankingScore({ quality: 400, deadlines: 350, initiative: 375, discipline: 500 }, TYPICAL_2023)
 *   → scored 4.06 "effective" (mean of 4, 3.5, 3.75, 5 = 4.0625 → 4.06)
 */
export function rankingScore(scores: Readonly<Record<string, Hundredths | undefined>>, profile: Profile): RankingOutcome {
  const parameters = profile.ranking.parameters.value;
  const missing = parameters.filter((p) => scores[p.id] === undefined).map((p) => p.id);
  if (missing.length > 0) return { kind: 'incomplete', missing };
  const values = parameters.map((p) => scores[p.id] ?? 0);
  const mode = profile.rounding.value;
  const weighted = profile.ranking.combine.value === 'weightedMean';
  const score = (weighted ? weightedMeanRounded(values, parameters.map((p) => p.weight), mode) : meanRounded(values, mode)) ?? 0;
  const grade = gradeOf(profile.scale.value, score);
  const sum = weighted ? values.reduce((acc, v, i) => acc + v * (parameters[i]?.weight ?? 0), 0) : values.reduce((a, b) => a + b, 0);
  const divisor = weighted ? parameters.reduce((a, p) => a + p.weight, 0) : values.length;
  return {
    kind: 'scored',
    result: {
      score,
      grade,
      trace: {
        formula: weighted ? 'weightedMean' : 'mean',
        inputs: parameters.map((p, i) => ({ label: p.id, value: hundredthsText(values[i] ?? 0) })),
        exact: `${sum}/${divisor}`,
        rounding: { mode, decimals: 2 },
        result: hundredthsText(score),
        grade,
        profile: { id: profile.id, version: profile.version },
        sources: [profile.ranking.parameters.source ?? '', profile.scale.source ?? '', '004 §§29–33'].filter((x) => x !== ''),
        assumptions: assumed(profile.ranking.combine, profile.rounding, profile.scale),
      },
    },
  };
}

/**
 * Ranks within a unit: higher score first; equal scores share a rank and the next rank skips
 * ("1, 2, 2, 4"); people without a score are not ranked. The order is total: ties are listed by id.
 * @example rankWithinUnit([{ id: 'a', score: 400 }, { id: 'b', score: 450 }, { id: 'c', score: 400 }])
 *   → Map { b → 1, a → 2, c → 2 }
 */
export function rankWithinUnit(entries: readonly { readonly id: string; readonly score: Hundredths | undefined }[]): Map<string, number> {
  const scored = entries
    .filter((e): e is { id: string; score: number } => e.score !== undefined)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranks = new Map<string, number>();
  scored.forEach((e, i) => {
    const previous = scored[i - 1];
    ranks.set(e.id, previous && previous.score === e.score ? (ranks.get(previous.id) ?? i + 1) : i + 1);
  });
  return ranks;
}
