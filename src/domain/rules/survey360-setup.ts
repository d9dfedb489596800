/**
 * The 360's set-up for a year (004 §§34–36): who is assessed (everyone evaluated in the year, heads
 * on their 12 competencies and staff on 8, 004 §35), and whom HR asks about each — suggested from
 * the unit tree and the categories: the direct manager, the direct subordinates and the close peers
 * at the same level (same manager, same unit, the same category first), 3 to 7 of them (004 §36),
 * plus the person's own self-assessment. HR adjusts; `respondentProblems` says what is off.
 */
import {
  compareByName,
  type Employee,
  type RespondentRole,
  type SealedRole,
  type StatusInterval,
  type LegacySurvey360Answer,
  type Survey360Answer,
  type Survey360Setup,
  type Survey360Spent,
  type Survey360Token,
} from '../model';
import { legacyBallotId } from '../ids';
import { problem, type Problem } from '../problems';
import type { Named, Profile } from '../profiles/types';
import type { Assignment } from './survey360';

/**
 * People who have left (a dismissal on or before `asOf`): no questionnaire goes to them.
 * @example leftIds([{ employeeId: 'e7', kind: 'dismissed', from: '2026-05-04', … }], '2026-12-01') → Set { 'e7' }
 */
export function leftIds(statuses: readonly StatusInterval[], asOf: string): Set<string> {
  return new Set(statuses.filter((s) => s.kind === 'dismissed' && s.from <= asOf).map((s) => s.employeeId));
}

/**
 * 004 §36: the respondents Bagalau suggests for a person — the direct manager, then direct
 * subordinates and close peers taken in turn (peers of the same category first, each by name) up to
 * the profile's maximum, plus the self-assessment; nobody who has left.
 * @example suggestRespondents(specialist, everyone, TYPICAL_2023, new Set())
 *   → [{ manager }, { subordinate… }, { peer… }, { self }] with at most 7 others
 */
export function suggestRespondents(
  person: Employee,
  everyone: readonly Employee[],
  profile: Profile,
  left: ReadonlySet<string>,
): Assignment[] {
  const byName = compareByName;
  const present = (e: Employee) => e.id !== person.id && !left.has(e.id);
  const manager = person.managerId === null ? undefined : everyone.find((e) => e.id === person.managerId && present(e));
  const subordinates = everyone.filter((e) => e.managerId === person.id && present(e)).sort(byName);
  const peers = everyone
    .filter((e) => present(e) && e.unitId === person.unitId && e.managerId === person.managerId)
    .sort((a, b) => Number(a.category !== person.category) - Number(b.category !== person.category) || byName(a, b));
  const max = profile.survey360.maxRespondents.value;
  const others: Assignment[] = manager ? [{ respondentId: manager.id, role: 'manager' }] : [];
  for (let i = 0; others.length < max && (i < subordinates.length || i < peers.length); i++) {
    const s = subordinates[i];
    if (s && others.length < max) others.push({ respondentId: s.id, role: 'subordinate' });
    const p = peers[i];
    if (p && others.length < max) others.push({ respondentId: p.id, role: 'peer' });
  }
  return [...others, { respondentId: person.id, role: 'self' }];
}

/** 004 §35: a unit head is assessed on the heads' competencies, everyone else on the staff's. */
export function competenciesOf(personId: string, heads: ReadonlySet<string>, profile: Profile): readonly Named[] {
  return heads.has(personId) ? profile.survey360.headCompetencies.value : profile.survey360.staffCompetencies.value;
}

/** The role a respondent is suggested in for a person, when HR adds them by hand: what the unit tree says they are. */
export function roleOf(person: Employee, respondent: Employee): RespondentRole {
  if (respondent.id === person.id) return 'self';
  if (respondent.id === person.managerId) return 'manager';
  if (respondent.managerId === person.id) return 'subordinate';
  return 'peer';
}

/** Codes people type: no 0/O, 1/I/L. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A questionnaire code from random bytes (8 characters shown as XXXX-XXXX: 31⁸ ≈ 8.5 × 10¹¹).
 * @example questionnaireCode(new Uint8Array(8)) === '2222-2222'
 */
export function questionnaireCode(random: Uint8Array): string {
  const chars = Array.from(random.slice(0, 8), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length] ?? '2').join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

/** A code as typed: upper case, spaces and dashes ignored, look-alikes read as the code's letters. */
export function normaliseCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return plain.length === 8 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}

/**
 * Issue 6: the questionnaires a year's set-ups call for — a token per respondent and person not yet
 * issued (the self-assessment included; nobody who has left), one code per respondent for the year
 * (an existing code of theirs reused), and the set-ups marked as issued. 004 §36 «должно быть не
 * менее трех и не более семи» is a rule: a person whose respondents (besides themselves, without
 * those who left) are fewer or more than the profile allows gets no questionnaire — listed in
 * `refused` with the count. Pure: tokens and codes come from the caller's random source.
 */
export function planIssue(
  setups: readonly Survey360Setup[],
  existingCodes: ReadonlyMap<string, string>,
  left: ReadonlySet<string>,
  make: { readonly token: () => string; readonly code: () => string },
  limits: { readonly min: number; readonly max: number },
): {
  tokens: Survey360Token[];
  setups: Survey360Setup[];
  codes: Map<string, string>;
  refused: { evaluatedId: string; count: number; code: 'tooFew' | 'tooMany'; limit: number }[];
} {
  const codes = new Map(existingCodes);
  const tokens: Survey360Token[] = [];
  const changed: Survey360Setup[] = [];
  const refused: { evaluatedId: string; count: number; code: 'tooFew' | 'tooMany'; limit: number }[] = [];
  for (const setup of setups) {
    const count = setup.respondents.filter((r) => r.role !== 'self' && !left.has(r.respondentId)).length;
    const outside =
      count < limits.min
        ? { code: 'tooFew' as const, limit: limits.min }
        : count > limits.max
          ? { code: 'tooMany' as const, limit: limits.max }
          : undefined;
    if (outside) {
      if (setup.respondents.some((r) => !r.issued && !left.has(r.respondentId)))
        refused.push({ evaluatedId: setup.evaluatedId, count, ...outside });
      continue;
    }
    let touched = false;
    const respondents = setup.respondents.map((r) => {
      if (r.issued || left.has(r.respondentId)) return r;
      let code = codes.get(r.respondentId);
      if (!code) codes.set(r.respondentId, (code = make.code()));
      tokens.push({
        token: make.token(),
        periodId: setup.periodId,
        evaluatedId: setup.evaluatedId,
        role: r.role,
        respondentId: r.respondentId,
        code,
      });
      touched = true;
      return { ...r, issued: true };
    });
    if (touched) changed.push({ ...setup, respondents });
  }
  return { tokens, setups: changed, codes, refused };
}

/**
 * One answer as a respondent gives it: every competency of the person's group scored on the
 * profile's answer scale (whole points). Problems carry the competency as their field.
 */
export function answerProblems(
  scores: Readonly<Record<string, number | undefined>>,
  competencies: readonly { readonly id: string }[],
  scale: { readonly min: number; readonly max: number },
): Problem[] {
  const out: Problem[] = [];
  for (const c of competencies) {
    const v = scores[c.id];
    if (v === undefined) out.push(problem('required', c.id));
    else if (!Number.isInteger(v) || v < scale.min || v > scale.max)
      out.push(problem('scoreOutOfRange', c.id, { value: v, min: scale.min, max: scale.max }));
  }
  return out;
}

/**
 * The sealed form of an answer — a ballot: a fresh random id (never the token), the person, the
 * role and the scores in hundredths — nothing of who gave it (issue 20 §2, 004 §34).
 */
export function sealedAnswer(
  id: string,
  token: Pick<Survey360Token, 'periodId' | 'evaluatedId'> & { readonly role: RespondentRole | SealedRole },
  scores: Readonly<Record<string, number>>,
): Survey360Answer {
  return {
    id,
    periodId: token.periodId,
    evaluatedId: token.evaluatedId,
    role: token.role === 'self' ? 'self' : 'other',
    scores: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v * 100])),
  };
}

/** Plain code-unit order of strings (the same on every machine, whatever the locale). */
const inOrder = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The spent records of answered tokens (issue 20 §2): token and year only, in the tokens' own order —
 * never the order they were answered in, nothing of the answer.
 */
export const spentRecords = (tokens: readonly Pick<Survey360Token, 'token' | 'periodId'>[]): Survey360Spent[] =>
  tokens.map((t) => ({ token: t.token, periodId: t.periodId })).sort((x, y) => inOrder(x.token, y.token));

/**
 * Answers stored before issue 20 (under their tokens), re-keyed: each becomes a ballot numbered in
 * the order of its content — never of its token — and its token a spent record apart from it.
 */
export function ballotsFromLegacy(old: readonly LegacySurvey360Answer[]): {
  readonly ballots: Survey360Answer[];
  readonly spent: Survey360Spent[];
} {
  const content = (a: LegacySurvey360Answer): string =>
    JSON.stringify([a.periodId, a.evaluatedId, a.role, Object.entries(a.scores).sort(([x], [y]) => inOrder(x, y))]);
  const ordered = old.map((a) => ({ a, key: content(a) })).sort((x, y) => inOrder(x.key, y.key));
  return {
    ballots: ordered.map(({ a }, i) => ({
      id: legacyBallotId(i + 1),
      periodId: a.periodId,
      evaluatedId: a.evaluatedId,
      role: a.role,
      scores: a.scores,
    })),
    spent: spentRecords(old),
  };
}
