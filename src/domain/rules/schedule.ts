/**
 * The year's schedule (rule 10): every deadline the profile implies — KCI setting (10 working days
 * after a period starts) and placement (5 more), notifications (the 5th and the 10th), the notice to
 * those who evaluate (001 §51, 002 §14), the actual KCI values to the evaluator (004 §23), evaluations
 * (the 10th or the 20th), 360, the annual result and the year's work plan (002 §10) — each with the
 * paragraph it comes from.
 * Per-person deadlines (familiarisation, calibration, shifted KCI) live with their events.
 */
import { addDays, compareIso, type IsoDate } from '../dates';
import { periodsOfYear } from '../model';
import type { Profile } from '../profiles/types';
import { addWorkingDays, workingDaysBefore, type CalendarData } from './calendar';
import { evaluationDeadline, evaluationDeadlineCited } from './eligibility';
import type { AssumptionId } from '../profiles/assumptions';
import { scheduleId } from '../ids';

export type DeadlineKind =
  | 'kciSet'
  | 'kciPlacement'
  | 'kciNotify'
  | 'notify'
  | 'evaluationNotice'
  | 'kciActuals'
  | 'evaluation'
  | 'survey360'
  | 'annual'
  | 'plan';

export interface Deadline {
  readonly id: string;
  readonly kind: DeadlineKind;
  readonly periodId: string;
  readonly date: IsoDate;
  readonly source: string;
  /** The deadline rests on an assumption of the profile instead of a paragraph (METHODOLOGY §5). */
  readonly assumption?: AssumptionId;
}

/** A profile parameter's citation: its paragraph, or the assumption it rests on. */
type From = { readonly source?: string | undefined; readonly assumption?: AssumptionId | undefined };

const dayOfNextMonth = (periodEnd: IsoDate, day: number): IsoDate =>
  `${addDays(periodEnd, 1).slice(0, 7)}-${String(day).padStart(2, '0')}`;

/** @example yearSchedule(2026, TYPICAL_2023, KZ_CALENDAR).find((d) => d.id === '2026-Q1:kciSet')?.date === '2026-01-15' */
export function yearSchedule(year: number, profile: Profile, calendar: CalendarData): Deadline[] {
  const c = profile.components.value;
  const d = profile.deadlines;
  const proc = profile.procedure;
  const out: Deadline[] = [];
  const add = (kind: DeadlineKind, periodId: string, date: IsoDate, from: From | string) => {
    const cited = typeof from === 'string' ? { source: from } : from;
    out.push({
      id: scheduleId(periodId, kind),
      kind,
      periodId,
      date,
      source: cited.source ?? '',
      ...(cited.assumption ? { assumption: cited.assumption } : {}),
    });
  };
  for (const p of periodsOfYear(year)) {
    if (p.kind === 'quarter') {
      if (c.kci) {
        const set = addWorkingDays(addDays(p.start, -1), d.kciSetWorkingDays.value, calendar);
        add('kciSet', p.id, set, d.kciSetWorkingDays);
        add('kciPlacement', p.id, addWorkingDays(set, d.kciPlacementWorkingDays.value, calendar), d.kciPlacementWorkingDays);
        add('kciNotify', p.id, dayOfNextMonth(p.end, d.kciNotifyDay.value), d.kciNotifyDay);
      }
      if (c.ranking) add('notify', p.id, dayOfNextMonth(p.end, d.notifyDay.value), d.notifyDay);
      const last = evaluationDeadline(p, profile);
      // 001 §51, 003 §29, 002 §14: those who evaluate are told of it days before; counted back from the last day.
      const notice = proc.evaluationNotice.value;
      if ((c.kci || c.ranking || c.points) && notice.days > 0)
        add(
          'evaluationNotice',
          p.id,
          notice.working ? workingDaysBefore(last, notice.days, calendar) : addDays(last, -notice.days),
          proc.evaluationNotice,
        );
      // 004 §23, 001 §22: the actual KCI values reach the evaluator no later than five working days before the last day.
      if (c.kci && proc.kciActualsWorkingDays.value > 0)
        add('kciActuals', p.id, workingDaysBefore(last, proc.kciActualsWorkingDays.value, calendar), proc.kciActualsWorkingDays);
      if (c.kci || c.ranking || c.points) add('evaluation', p.id, last, evaluationDeadlineCited(p, profile));
    } else {
      if (c.survey360)
        add(
          'survey360',
          p.id,
          evaluationDeadline(p, {
            ...profile,
            deadlines: { ...d, annual: { value: { month: 1, day: 10, nextYear: true }, source: '004 §5' } },
          }),
          '004 §5',
        );
      add('annual', p.id, evaluationDeadline(p, profile), d.annual);
      // 002 §10: the individual work plan is drawn up by the 10th of January.
      if (proc.planByJanuaryDay.value > 0)
        add('plan', p.id, `${p.year}-01-${String(proc.planByJanuaryDay.value).padStart(2, '0')}`, proc.planByJanuaryDay);
    }
  }
  return out.sort((a, b) => compareIso(a.date, b.date) || (a.id < b.id ? -1 : 1));
}

export type DeadlineState = 'done' | 'overdue' | 'dueSoon' | 'due';

/** Done when finished (on time or late); overdue after the date; due soon within `soonWorkingDays`. */
export function deadlineState(
  date: IsoDate,
  asOf: IsoDate,
  doneOn: IsoDate | null,
  calendar: CalendarData,
  soonWorkingDays = 5,
): DeadlineState {
  return deadlineStateBy(date, asOf, doneOn, dueSoonUntil(asOf, calendar, soonWorkingDays));
}

/** The last day a deadline is "due soon" on `asOf`: `soonWorkingDays` working days on. */
export const dueSoonUntil = (asOf: IsoDate, calendar: CalendarData, soonWorkingDays = 5): IsoDate =>
  addWorkingDays(asOf, soonWorkingDays, calendar);

/** `deadlineState` with its "due soon" boundary found once (`dueSoonUntil`) for many deadlines. */
export function deadlineStateBy(date: IsoDate, asOf: IsoDate, doneOn: IsoDate | null, soonUntil: IsoDate): DeadlineState {
  if (doneOn !== null) return 'done';
  if (compareIso(asOf, date) > 0) return 'overdue';
  return compareIso(date, soonUntil) <= 0 ? 'dueSoon' : 'due';
}
