/**
 * The year's rows of a unit (004 §5, 001 §44, 004 §§9–10, 002 §45), read from the cases: for the
 * unit head and staff each quarter's final result (marked when a signed protocol changed or approved
 * it), the annual result and grade, and the consequences. Pure (no Solid): the annual grid and the
 * consistency test read the same rows.
 */
import { fullName, methodOf, yearOf, type CaseBook, type Consequences, type GradeId, type Trace } from '../../domain';

/** The year's result: a mean score, or (001 §44) a grade from the count of achieved KCIs. */
export interface YearResult {
  readonly score: number | undefined;
  readonly grade: GradeId;
  readonly explain: () => Trace;
}

export interface AnnualRow {
  readonly id: string;
  readonly name: string;
  readonly method: 'kci' | 'ranking';
  readonly quarters: readonly (number | undefined)[];
  /** Per quarter: '†' changed by a signed protocol, '✓' approved by the Commission, '' otherwise. */
  readonly marks: readonly string[];
  readonly annual: YearResult | undefined;
  readonly consequences: Consequences | undefined;
  /** The year rests on an assumption of the profile (METHODOLOGY §5). */
  readonly assumed: boolean;
}

/** @example annualRows(book, 'u', 2026, new Intl.Collator('ru'))[0] → the unit head's year */
export function annualRows(book: CaseBook, unitId: string, year: number, collator: Intl.Collator): AnnualRow[] {
  return (
    book.input.employees
      .filter((e) => e.unitId === unitId)
      .flatMap((e): AnnualRow[] => {
        const y = yearOf(book, e.id, year);
        const method = methodOf(book.heads.has(e.id), book.input.profile);
        if (method !== 'kci' && method !== 'ranking') return [];
        // Per quarter: '†' changed by a signed protocol, '✓' approved by the Commission.
        const marks = y.quarters.map((c) => {
          const f = c?.final;
          return f === undefined ? '' : `${f.stage === 'evaluator' ? '' : '†'}${f.final ? '✓' : ''}`;
        });
        return [
          {
            id: e.id,
            name: fullName(e),
            method,
            quarters: y.values,
            marks,
            annual: y.grade === undefined || !y.explain ? undefined : { score: y.result, grade: y.grade, explain: y.explain },
            consequences: y.consequences,
            assumed: y.quarters.some((c) => c?.assumed === true),
          },
        ];
      })
      // The unit head first, then staff by name.
      .sort(
        (a, b) =>
          (a.method === b.method ? 0 : a.method === 'kci' ? -1 : 1) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
      )
  );
}
