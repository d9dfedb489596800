/**
 * Explanations: every computed value comes with a trace — its inputs, the formula, the rounding,
 * the band, the profile that produced it, the source paragraphs and the assumptions in force — so
 * the UI can answer "why is this 3.88?". Words are the UI's; a trace holds ids and numbers.
 */
import type { GradeId } from './grades';

export type FormulaId =
  | 'mean'
  | 'weightedMean'
  | 'kciPercent'
  | 'kciPercentLowerBetter'
  | 'kciZeroPlan'
  | 'kciCount'
  | 'pointsQuarter'
  | 'pointsConversion'
  | 'pointsAnnual'
  | 'annualMean'
  | 'survey360Mean'
  | 'majority'
  | 'finalResult';

export interface TraceInput {
  /** What the input is: a parameter id, a KCI name, a quarter id… */
  readonly label: string;
  /** As a plain decimal string (`"3.75"`), or null when not entered. */
  readonly value: string | null;
}

export interface Trace {
  readonly formula: FormulaId;
  readonly inputs: readonly TraceInput[];
  /** The exact value before rounding, as a fraction, e.g. `"1163/3"` hundredths. */
  readonly exact?: string;
  readonly rounding?: { readonly mode: string; readonly decimals: number };
  /** The result as a plain decimal string. */
  readonly result: string;
  readonly grade?: GradeId;
  readonly profile: { readonly id: string; readonly version: number };
  /** Seed paragraphs the computation rests on, e.g. `004 §8`. */
  readonly sources: readonly string[];
  /** Ids of METHODOLOGY §5 assumptions the value depends on (shown with a visible marker). */
  readonly assumptions: readonly string[];
}
