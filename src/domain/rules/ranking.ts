/**
 * The ranking method for staff (004 §§29–33, 001 §§28–32): the unit head scores each parameter
 * 0–5; the quarterly score combines them (equal-weight mean unless the profile says otherwise) and
 * gets a grade; people are ranked within their unit, ties sharing a rank.
 */
import type { Profile } from '../profiles/types';
import { gradeOf, type GradeId } from './grades';
import { divideRounded, hundredthsText, type Hundredths } from './score';
import type { Trace } from './trace';

export interface ScoredResult {
  readonly score: Hundredths;
  readonly grade: GradeId;
  /** The explanation, built when someone asks (a grid recomputes thousands of scores per edit). */
  readonly explain: () => Trace;
}

export type RankingOutcome =
  | { readonly kind: 'scored'; readonly result: ScoredResult }
  | { readonly kind: 'incomplete'; readonly missing: readonly string[] }
  /** A parameter's score outside 0–5 (or not in hundredths): nothing is computed from it (004 §33). */
  | { readonly kind: 'outOfRange'; readonly parameters: readonly string[] };

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
  const weighted = profile.ranking.combine.value === 'weightedMean';
  let sum = 0;
  let divisor = 0;
  let missing: string[] | undefined;
  let outside: string[] | undefined;
  for (const p of parameters) {
    const v = scores[p.id];
    if (v === undefined) (missing ??= []).push(p.id);
    else if (!Number.isInteger(v) || v < SCORE_MIN || v > SCORE_MAX) (outside ??= []).push(p.id);
    else {
      sum += weighted ? v * p.weight : v;
      divisor += weighted ? p.weight : 1;
    }
  }
  if (outside) return { kind: 'outOfRange', parameters: outside };
  if (missing) return { kind: 'incomplete', missing };
  const mode = profile.rounding.value;
  const score = divideRounded(sum, divisor, mode);
  const grade = gradeOf(profile.scale.value, score);
  const explain = (): Trace => ({
    formula: weighted ? 'weightedMean' : 'mean',
    inputs: parameters.map((p) => ({ label: p.id, value: hundredthsText(scores[p.id] ?? 0) })),
    exact: `${sum}/${divisor}`,
    rounding: { mode, decimals: 2 },
    result: hundredthsText(score),
    grade,
    profile: { id: profile.id, version: profile.version },
    sources: [profile.ranking.parameters.source ?? '', profile.scale.source ?? '', '004 §§29–33'].filter((x) => x !== ''),
    assumptions: assumed(profile.ranking.combine, profile.rounding, profile.scale),
  });
  return { kind: 'scored', result: { score, grade, explain } };
}

/**
 * Ranks within a unit: higher score first; equal scores share a rank and the next rank skips
 * ("1, 2, 2, 4"); people without a score are not ranked. The order is total: ties are listed by id.
 * @example rankWithinUnit([{ id: 'a', score: 400 }, { id: 'b', score: 450 }, { id: 'c', score: 400 }])
 *   → Map { b → 1, a → 2, c → 2 }
 */
export function rankWithinUnit(
  entries: readonly { readonly id: string; readonly score: Hundredths | undefined }[],
): Map<string, number> {
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
