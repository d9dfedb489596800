/**
 * IIN — the 12-digit individual identification number of Kazakhstan. Digits 1–6 are the birth date
 * (YYMMDD), digit 7 the century and sex (1–6), digit 12 a check digit: the weighted sum of digits
 * 1–11 with weights 1…11 modulo 11; if that is 10, again with weights 3…11,1,2; a second 10 means
 * the number is not valid.
 */
import { isoFromParts } from './dates';

export type IinCheck = 'ok' | 'format' | 'checksum' | 'date';

const TWELVE = /^\d{12}$/;
const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit for the first 11 digits, or `undefined` when no digit fits (the number is unusable). */
export function iinCheckDigit(first11: string): number | undefined {
  const sum = (weights: readonly number[]) => {
    let acc = 0;
    for (let i = 0; i < 11; i++) acc += (first11.charCodeAt(i) - 48) * (weights[i] ?? 0);
    return acc % 11;
  };
  const first = sum(W1);
  if (first !== 10) return first;
  const second = sum(W2);
  return second === 10 ? undefined : second;
}

/** Birth date encoded in an IIN as ISO `yyyy-MM-dd`, or `undefined` when digits 1–7 are not a date. */
export function iinBirthDate(iin: string): string | undefined {
  const centuryDigit = Number(iin[6]);
  if (!(centuryDigit >= 1 && centuryDigit <= 6)) return undefined;
  // 1–2 → 1800s, 3–4 → 1900s, 5–6 → 2000s (odd digits men, even women).
  const century = 1700 + Math.ceil(centuryDigit / 2) * 100;
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  return isoFromParts(year, month, day);
}

/**
 * @example checkIin('900101300018') === 'ok'
 */
export function checkIin(iin: string): IinCheck {
  if (!TWELVE.test(iin)) return 'format';
  if (iinBirthDate(iin) === undefined) return 'date';
  const expected = iinCheckDigit(iin.slice(0, 11));
  return expected !== undefined && expected === Number(iin[11]) ? 'ok' : 'checksum';
}

/** Keeps the digits of a typed IIN (people paste "900101 300 018" or a number that lost a leading 0). */
export function normaliseIin(raw: string | number): string {
  if (typeof raw === 'string' && TWELVE.test(raw)) return raw;
  if (typeof raw === 'number') return Number.isInteger(raw) ? String(raw).padStart(12, '0') : String(raw);
  return raw.replace(/[\s-]/g, '');
}
