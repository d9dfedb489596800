/**
 * Errors are data at the boundaries (STYLE habit 8): every rule and parser returns problems with a
 * stable code and a location; the UI picks the words from the i18n catalogue `problems.<code>`.
 */
export type ProblemCode =
  | 'required'
  | 'iinFormat'
  | 'iinChecksum'
  | 'iinDate'
  | 'iinDuplicate'
  | 'iinDuplicateInFile'
  | 'categoryUnknown'
  | 'dateInvalid'
  | 'dateFuture'
  | 'dateOrder'
  | 'nameUnitDuplicate'
  | 'nameUnitDuplicateInFile'
  | 'unitUnknown'
  | 'unitNew'
  | 'managerUnknown'
  | 'statusUnknown'
  | 'booleanInvalid'
  | 'textTooLong'
  | 'scoreNotNumber'
  | 'scoreTooPrecise'
  | 'scoreOutOfRange'
  | 'excluded'
  | 'valueNotNumber'
  | 'valueNegative'
  | 'pointsNotWhole'
  | 'oneDecimal'
  | 'targetsHalfMeasurable'
  | 'kciTooFew'
  | 'kciTooMany'
  | 'kciDeadlineOutside'
  | 'activityUnknown'
  | 'dateOutsidePeriod'
  | 'tooManyTargets'
  | 'paramUnknown'
  | 'periodLocked'
  | 'rowUnknown'
  | 'rowDuplicate'
  | 'rowTampered'
  | 'rowOtherUnit'
  | 'kciUnknown'
  | 'kciLocked'
  | 'violationKindUnknown'
  | 'answerNotOnScale'
  | 'answerRowMoved';

export type Severity = 'error' | 'warning';

/** Where in a workbook a problem sits; rows and columns are 1-based as a spreadsheet shows them. */
export interface Location {
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
}

export interface Problem extends Location {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** The field of the record the problem concerns. */
  readonly field?: string;
  /** Values for the message template, e.g. `{ value: '12345' }`. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export function problem(
  code: ProblemCode,
  field: string | undefined,
  params?: Record<string, string | number>,
  severity: Severity = 'error',
): Problem {
  // No spread of throw-away objects: a roster of 10,000 rows makes one or two problems a row.
  if (field === undefined) return params ? { code, severity, params } : { code, severity };
  return params ? { code, severity, field, params } : { code, severity, field };
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');

/** Column letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
