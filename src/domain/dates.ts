/**
 * Calendar dates are ISO strings `yyyy-MM-dd` everywhere in the data (no time zones, no clocks);
 * people see and type `dd.MM.yyyy`. The clock is never read here: callers pass `asOf`.
 * Parsing is hand-written (a few lines, no allocation of Date objects per cell): roster imports
 * parse tens of thousands of dates, and a general-purpose parser dominated the benchmark.
 */
export type IsoDate = string;

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included); serials count days from it. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A real calendar date from its parts, as ISO; `undefined` for 31.02 and the like. */
export function isoFromParts(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const max = month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 0);
  return day > max ? undefined : `${year}-${pad2(month)}-${pad2(day)}`;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined;
}

/**
 * Reads a date as people type or spreadsheets store it: `dd.MM.yyyy` (also `d.M.yyyy`, `/` or `-`
 * separators), ISO `yyyy-MM-dd`, or an Excel serial day number. `undefined` when it is not a real date.
 * @example parseDateInput('05.01.2026') === '2026-01-05'
 */
export function parseDateInput(raw: string | number): IsoDate | undefined {
  if (typeof raw === 'number') return fromExcelSerial(raw);
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
  return parseTypedDate(text);
}

/**
 * A date as a person types it into a field: `dd.MM.yyyy` (also `d.M.yyyy`, `/` or `-`
 * separators) or ISO `yyyy-MM-dd` — never a bare number (a field must not read "12" as Excel's
 * day 12 of 1900). `undefined` when it is not a real date. The one rule behind every date field.
 * @example parseTypedDate('31.02.2026') === undefined
 */
export function parseTypedDate(raw: string): IsoDate | undefined {
  const text = raw.trim();
  const iso = ISO.exec(text);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DMY.exec(text);
  if (dmy) return isoFromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
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

/**
 * The Excel serial day of a date after 1 March 1900 (the inverse of reading a serial), for writing
 * dates that spreadsheet programs show and sort as dates.
 * @example excelSerial('2026-01-05') === 46027
 */
export function excelSerial(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) - EXCEL_EPOCH_UTC) / 86_400_000);
}

/** ISO → `dd.MM.yyyy` (the format METHODOLOGY's forms use); other text is returned unchanged. */
export function formatDate(iso: IsoDate | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Whole calendar months from `from` to `to` (e.g. 2026-01-15 → 2026-04-14 is 2 full months). */
export function fullMonthsBetween(from: IsoDate, to: IsoDate): number {
  let months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  if (Number(to.slice(8, 10)) < Number(from.slice(8, 10))) months -= 1;
  return months;
}

export const compareIso = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

const daysInMonth = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : (DAYS[m - 1] ?? 31));

/**
 * Adds days to an ISO date. Plain calendar arithmetic for steps of up to two months (the common
 * case, and hot: eligibility runs it for every person and quarter); UTC dates beyond that — either
 * way no daylight-saving surprises.
 */
export function addDays(iso: IsoDate, days: number): IsoDate {
  let y = Number(iso.slice(0, 4));
  let m = Number(iso.slice(5, 7));
  let d = Number(iso.slice(8, 10)) + days;
  if (Math.abs(days) > 62 || y < 1000) return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  while (d > daysInMonth(y, m)) {
    d -= daysInMonth(y, m);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  while (d < 1) {
    m -= 1;
    if (m < 1) {
      m = 12;
      y -= 1;
    }
    d += daysInMonth(y, m);
  }
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/**
 * The same day `months` months later — the end of a term counted in months; the month's last day
 * where it has no such day (31 August + 3 months → 30 November).
 * @example addMonths('2027-01-29', 1) === '2027-02-28'
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const total = Number(iso.slice(0, 4)) * 12 + (Number(iso.slice(5, 7)) - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m));
  return `${y}-${pad2(m)}-${pad2(d)}`;
}
