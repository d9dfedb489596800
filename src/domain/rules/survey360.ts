/**
 * The 360 method (004 §§34–37): 3 to 7 respondents per person (direct manager, direct subordinates,
 * close peers at the same level), anonymous; the self-assessment is collected but never counted;
 * a competency result is not shown from fewer answers than the anonymity threshold; the least
 * expressed competencies feed training topics.
 */
import type { RespondentRole, SealedRole } from '../model';
import type { Named, Profile } from '../profiles/types';
import { divideRounded, hundredthsText, type Hundredths } from './score';
import type { Trace } from './trace';

export type { RespondentRole } from '../model';

export interface Assignment {
  readonly respondentId: string;
  readonly role: RespondentRole;
}

export type RespondentProblem =
  | { readonly code: 'tooFew' | 'tooMany'; readonly count: number; readonly limit: number }
  | { readonly code: 'duplicate' | 'selfAsOther' | 'respondentLeft' | 'selfMissing'; readonly respondentId: string };

/** 004 §36: problems of a person's respondent set (warnings HR resolves, not blocks). */
export function respondentProblems(
  evaluatedId: string,
  assignments: readonly Assignment[],
  profile: Profile,
  leftIds: ReadonlySet<string> = new Set(),
): RespondentProblem[] {
  const out: RespondentProblem[] = [];
  const others = assignments.filter((a) => a.role !== 'self');
  const min = profile.survey360.minRespondents.value;
  const max = profile.survey360.maxRespondents.value;
  if (others.length < min) out.push({ code: 'tooFew', count: others.length, limit: min });
  if (others.length > max) out.push({ code: 'tooMany', count: others.length, limit: max });
  if (!assignments.some((a) => a.role === 'self' && a.respondentId === evaluatedId))
    out.push({ code: 'selfMissing', respondentId: evaluatedId });
  const seen = new Set<string>();
  for (const a of assignments) {
    if (seen.has(a.respondentId)) out.push({ code: 'duplicate', respondentId: a.respondentId });
    seen.add(a.respondentId);
    if (a.respondentId === evaluatedId && a.role !== 'self') out.push({ code: 'selfAsOther', respondentId: a.respondentId });
    if (leftIds.has(a.respondentId)) out.push({ code: 'respondentLeft', respondentId: a.respondentId });
  }
  return out;
}

/** One stored answer: keyed by a token and a role, never by the respondent (sealed). */
export interface Answer {
  /** Only the self-assessment is told apart: it is shown beside the result, never counted. */
  readonly role: RespondentRole | SealedRole;
  readonly competency: string;
  /** On the profile's answer scale (1–5 by default), in hundredths. */
  readonly score: Hundredths;
}

export type CompetencyResult =
  | {
      readonly competency: string;
      readonly kind: 'shown';
      readonly mean: Hundredths;
      readonly count: number;
      readonly self: Hundredths | undefined;
      readonly explain: () => Trace;
    }
  | { readonly competency: string; readonly kind: 'suppressed'; readonly count: number; readonly self: Hundredths | undefined };

export interface PersonResult {
  readonly competencies: readonly CompetencyResult[];
  /** Mean of the shown competencies (METHODOLOGY §5 assumption); undefined when none is shown. */
  readonly overall: Hundredths | undefined;
  /** The lowest shown competencies, the profile's number of them (004 §37). */
  readonly leastExpressed: readonly string[];
}

/**
 * @example aggregate360(answers, STAFF_360, TYPICAL_2023) — a competency with two non-self answers
 *   is `suppressed`; self-assessments appear as `self` and change nothing else.
 */
const indexes = new WeakMap<readonly Named[], ReadonlyMap<string, number>>();
/** Competency id → position, computed once per list (lists are profile data, shared). */
function competencyIndex(competencies: readonly Named[]): ReadonlyMap<string, number> {
  let index = indexes.get(competencies);
  if (!index) indexes.set(competencies, (index = new Map(competencies.map((c, i) => [c.id, i]))));
  return index;
}

export function aggregate360(answers: readonly Answer[], competencies: readonly Named[], profile: Profile): PersonResult {
  const threshold = profile.survey360.anonymityThreshold.value;
  const mode = profile.rounding.value;
  // One pass over the answers into one typed array: [sum, count, selfSum, selfCount] per competency.
  const index = competencyIndex(competencies);
  const acc = new Float64Array(competencies.length * 4);
  for (const a of answers) {
    const i = index.get(a.competency);
    if (i === undefined) continue;
    const o = i * 4 + (a.role === 'self' ? 2 : 0);
    acc[o] = (acc[o] ?? 0) + a.score;
    acc[o + 1] = (acc[o + 1] ?? 0) + 1;
  }
  const results: CompetencyResult[] = competencies.map(({ id }, i) => {
    const b = { sum: acc[i * 4] ?? 0, count: acc[i * 4 + 1] ?? 0, selfSum: acc[i * 4 + 2] ?? 0, selfCount: acc[i * 4 + 3] ?? 0 };
    const self = b.selfCount === 0 ? undefined : divideRounded(b.selfSum, b.selfCount, mode);
    if (b.count < threshold) return { competency: id, kind: 'suppressed', count: b.count, self };
    const mean = divideRounded(b.sum, b.count, mode);
    return {
      competency: id,
      kind: 'shown',
      mean,
      count: b.count,
      self,
      explain: () => ({
        formula: 'survey360Mean',
        // Counts and the mean only: no single answer appears in an explanation.
        inputs: [{ label: 'answers', value: String(b.count) }],
        exact: `${b.sum}/${b.count}`,
        rounding: { mode, decimals: 2 },
        result: hundredthsText(mean),
        profile: { id: profile.id, version: profile.version },
        sources: ['004 §§34–37'],
        assumptions: [profile.survey360.answerScale, profile.rounding].flatMap((c) => (c.assumption ? [c.assumption] : [])),
      }),
    };
  });
  const shown = results.filter((r): r is Extract<CompetencyResult, { kind: 'shown' }> => r.kind === 'shown');
  const overall =
    shown.length === 0
      ? undefined
      : divideRounded(
          shown.reduce((a, r) => a + r.mean, 0),
          shown.length,
          mode,
        );
  // The lowest N (004 §37), and any below the profile's threshold when it sets one.
  const lowest = profile.survey360.leastExpressed.value;
  const below = profile.survey360.leastExpressedBelow.value;
  const leastExpressed = [...shown]
    .sort((a, b) => a.mean - b.mean || (index.get(a.competency) ?? 0) - (index.get(b.competency) ?? 0))
    .filter((r, i) => i < lowest || (below > 0 && r.mean < below))
    .map((r) => r.competency);
  return { competencies: results, overall, leastExpressed };
}

/** 004 §37: the agency's training topics — each least-expressed competency with how many people need it. */
export function trainingTopics(
  people: readonly { readonly leastExpressed: readonly string[] }[],
): { competency: string; people: number }[] {
  const counts = new Map<string, number>();
  for (const p of people) for (const c of p.leastExpressed) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .map(([competency, n]) => ({ competency, people: n }))
    .sort((a, b) => b.people - a.people || (a.competency < b.competency ? -1 : 1));
}

/** Sealed answers as the aggregation reads them, per person: a row per competency score, role kept, token dropped. */
export function answersByPerson(
  sealed: readonly {
    readonly evaluatedId: string;
    readonly role: RespondentRole | SealedRole;
    readonly scores: Readonly<Record<string, number>>;
  }[],
): Map<string, Answer[]> {
  const out = new Map<string, Answer[]>();
  for (const s of sealed) {
    let list = out.get(s.evaluatedId);
    if (!list) out.set(s.evaluatedId, (list = []));
    for (const competency in s.scores) list.push({ role: s.role, competency, score: s.scores[competency] ?? 0 });
  }
  return out;
}

/** The strongest shown competencies, highest first (the individual report's strengths). */
export function strengths(result: PersonResult, n: number): string[] {
  return result.competencies
    .flatMap((r) => (r.kind === 'shown' && !result.leastExpressed.includes(r.competency) ? [r] : []))
    .sort((a, b) => b.mean - a.mean)
    .slice(0, n)
    .map((r) => r.competency);
}

/** Every person's result from a year's sealed answers (the grid, the reports and the consolidated workbook read the same). */
export function resultsOfYear(
  sealed: readonly {
    readonly evaluatedId: string;
    readonly role: RespondentRole | SealedRole;
    readonly scores: Readonly<Record<string, number>>;
  }[],
  competenciesOf: (personId: string) => readonly Named[],
  profile: Profile,
): Map<string, PersonResult> {
  const results = new Map<string, PersonResult>();
  for (const [id, list] of answersByPerson(sealed)) results.set(id, aggregate360(list, competenciesOf(id), profile));
  return results;
}

/** Every 360 competency of a profile, the heads' list first, then any staff competency it lacks (columns of a mixed table). */
export function allCompetencies360(profile: Profile): readonly Named[] {
  const heads = profile.survey360.headCompetencies.value;
  const ids = new Set(heads.map((c) => c.id));
  return [...heads, ...profile.survey360.staffCompetencies.value.filter((c) => !ids.has(c.id))];
}
