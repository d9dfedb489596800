/**
 * Who is evaluated for a period, and how (004 §§6–7, 001 §5, 002 §3): too short a time in the
 * position → not evaluated; on probation (2017) → not evaluated; on leave, sick, on a trip, an
 * internship or training during the evaluation → KCI shifted to five working days after return (or
 * without participation, by profile), ranking and 360 without participation; dismissed before the
 * period's end → without participation. The outcome names the rule that applied.
 */
import { addDays, compareIso, fullMonthsBetween, type IsoDate } from '../dates';
import type { Period, StatusInterval, StatusKind } from '../model';
import type { Profile } from '../profiles/types';
import { addWorkingDays, type CalendarData } from './calendar';

export type Component = 'kci' | 'ranking' | 'survey360' | 'points';

export type Eligibility =
  | { readonly kind: 'evaluated'; readonly deadline: IsoDate; readonly source: string }
  | {
      readonly kind: 'notEvaluated';
      readonly reason: 'tenure' | 'probation' | 'notInPosition';
      readonly months?: number;
      readonly source: string;
    }
  | { readonly kind: 'withoutParticipation'; readonly reason: StatusKind; readonly deadline: IsoDate; readonly source: string }
  | {
      readonly kind: 'shifted';
      readonly reason: StatusKind;
      readonly returnsOn: IsoDate | null;
      readonly deadline: IsoDate | null;
      readonly source: string;
    };

const overlaps = (s: StatusInterval, from: IsoDate, to: IsoDate) =>
  compareIso(s.from, to) <= 0 && (s.to === null || compareIso(s.to, from) >= 0);

/** The day after a period: computed once per period (eligibility asks for it per person and period). */
const dayAfterOf = new WeakMap<Period, IsoDate>();
function dayAfter(period: Period): IsoDate {
  let next = dayAfterOf.get(period);
  if (next === undefined) {
    next = addDays(period.end, 1);
    dayAfterOf.set(period, next);
  }
  return next;
}

/**
 * The deadline of a period's evaluation: the profile's day of the month after a quarter — of
 * December for the fourth quarter where the act says so (002 §3) — or the annual date.
 */
export function evaluationDeadline(period: Period, profile: Profile): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (period.kind === 'year') {
    const a = profile.deadlines.annual.value;
    return `${period.year + (a.nextYear ? 1 : 0)}-${pad(a.month)}-${pad(a.day)}`;
  }
  const december = profile.deadlines.fourthQuarterDecemberDay.value;
  if (period.quarter === 4 && december > 0) return `${period.year}-12-${pad(december)}`;
  return `${dayAfter(period).slice(0, 7)}-${pad(profile.deadlines.quarterlyDay.value)}`;
}

/** The profile parameter a period's deadline comes from: its paragraph or its assumption. */
export const evaluationDeadlineCited = (period: Period, profile: Profile) =>
  period.kind === 'year'
    ? profile.deadlines.annual
    : period.quarter === 4 && profile.deadlines.fourthQuarterDecemberDay.value > 0
      ? profile.deadlines.fourthQuarterDecemberDay
      : profile.deadlines.quarterlyDay;

/** The paragraph of a period's deadline in the profile's act ('' where it rests on an assumption). */
export const evaluationDeadlineSource = (period: Period, profile: Profile): string =>
  evaluationDeadlineCited(period, profile).source ?? '';

/**
 * @example eligibility({ appointedOn: '2026-08-15' }, [], Q3_2026, 'ranking', TYPICAL_2023, KZ_CALENDAR)
 *   → { kind: 'notEvaluated', reason: 'tenure', months: 1, source: '004 §6' }
 */
export function eligibility(
  person: { readonly appointedOn: IsoDate },
  statuses: readonly StatusInterval[],
  period: Period,
  component: Component,
  profile: Profile,
  calendar: CalendarData,
): Eligibility {
  const deadline = evaluationDeadline(period, profile);
  const tenureSource = profile.minTenureMonths.source ?? '004 §6';
  const dismissal = statuses.filter((s) => s.kind === 'dismissed').sort((a, b) => compareIso(a.from, b.from))[0];
  if (compareIso(person.appointedOn, period.end) > 0 || (dismissal && compareIso(dismissal.from, period.start) <= 0)) {
    return { kind: 'notEvaluated', reason: 'notInPosition', source: tenureSource };
  }
  // Tenure counts from the appointment to the period's end: a dismissal during the period is the
  // case of 004 §7 (evaluated without participation), not a short tenure.
  const from = compareIso(person.appointedOn, period.start) > 0 ? person.appointedOn : period.start;
  const months = fullMonthsBetween(from, dayAfter(period));
  if (months < profile.minTenureMonths.value) return { kind: 'notEvaluated', reason: 'tenure', months, source: tenureSource };
  if (profile.probationExcluded.value && statuses.some((s) => s.kind === 'probation' && overlaps(s, period.start, period.end))) {
    return { kind: 'notEvaluated', reason: 'probation', source: profile.probationExcluded.source ?? '002 §3' };
  }
  if (dismissal && compareIso(dismissal.from, period.end) <= 0) {
    return { kind: 'withoutParticipation', reason: 'dismissed', deadline, source: '004 §7' };
  }
  // Absent during the evaluation itself — from the first day of the deadline's month (the day after
  // the quarter, or 1 December for a fourth quarter due on 10 December) to the deadline — for one of
  // the absences the act names.
  const absences: readonly string[] = profile.absences.value;
  const evaluationStarts = `${deadline.slice(0, 7)}-01`;
  const absence = statuses
    .filter((s) => absences.includes(s.kind) && overlaps(s, evaluationStarts, deadline))
    .sort((a, b) => compareIso(a.from, b.from) || (a.id < b.id ? -1 : 1))[0];
  if (absence) {
    const leaveSource = profile.leaveHandling.source ?? '004 §6';
    if ((component === 'kci' || component === 'points') && profile.leaveHandling.value === 'shiftKci') {
      const returnsOn = absence.to === null ? null : addDays(absence.to, 1);
      const shifted =
        absence.to === null ? null : addWorkingDays(absence.to, profile.deadlines.shiftedKciWorkingDays.value, calendar);
      return { kind: 'shifted', reason: absence.kind, returnsOn, deadline: shifted, source: leaveSource };
    }
    return { kind: 'withoutParticipation', reason: absence.kind, deadline, source: leaveSource };
  }
  return evaluatedIn(period, deadline, evaluationDeadlineSource(period, profile));
}

/** The common outcome, one object per period and deadline: results are read-only, and ten thousand people share it. */
const evaluatedOf = new WeakMap<Period, Eligibility & { kind: 'evaluated' }>();
function evaluatedIn(period: Period, deadline: IsoDate, source: string): Eligibility {
  const known = evaluatedOf.get(period);
  if (known?.deadline === deadline && known.source === source) return known;
  const made = { kind: 'evaluated', deadline, source } as const;
  evaluatedOf.set(period, made);
  return made;
}
