/**
 * What a unit's submission of a period would leave behind (004 §§31–32): everyone of the unit the
 * method evaluates who is evaluated but has no complete result. The user completes them, or records
 * for each the reason they are not evaluated; the submission stores the reasons and the cases say so
 * — nobody drops silently.
 */
import type { CaseBook } from './case';
import type { Method } from './method';
import type { EvaluationCase } from './types';

/** @example submissionMissing(book, '2026-Q1', 'u', 'ranking').map((c) => c.employee.id) → the unscored */
export function submissionMissing(book: CaseBook, periodId: string, unitId: string, method: Method): EvaluationCase[] {
  return book
    .casesOf(
      book.input.employees.filter((e) => e.unitId === unitId),
      periodId,
    )
    .filter((c) => c.method === method && c.stage !== 'notEvaluated' && c.computed === undefined);
}

/** The submission's list is complete: every missing person has a reason. */
export const submissionComplete = (missing: readonly EvaluationCase[], reasons: ReadonlyMap<string, string>): boolean =>
  missing.every((c) => (reasons.get(c.employee.id) ?? '').trim() !== '');

/**
 * The units of a period still open — people evaluated there without a completed result (the unit's
 * period not submitted, a head's KCI sheet not agreed) — with how many: signing a sitting warns of
 * them, their results go to a later sitting.
 * @example openUnits(book.casesOf(everyone, '2026-Q1')) → [{ unitId: 'u2', count: 4 }]
 */
export function openUnits(cases: readonly EvaluationCase[]): { unitId: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of cases)
    if (c.method && c.stage !== 'notEvaluated' && c.completedOn === undefined)
      counts.set(c.employee.unitId, (counts.get(c.employee.unitId) ?? 0) + 1);
  return [...counts].map(([unitId, count]) => ({ unitId, count }));
}
