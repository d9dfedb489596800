/**
 * Calendar dates are ISO strings `yyyy-MM-dd` everywhere in the data (no time zones, no clocks);
 * people see and type `dd.MM.yyyy`. The clock is never read here: callers pass `asOf`.
 */
import { format, isValid, parse, parseISO } from 'date-fns';

export type IsoDate = string;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included); serials count days from it. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

export function isIsoDate(value: string): boolean {
  return ISO.test(value) && isValid(parseISO(value)) && format(parseISO(value), 'yyyy-MM-dd') === value;
}

/**
 * Reads a date as people type or spreadsheets store it: `dd.MM.yyyy` (also `d.M.yyyy`, `/` or `-`
 * separators), ISO `yyyy-MM-dd`, or an Excel serial day number. `undefined` when it is not a real date.
 * @example parseDateInput('05.01.2026') === '2026-01-05'
 */
export function parseDateInput(raw: string | number): IsoDate | undefined {
  if (typeof raw === 'number') return fromExcelSerial(raw);
  const text = raw.trim();
  if (text === '') return undefined;
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) {
    const d = parse(text, 'yyyy-M-d', new Date(2000, 0, 1));
    return isValid(d) ? format(d, 'yyyy-MM-dd') : undefined;
  }
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (m) {
    const d = parse(`${m[1]}.${m[2]}.${m[3]}`, 'd.M.yyyy', new Date(2000, 0, 1));
    return isValid(d) ? format(d, 'yyyy-MM-dd') : undefined;
  }
  if (/^\d+(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
  return undefined;
}

function fromExcelSerial(serial: number): IsoDate | undefined {
  // 1 (1900-01-01) … 2958465 (9999-12-31); a fraction is a time of day we do not keep.
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const day = Math.floor(serial);
  // Excel counts a 29 February 1900 that never was: serial 60 is no date, and below it the
  // days are one off from the epoch above.
  if (day === 60) return undefined;
  const d = new Date(EXCEL_EPOCH_UTC + (day < 60 ? day + 1 : day) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** ISO → `dd.MM.yyyy` (the format METHODOLOGY's forms use); other text is returned unchanged. */
export function formatDate(iso: IsoDate | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Whole calendar months from `from` to `to` (e.g. 2026-01-15 → 2026-04-14 is 2 full months). */
export function fullMonthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months -= 1;
  return months;
}

export const compareIso = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

/** Adds days to an ISO date (UTC arithmetic, so no daylight-saving surprises). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
