/**
 * Exact scores (STYLE habit 2): a 0–5 score is an integer number of hundredths (3.75 → 375); a
 * mean is an exact integer division rounded by the profile's rule, in one place.
 */
export type Hundredths = number;

/** How a division is rounded (METHODOLOGY §5: half-up to two decimals by default). */
export type RoundingMode = 'halfUp' | 'halfEven' | 'down';

/**
 * Divides integers and rounds the quotient to an integer by `mode` — no floating point involved.
 * @example divideRounded(1199, 3, 'halfUp') === 400 // 3.996… → 4.00
 */
export function divideRounded(numerator: number, denominator: number, mode: RoundingMode): number {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0) {
    throw new RangeError('divideRounded takes integers and a positive denominator');
  }
  const sign = numerator < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  const q = Math.floor(n / denominator);
  const r = n - q * denominator;
  if (mode === 'down') return sign * q;
  const twice = 2 * r;
  const up = twice > denominator || (twice === denominator && (mode === 'halfUp' || q % 2 === 1));
  return sign * (up ? q + 1 : q);
}

/** The mean of integer values, rounded to an integer by `mode`; `undefined` for no values. */
export function meanRounded(values: readonly number[], mode: RoundingMode): number | undefined {
  if (values.length === 0) return undefined;
  return divideRounded(
    values.reduce((a, b) => a + b, 0),
    values.length,
    mode,
  );
}

/** Σ value × weight / Σ weight with integer weights, rounded by `mode`. */
export function weightedMeanRounded(
  values: readonly number[],
  weights: readonly number[],
  mode: RoundingMode,
): number | undefined {
  if (values.length === 0 || values.length !== weights.length) return undefined;
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return undefined;
  return divideRounded(
    values.reduce((acc, v, i) => acc + v * (weights[i] ?? 0), 0),
    total,
    mode,
  );
}

/**
 * A typed score (number or text with a decimal comma) as hundredths, when it is within
 * [min, max] and has at most two decimals.
 * @example scoreFromInput(3.75, 0, 500) === 375
 */
export function hundredthsFromNumber(value: number): Hundredths | undefined {
  const scaled = Math.round(value * 100);
  // Only a binary rounding error is forgiven (4,1 × 100 = 409,99999999999994), never a third decimal:
  // 4,00000001 is as too precise as 3,999 (issue 20).
  return Math.abs(scaled - value * 100) < Math.max(1e-9, Math.abs(value) * 1e-13) ? scaled : undefined;
}

/** More than two decimals written out (trailing zeros aside): "4,00000001" is, "4,500" is not. */
export const tooManyDecimals = (text: string): boolean => /[.,]\d{2}0*[1-9]/.test(text.trim());

/** Hundredths as a plain decimal string with two places (`375` → `"3.75"`), for traces and files. */
export function hundredthsText(h: Hundredths): string {
  const sign = h < 0 ? '-' : '';
  const abs = Math.abs(h);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
