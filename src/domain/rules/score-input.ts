/**
 * Reading a typed score: a number or text with a decimal comma or point, within the scale (0–5),
 * with at most two decimals. Blank means "not entered".
 */
import { parseDecimal } from '../numbers';
import { problem, type Problem } from '../problems';
import { hundredthsFromNumber, tooManyDecimals, type Hundredths } from './score';

export type ScoreInput =
  | { readonly kind: 'blank' }
  | { readonly kind: 'score'; readonly value: Hundredths }
  | { readonly kind: 'invalid'; readonly problem: Problem };

/** @example readScore('3,75') → { kind: 'score', value: 375 } */
export function readScore(raw: unknown, field: string, min: Hundredths = 0, max: Hundredths = 500): ScoreInput {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { kind: 'blank' };
  const n = typeof raw === 'number' || typeof raw === 'string' ? parseDecimal(raw) : undefined;
  const shown = String(raw);
  if (n === undefined) return { kind: 'invalid', problem: problem('scoreNotNumber', field, { value: shown }) };
  const h = typeof raw === 'string' && tooManyDecimals(raw) ? undefined : hundredthsFromNumber(n);
  if (h === undefined) return { kind: 'invalid', problem: problem('scoreTooPrecise', field, { value: shown }) };
  if (h < min || h > max)
    return { kind: 'invalid', problem: problem('scoreOutOfRange', field, { value: shown, min: min / 100, max: max / 100 }) };
  return { kind: 'score', value: h };
}

export type AmountInput =
  | { readonly kind: 'blank' }
  | { readonly kind: 'amount'; readonly value: number }
  | { readonly kind: 'invalid'; readonly problem: Problem };

/**
 * A planned or actual KCI value: a number (decimal comma or point, spaces between thousands), not
 * negative, at most two decimals; kept in hundredths. Blank means "not known yet".
 * @example readAmount('1 250,5', 'plan') → { kind: 'amount', value: 125050 }
 */
export function readAmount(raw: unknown, field: string): AmountInput {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { kind: 'blank' };
  const n = typeof raw === 'number' || typeof raw === 'string' ? parseDecimal(raw) : undefined;
  const shown = String(raw);
  if (n === undefined) return { kind: 'invalid', problem: problem('valueNotNumber', field, { value: shown }) };
  const h = typeof raw === 'string' && tooManyDecimals(raw) ? undefined : hundredthsFromNumber(n);
  if (h === undefined || !Number.isSafeInteger(h))
    return { kind: 'invalid', problem: problem('scoreTooPrecise', field, { value: shown }) };
  if (h < 0) return { kind: 'invalid', problem: problem('valueNegative', field, { value: shown }) };
  return { kind: 'amount', value: h };
}

export type ResultInput =
  | { readonly kind: 'blank' }
  | { readonly kind: 'result'; readonly value: number }
  | { readonly kind: 'invalid'; readonly problem: Problem };

/**
 * A result typed in its scale's decimals — a score 0–5 in hundredths (2) for ranking and KCI, whole
 * points (0, not negative) for the points model's quarter, 0–5 with one decimal (1) for its year
 * (002 §33): a Commission's correction or an appeal's changed result.
 * @example readResult('3,5', 'corrected', 2) → { kind: 'result', value: 350 }
 * @example readResult('4,3', 'corrected', 1) → { kind: 'result', value: 43 }
 */
export function readResult(raw: unknown, field: string, decimals: number): ResultInput {
  if (decimals === 1) {
    const s = readScore(raw, field);
    if (s.kind !== 'score') return s;
    if (s.value % 10 !== 0) return { kind: 'invalid', problem: problem('oneDecimal', field, { value: String(raw) }) };
    return { kind: 'result', value: s.value / 10 };
  }
  if (decimals !== 0) {
    const s = readScore(raw, field);
    return s.kind === 'score' ? { kind: 'result', value: s.value } : s;
  }
  const a = readAmount(raw, field);
  if (a.kind !== 'amount') return a;
  if (a.value % 100 !== 0) return { kind: 'invalid', problem: problem('pointsNotWhole', field, { value: String(raw) }) };
  return { kind: 'result', value: a.value / 100 };
}
