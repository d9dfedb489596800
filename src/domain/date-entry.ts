/**
 * A date field's rules: what a typed text means (one parsing rule, `parseTypedDate`, bounded by the
 * field's earliest and latest day) and the month calendar shown beside it — Monday first, as the
 * calendars of Kazakhstan are printed. Pure: "today" is passed in by the caller.
 */
import { addDays, addMonths, isoFromParts, parseTypedDate, type IsoDate } from './dates';

export interface DateBounds {
  /** The earliest day the field takes (ISO), if any. */
  readonly min?: IsoDate | undefined;
  /** The latest day the field takes (ISO), if any. */
  readonly max?: IsoDate | undefined;
  /** Whether an empty field is refused (else it means "no date"). */
  readonly required?: boolean | undefined;
}

export type DateEntryProblem = 'invalid' | 'required' | 'beforeMin' | 'afterMax';

/** A typed text read: a date (or `null` for an empty optional field), or why it is refused. */
export type DateEntry =
  { readonly ok: true; readonly iso: IsoDate | null } | { readonly ok: false; readonly problem: DateEntryProblem };

/**
 * Reads what was typed into a date field against its bounds.
 * @example readDateEntry('12.01.2026', { max: '2026-12-02' }) → { ok: true, iso: '2026-01-12' }
 * @example readDateEntry('31.02.2026', {}) → { ok: false, problem: 'invalid' }
 */
export function readDateEntry(text: string, bounds: DateBounds): DateEntry {
  if (text.trim() === '') return bounds.required ? { ok: false, problem: 'required' } : { ok: true, iso: null };
  const iso = parseTypedDate(text);
  if (iso === undefined) return { ok: false, problem: 'invalid' };
  if (bounds.min !== undefined && bounds.min !== '' && iso < bounds.min) return { ok: false, problem: 'beforeMin' };
  if (bounds.max !== undefined && bounds.max !== '' && iso > bounds.max) return { ok: false, problem: 'afterMax' };
  return { ok: true, iso };
}

/** Whether a day lies within the bounds (the calendar greys the others and will not pick them). */
export function withinBounds(iso: IsoDate, bounds: DateBounds): boolean {
  return !((bounds.min && iso < bounds.min) || (bounds.max && iso > bounds.max));
}

/** The day brought into the bounds: before `min` → `min`, after `max` → `max`. */
export function clampDate(iso: IsoDate, bounds: DateBounds): IsoDate {
  if (bounds.min && iso < bounds.min) return bounds.min;
  if (bounds.max && iso > bounds.max) return bounds.max;
  return iso;
}

/** The day of the week counted from Monday: 0 Monday … 6 Sunday. */
export function weekdayFromMonday(iso: IsoDate): number {
  const day = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))).getUTCDay();
  return (day + 6) % 7;
}

/**
 * The weeks of a month as the calendar draws them: rows of seven, Monday first, `null` where the
 * row's day belongs to the month before or after.
 * @example monthWeeks(2026, 2)[0] → [null, null, null, null, null, null, '2026-02-01'] (1 February 2026 is a Sunday)
 */
export function monthWeeks(year: number, month: number): readonly (readonly (IsoDate | null)[])[] {
  const first = isoFromParts(year, month, 1);
  if (first === undefined) return [];
  const weeks: (IsoDate | null)[][] = [];
  let week: (IsoDate | null)[] = Array.from({ length: weekdayFromMonday(first) }, () => null);
  for (let day = first; Number(day.slice(5, 7)) === month && Number(day.slice(0, 4)) === year; day = addDays(day, 1)) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

/** The calendar's keyboard moves (arrows, Home/End, PageUp/PageDown, with Shift a year). */
export type CalendarMove =
  'prevDay' | 'nextDay' | 'prevWeek' | 'nextWeek' | 'weekStart' | 'weekEnd' | 'prevMonth' | 'nextMonth' | 'prevYear' | 'nextYear';

/**
 * Where a move takes the focused day, kept within the bounds. A month or year step keeps the day
 * of the month, or the month's last day where it has none (31 January → 28 February).
 * @example moveInCalendar('2026-01-31', 'nextMonth', {}) === '2026-02-28'
 */
export function moveInCalendar(iso: IsoDate, move: CalendarMove, bounds: DateBounds): IsoDate {
  const next = {
    prevDay: () => addDays(iso, -1),
    nextDay: () => addDays(iso, 1),
    prevWeek: () => addDays(iso, -7),
    nextWeek: () => addDays(iso, 7),
    weekStart: () => addDays(iso, -weekdayFromMonday(iso)),
    weekEnd: () => addDays(iso, 6 - weekdayFromMonday(iso)),
    prevMonth: () => addMonths(iso, -1),
    nextMonth: () => addMonths(iso, 1),
    prevYear: () => addMonths(iso, -12),
    nextYear: () => addMonths(iso, 12),
  }[move]();
  return clampDate(next, bounds);
}
