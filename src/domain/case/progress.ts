/**
 * Where the evaluation stands per unit and quarter (the overview): how many of the unit's people
 * are to be evaluated — by whatever method evaluates each, staff by ranking and unit heads by KCI
 * where the profile has it (004 §§6–7, 22–23, 29) — how many have a result, and the grades they
 * have, final where signed protocols changed them (004 §42, 001 §§51–65). All read from the cases.
 */
import type { GradeId } from '../rules/grades';
import type { CaseBook } from './case';

export interface UnitProgress {
  readonly unitId: string;
  readonly periodId: string;
  readonly toScore: number;
  readonly scored: number;
  /** Recorded as not evaluated at the unit's submission, each with a reason (not among those to score). */
  readonly recordedNotEvaluated: number;
  readonly grades: Readonly<Partial<Record<GradeId, number>>>;
}

/** @example unitProgress(book, ['u'], ['2026-Q3'])[0] → { toScore: 3, scored: 2, grades: { effective: 1, satisfactory: 1 } } */
export function unitProgress(book: CaseBook, unitIds: readonly string[], periodIds: readonly string[]): UnitProgress[] {
  const byUnit = new Map<string, string[]>();
  for (const e of book.input.employees) {
    const list = byUnit.get(e.unitId);
    if (list) list.push(e.id);
    else byUnit.set(e.unitId, [e.id]);
  }
  const out: UnitProgress[] = [];
  for (const unitId of unitIds)
    for (const periodId of periodIds) {
      let toScore = 0;
      let scored = 0;
      let recordedNotEvaluated = 0;
      const grades: Partial<Record<GradeId, number>> = {};
      for (const id of byUnit.get(unitId) ?? []) {
        const c = book.caseOf(id, periodId);
        if (c?.blocks.includes('recordedNotEvaluated')) recordedNotEvaluated++;
        if (!c || c.stage === 'notEvaluated') continue;
        toScore++;
        if (c.final) {
          scored++;
          grades[c.final.grade] = (grades[c.final.grade] ?? 0) + 1;
        }
      }
      out.push({ unitId, periodId, toScore, scored, recordedNotEvaluated, grades });
    }
  return out;
}
