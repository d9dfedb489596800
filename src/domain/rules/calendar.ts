/**
 * Kazakhstan's working days (METHODOLOGY §6) as data HR can amend per year: Monday–Friday minus
 * days off. A holiday on a Saturday or Sunday gives a day off on the next working day after its
 * holiday block; religious days off are not moved; government transfers swap a day off and a
 * working day. The calendar is data, so the rules below only read it.
 */
import { addDays, type IsoDate } from '../dates';

export interface Holiday {
  readonly month: number;
  readonly day: number;
  readonly name: { readonly kk: string; readonly ru: string };
  /** First and last year the holiday exists (inclusive); undefined = open. */
  readonly fromYear?: number;
  readonly toYear?: number;
}

export interface CalendarData {
  readonly holidays: readonly Holiday[];
  /** Religious days off that are not moved when on a weekend (7 January, Kurban Ait's first day). */
  readonly unmoved: readonly { readonly date: IsoDate; readonly name: { readonly kk: string; readonly ru: string } }[];
  /** Government transfers: `dayOff` becomes a day off, `workday` (a weekend day) a working day. */
  readonly transfers: readonly { readonly dayOff: IsoDate; readonly workday: IsoDate }[];
}

/** What HR changed in the calendar (decrees move days every year); kept per agency. */
export interface CalendarAmendments {
  /** Extra days off: a transfer's day off, a religious day of a later year, a one-off decree. */
  readonly daysOff: readonly { readonly date: IsoDate; readonly note: string }[];
  /** Extra working days: a transfer's working Saturday. */
  readonly workdays: readonly { readonly date: IsoDate; readonly note: string }[];
}

export const NO_AMENDMENTS: CalendarAmendments = { daysOff: [], workdays: [] };

/** The calendar with HR's amendments: extra days off are not moved; extra working days override. */
export function amendCalendar(base: CalendarData, amendments: CalendarAmendments): CalendarData {
  if (amendments.daysOff.length === 0 && amendments.workdays.length === 0) return base;
  return {
    holidays: base.holidays,
    unmoved: [...base.unmoved, ...amendments.daysOff.map((d) => ({ date: d.date, name: { kk: d.note, ru: d.note } }))],
    transfers: [...base.transfers, ...amendments.workdays.map((w) => ({ dayOff: '', workday: w.date }))],
  };
}

export type DayOffKind = 'holiday' | 'moved' | 'unmoved' | 'transfer';

/** The year's days off on working weekdays and weekends alike, with why each is off (for the calendar screen). */
export function daysOffOfYear(year: number, data: CalendarData): { date: IsoDate; kind: DayOffKind; name: string | null }[] {
  const { off } = yearDays(year, data);
  const holidayNames = new Map(
    data.holidays
      .filter((x) => (x.fromYear === undefined || year >= x.fromYear) && (x.toYear === undefined || year <= x.toYear))
      .map((x) => [`${year}-${pad(x.month)}-${pad(x.day)}`, x.name.ru]),
  );
  const unmoved = new Map(data.unmoved.filter((u) => u.date.startsWith(`${year}-`)).map((u) => [u.date, u.name.ru]));
  const transfers = new Set(data.transfers.map((t) => t.dayOff));
  return [...off].sort().map((date) => ({
    date,
    kind: holidayNames.has(date) ? 'holiday' : unmoved.has(date) ? 'unmoved' : transfers.has(date) ? 'transfer' : 'moved',
    name: holidayNames.get(date) ?? unmoved.get(date) ?? null,
  }));
}

const h = (month: number, day: number, ru: string, kk: string, fromYear?: number, toYear?: number): Holiday => ({
  month,
  day,
  name: { ru, kk },
  ...(fromYear === undefined ? {} : { fromYear }),
  ...(toYear === undefined ? {} : { toYear }),
});

const kurban = (date: IsoDate) => ({ date, name: { ru: 'Курбан айт', kk: 'Құрбан айт' } });
const christmas = (year: number) => ({
  date: `${year}-01-07`,
  name: { ru: 'Православное Рождество', kk: 'Православиелік Рождество' },
});

/** The defaults of METHODOLOGY §6. Transfers of other years are entered by HR (decrees change yearly). */
export const KZ_CALENDAR: CalendarData = {
  holidays: [
    h(1, 1, 'Новый год', 'Жаңа жыл'),
    h(1, 2, 'Новый год', 'Жаңа жыл'),
    h(3, 8, 'Международный женский день', 'Халықаралық әйелдер күні'),
    h(3, 15, 'День Конституции', 'Конституция күні', 2027),
    h(3, 21, 'Наурыз мейрамы', 'Наурыз мейрамы'),
    h(3, 22, 'Наурыз мейрамы', 'Наурыз мейрамы'),
    h(3, 23, 'Наурыз мейрамы', 'Наурыз мейрамы'),
    h(5, 1, 'Праздник единства народа Казахстана', 'Қазақстан халқының бірлігі мерекесі'),
    h(5, 7, 'День защитника Отечества', 'Отан қорғаушы күні'),
    h(5, 9, 'День Победы', 'Жеңіс күні'),
    h(7, 6, 'День столицы', 'Астана күні'),
    h(8, 30, 'День Конституции', 'Конституция күні', undefined, 2025),
    h(10, 25, 'День Республики', 'Республика күні'),
    h(12, 16, 'День Независимости', 'Тәуелсіздік күні'),
  ],
  unmoved: [
    ...[2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030].map(christmas),
    kurban('2023-06-28'),
    kurban('2024-06-16'),
    kurban('2025-06-06'),
    kurban('2026-05-27'),
  ],
  transfers: [
    { dayOff: '2024-05-08', workday: '2024-05-04' },
    { dayOff: '2025-01-03', workday: '2025-01-05' },
  ],
};

const weekday = (iso: IsoDate): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
const isWeekend = (iso: IsoDate) => {
  const w = weekday(iso);
  return w === 0 || w === 6;
};
const pad = (n: number) => String(n).padStart(2, '0');

const cache = new WeakMap<CalendarData, Map<number, { off: Set<IsoDate>; worked: Set<IsoDate> }>>();

/** The days off and the extra working days of one year. */
export function yearDays(year: number, data: CalendarData): { off: ReadonlySet<IsoDate>; worked: ReadonlySet<IsoDate> } {
  let byYear = cache.get(data);
  if (!byYear) {
    byYear = new Map();
    cache.set(data, byYear);
  }
  const cached = byYear.get(year);
  if (cached) return cached;

  const holidays = data.holidays
    .filter((x) => (x.fromYear === undefined || year >= x.fromYear) && (x.toYear === undefined || year <= x.toYear))
    .map((x) => `${year}-${pad(x.month)}-${pad(x.day)}`)
    .sort();
  const off = new Set<IsoDate>(holidays);
  for (const u of data.unmoved) if (u.date.startsWith(`${year}-`)) off.add(u.date);
  // Weekend rule, per block of consecutive holidays: each holiday on a weekend gives a day off on
  // the next working day after the block (Nauryz 2026: Sat 21, Sun 22, Mon 23 → off 23, 24, 25).
  const set = new Set(holidays);
  let i = 0;
  while (i < holidays.length) {
    let j = i;
    while (j + 1 < holidays.length && addDays(holidays[j] ?? '', 1) === holidays[j + 1]) j++;
    const onWeekend = holidays.slice(i, j + 1).filter(isWeekend).length;
    let day = holidays[j] ?? '';
    for (let k = 0; k < onWeekend; k++) {
      do day = addDays(day, 1);
      while (isWeekend(day) || set.has(day) || off.has(day));
      off.add(day);
    }
    i = j + 1;
  }
  const worked = new Set<IsoDate>();
  for (const t of data.transfers) {
    if (t.dayOff !== '' && t.dayOff.startsWith(`${year}-`)) off.add(t.dayOff);
    if (t.workday.startsWith(`${year}-`)) worked.add(t.workday);
  }
  const result = { off, worked };
  byYear.set(year, result);
  return result;
}

/** @example isWorkingDay('2026-03-24', KZ_CALENDAR) === false // Nauryz moved from the weekend */
export function isWorkingDay(iso: IsoDate, data: CalendarData): boolean {
  const { off, worked } = yearDays(Number(iso.slice(0, 4)), data);
  if (worked.has(iso)) return true;
  return !isWeekend(iso) && !off.has(iso);
}

/**
 * The date `n` working days after `from` (`from` itself not counted); `n = 0` gives `from` if it is
 * a working day, else the next working day.
 * @example addWorkingDays('2026-03-20', 1, KZ_CALENDAR) === '2026-03-26'
 */
export function addWorkingDays(from: IsoDate, n: number, data: CalendarData): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('addWorkingDays counts forward whole days');
  let day = from;
  if (n === 0) {
    while (!isWorkingDay(day, data)) day = addDays(day, 1);
    return day;
  }
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, data)) left--;
  }
  return day;
}

/**
 * The date `n` working days before `to` (`to` itself not counted): "no later than five working days
 * before the last day" (004 §23).
 * @example workingDaysBefore('2026-04-10', 5, KZ_CALENDAR) === '2026-04-03'
 */
export function workingDaysBefore(to: IsoDate, n: number, data: CalendarData): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('workingDaysBefore counts back one day or more');
  let day = to;
  let left = n;
  while (left > 0) {
    day = addDays(day, -1);
    if (isWorkingDay(day, data)) left--;
  }
  return day;
}

/** The first working day on or after a date (a deadline that falls on a day off moves forward). */
export const onOrAfterWorkingDay = (iso: IsoDate, data: CalendarData): IsoDate => addWorkingDays(iso, 0, data);
