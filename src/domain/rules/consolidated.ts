/**
 * The consolidated results for the Commission secretary (issue 5): for a quarter, every person of
 * the agency by unit — how they are evaluated (ranking, KCI or points) or why not, the inputs, the
 * evaluator's score, the final result after signed protocols, its grade and the rank in the unit —
 * and the year so far: each quarter's final result, the annual result, its grade and consequences.
 * Every value is the case's (`case/`); words are the caller's: this is data (ids, numbers, codes).
 */
import type { CaseBook } from '../case/case';
import { ranksOf } from '../case/ranks';
import type { EvaluationCase } from '../case/types';
import { yearOf } from '../case/year';
import { fullName, type Employee, type Period, type Unit } from '../model';
import type { Eligibility } from './eligibility';
import type { FinalResult } from './final-result';
import type { GradeId } from './grades';
import type { Consequences } from './procedures';
import type { Method } from '../case/method';
export type { Method };

export interface ConsolidatedRow {
  readonly unitId: string;
  readonly employee: Employee;
  /** Full name, as sorted. */
  readonly name: string;
  readonly method: Method;
  /** The case the row states (stage, deadlines, what blocks it). */
  readonly case: EvaluationCase;
  readonly eligibility: Eligibility;
  /** Ranking parameter scores as entered (hundredths). */
  readonly inputs: Readonly<Record<string, number>>;
  /** The evaluator's result: hundredths, or points. */
  readonly computed: number | undefined;
  readonly final: FinalResult | undefined;
  /** Rank in the unit by final result, among people evaluated with the same method. */
  readonly rank: number | undefined;
  /** The result rests on an assumption of the profile (METHODOLOGY §5). */
  readonly assumed: boolean;
  readonly year: {
    /** Each quarter's final result (undefined: not evaluated or not yet scored). */
    readonly quarters: readonly (number | undefined)[];
    /** Hundredths for ranking and KCI (undefined when graded by the KCI count), tenths for points. */
    readonly result: number | undefined;
    readonly grade: GradeId | undefined;
    readonly consequences: Consequences | undefined;
  };
}

/**
 * @example consolidatedResults(book, Q3, units, new Intl.Collator('ru')) → a row per person, units in
 *   the given order, the head first then people by name, with the final result and the year so far
 */
export function consolidatedResults(
  book: CaseBook,
  quarter: Period,
  units: readonly Unit[],
  collator: Intl.Collator,
): ConsolidatedRow[] {
  const known = new Set(units.map((u) => u.id));
  // Filled in place: the rank is set once every final result is known (no copy of 10,000 rows).
  const rows: { -readonly [K in keyof ConsolidatedRow]: ConsolidatedRow[K] }[] = [];
  const cases: EvaluationCase[] = [];
  for (const e of book.input.employees) {
    if (!known.has(e.unitId)) continue;
    const c = book.caseOf(e.id, quarter.id);
    if (!c?.method) continue;
    cases.push(c);
    const year = yearOf(book, e.id, quarter.year, { upTo: quarter });
    rows.push({
      unitId: e.unitId,
      employee: e,
      name: fullName(e),
      method: c.method,
      case: c,
      eligibility: c.eligibility,
      inputs: c.method === 'ranking' ? c.scores : {},
      computed: c.computed?.value,
      final: c.final,
      rank: undefined,
      assumed: c.assumed,
      year: { quarters: year.values, result: year.result, grade: year.grade, consequences: year.consequences },
    });
  }
  // Ranks within each unit and method, by final result; ties share a rank.
  const ranks = ranksOf(cases, 'final');
  // Units in the caller's order; within a unit the head first, then by name — sorted per unit, so
  // the collator compares a unit's few people, not the whole agency's.
  const byUnit = new Map<string, ConsolidatedRow[]>();
  for (const r of rows) {
    r.rank = ranks.get(r.employee.id);
    const group = byUnit.get(r.unitId);
    if (group) group.push(r);
    else byUnit.set(r.unitId, [r]);
  }
  const out: ConsolidatedRow[] = [];
  for (const u of units) {
    const group = byUnit.get(u.id) ?? [];
    group.sort(
      (a, b) =>
        (a.method === b.method ? 0 : a.method === 'kci' ? -1 : 1) ||
        collator.compare(a.name, b.name) ||
        (a.employee.id < b.employee.id ? -1 : 1),
    );
    out.push(...group);
  }
  return out;
}
