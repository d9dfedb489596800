/**
 * The KCI sheet of a unit head for a quarter (004 §§22–28, Appendices 1–2; 001 §§43–50): the
 * individual work plan's problems (3–5 KCIs, what each must state), each KCI's achievement, the
 * permissible score range and whether a score outside it was confirmed, the sheet's score and
 * grade, and the superior manager's review (agree, or return for correction with a reason, and
 * resubmission within 2 working days).
 */
import { addDays, compareIso, formatDate, fullMonthsBetween, isIsoDate, type IsoDate } from '../dates';
import type { KciItem, KciPlan, KciReviewAction, Period } from '../model';
import { problem, type Problem } from '../problems';
import type { Profile } from '../profiles/types';
import { addWorkingDays, type CalendarData } from './calendar';
import {
  achievement,
  isAchieved,
  kciCountProblem,
  kciSheetScore,
  outsidePermissible,
  permissibleRange,
  tooLateForKci,
  type Achievement,
  type KciSheet,
} from './kci';
import type { Hundredths } from './score';

/**
 * Problems of a plan: too few or too many KCIs (004 §24), a KCI without a name, unit of measure or
 * planned value (Appendix 1), a deadline outside the period (004 §25.4), a negative plan.
 * @example kciPlanProblems([], Q1, TYPICAL_2023)[0].code === 'kciTooFew'
 */
export function kciPlanProblems(items: readonly KciItem[], period: Period, profile: Profile): Problem[] {
  const out: Problem[] = [];
  const count = kciCountProblem(items.length, profile);
  if (count) {
    const few = count === 'tooFew';
    const bound = few ? profile.kci.minCount : profile.kci.maxCount;
    out.push(
      problem(few ? 'kciTooFew' : 'kciTooMany', 'items', {
        count: items.length,
        [few ? 'min' : 'max']: bound.value,
        source: bound.source ?? '',
      }),
    );
  }
  items.forEach((item, i) => {
    const at = (field: string) => `items.${i}.${field}`;
    if (item.name.trim() === '') out.push(problem('required', at('name')));
    if (item.measure.trim() === '') out.push(problem('required', at('measure')));
    if (item.plan < 0) out.push(problem('valueNegative', at('plan')));
    if (
      profile.kci.deadlineInPeriod.value &&
      item.deadline !== '' &&
      (!isIsoDate(item.deadline) || compareIso(item.deadline, period.start) < 0 || compareIso(item.deadline, period.end) > 0)
    ) {
      out.push(
        problem('kciDeadlineOutside', at('deadline'), {
          value: formatDate(item.deadline),
          from: formatDate(period.start),
          to: formatDate(period.end),
          source: profile.kci.deadlineInPeriod.source ?? '',
        }),
      );
    }
  });
  return out;
}

export interface KciLine {
  readonly item: KciItem;
  /** Undefined until the actual value is known. */
  readonly achievement: Achievement | undefined;
  readonly achieved: boolean | undefined;
  /** The permissible score range for the achievement (Typical Methodology Appendix 3; an assumption in the built-in profiles). */
  readonly range: { readonly min: Hundredths; readonly max: Hundredths } | undefined;
  readonly score: Hundredths | undefined;
  /** The score lies outside the permissible range. */
  readonly outside: boolean;
  /** Outside the range and not (or no longer) confirmed by the evaluator for this very score. */
  readonly needsConfirmation: boolean;
}

export interface KciSheetResult {
  readonly lines: readonly KciLine[];
  /** The sheet's score and grade once every KCI is scored. */
  readonly sheet: KciSheet | undefined;
  readonly scored: number;
  readonly unconfirmed: number;
}

/**
 * Each KCI's achievement, permissible range and score, and the sheet once every KCI is scored.
 * @example kciSheet(items, { k1: 450, k2: 400, k3: 300 }, TYPICAL_2023).sheet?.score === 383
 */
export function kciSheet(
  items: readonly KciItem[],
  scores: Readonly<Record<string, Hundredths>>,
  profile: Profile,
): KciSheetResult {
  const lines = items.map((item): KciLine => {
    const a = item.actual === null ? undefined : achievement(item.actual, item.plan, item.direction);
    const range = a === undefined ? undefined : permissibleRange(a, profile);
    const score = scores[item.id];
    const outside = range !== undefined && score !== undefined && outsidePermissible(score, range);
    return {
      item,
      achievement: a,
      achieved: a === undefined ? undefined : isAchieved(a),
      range,
      score,
      outside,
      needsConfirmation: outside && item.confirmedScore !== score,
    };
  });
  const scored = lines.filter((l) => l.score !== undefined);
  const sheet =
    items.length > 0 && scored.length === items.length
      ? kciSheetScore(
          scored.map((l) => ({ kci: l.item.name, score: l.score ?? 0 })),
          profile,
        )
      : undefined;
  return { lines, sheet, scored: scored.length, unconfirmed: lines.filter((l) => l.needsConfirmation).length };
}

export type KciReviewState = 'draft' | 'submitted' | 'agreed' | 'returned';

/** The sheet's state from its last review step: never submitted → draft. */
export function kciReviewState(plan: Pick<KciPlan, 'review'>): KciReviewState {
  const last = plan.review[plan.review.length - 1];
  if (!last) return 'draft';
  return last.action === 'submit' ? 'submitted' : last.action === 'agree' ? 'agreed' : 'returned';
}

/** Scores and actual values can be changed only while the sheet is with the evaluator (001 §45). */
export const kciEditable = (state: KciReviewState): boolean => state === 'draft' || state === 'returned';

export type KciReviewRefusal =
  'notSubmitted' | 'alreadySubmitted' | 'incomplete' | 'unconfirmed' | 'planProblems' | 'reasonRequired';

/**
 * Whether a review step may be taken now: the evaluator submits a complete sheet (every KCI scored,
 * every out-of-range score confirmed, the plan without errors) to the superior manager (001 §45),
 * who agrees or returns it for correction with a reason (001 §§47–48).
 */
export function kciReviewRefusal(
  action: KciReviewAction,
  plan: KciPlan,
  result: KciSheetResult,
  planProblems: readonly Problem[],
  reason: string,
): KciReviewRefusal | undefined {
  const state = kciReviewState(plan);
  if (action === 'submit') {
    if (!kciEditable(state)) return 'alreadySubmitted';
    if (planProblems.some((p) => p.severity === 'error')) return 'planProblems';
    if (result.sheet === undefined) return 'incomplete';
    if (result.unconfirmed > 0) return 'unconfirmed';
    return undefined;
  }
  if (state !== 'submitted') return 'notSubmitted';
  if (action === 'return' && reason.trim() === '') return 'reasonRequired';
  return undefined;
}

/** 001 §49: a returned sheet is resubmitted within this many working days of its return. */
export const KCI_RESUBMIT_WORKING_DAYS = { value: 2, source: '001 §49' } as const;

/** The resubmission deadline of a returned sheet (001 §49); undefined unless it is returned. */
export function kciResubmitDeadline(plan: KciPlan, calendar: CalendarData): IsoDate | undefined {
  const last = plan.review[plan.review.length - 1];
  if (!last || last.action !== 'return') return undefined;
  return addWorkingDays(last.at.slice(0, 10), KCI_RESUBMIT_WORKING_DAYS.value, calendar);
}

/**
 * 001 §44 for the year: every KCI of the year's plans counted as achieved or not (a KCI without an
 * actual value counts as not achieved).
 */
export function kciYearCounts(plans: readonly Pick<KciPlan, 'items'>[]): { achieved: number; total: number } {
  let achieved = 0;
  let total = 0;
  for (const plan of plans) {
    for (const item of plan.items) {
      total++;
      if (item.actual !== null && isAchieved(achievement(item.actual, item.plan, item.direction))) achieved++;
    }
  }
  return { achieved, total };
}

/**
 * 004 §23: no KCIs are set for a head appointed during the period when less than the profile's
 * months remain from the appointment to the period's end.
 * @example kciNotSet({ appointedOn: '2026-02-10' }, Q1_2026, TYPICAL_2023) === true
 */
export function kciNotSet(person: { readonly appointedOn: IsoDate }, period: Period, profile: Profile): boolean {
  if (compareIso(person.appointedOn, period.start) <= 0) return false;
  return tooLateForKci(fullMonthsBetween(person.appointedOn, addDays(period.end, 1)), profile);
}
