/**
 * The ranking grid's rows of a unit for a quarter (004 §§29–33), read from the cases: the unit's
 * people the ranking method evaluates, by name; each with their eligibility, scores, the evaluator's
 * score, grade and rank in the unit, and the final result. Pure (no Solid): the grid and the
 * consistency test read the same rows.
 */
import {
  fullName,
  methodOf,
  ranksOf,
  type CaseBook,
  type Eligibility,
  type FinalResult,
  type GradeId,
  type Trace,
} from '../../domain';

export interface RankingRow {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly eligibility: Eligibility;
  readonly scores: Readonly<Record<string, number>>;
  readonly comment: string;
  /** Additional evaluator (004 §32); null = the unit head. */
  readonly evaluatorId: string | null;
  readonly score: number | undefined;
  readonly grade: GradeId | undefined;
  readonly rank: number | undefined;
  readonly explain: (() => Trace) | undefined;
  /** The result after signed calibration and Commission protocols. */
  readonly final: FinalResult | undefined;
  /** The score rests on an assumption of the profile it was computed with (METHODOLOGY §5). */
  readonly assumed: boolean;
}

/** The unit's people the ranking method evaluates, by name (the collator's language). */
export function rankingPeople(book: CaseBook, unitId: string, collator: Intl.Collator) {
  const profile = book.input.profile;
  return book.input.employees
    .filter((e) => e.unitId === unitId && methodOf(book.heads.has(e.id), profile) === 'ranking')
    .map((e) => ({ e, name: fullName(e) }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.e.id < b.e.id ? -1 : 1));
}

/** @example rankingRows(book, people, '2026-Q3').map((r) => [r.name, r.score, r.rank]) */
export function rankingRows(
  book: CaseBook,
  people: readonly { readonly e: { readonly id: string }; readonly name: string }[],
  periodId: string,
): RankingRow[] {
  const list = people.flatMap(({ e, name }) => {
    const c = book.caseOf(e.id, periodId);
    return c ? [{ c, name }] : [];
  });
  const ranks = ranksOf(
    list.map((x) => x.c),
    'computed',
  );
  return list.map(({ c, name }) => {
    const record = c.input?.method === 'ranking' ? c.input.record : undefined;
    return {
      id: c.employee.id,
      name,
      category: c.employee.category,
      eligibility: c.eligibility,
      scores: c.scores,
      comment: record?.comment ?? '',
      evaluatorId: record?.evaluatorId ?? null,
      score: c.computed?.value,
      grade: c.computed?.grade,
      explain: c.computed?.explain,
      final: c.final,
      assumed: c.assumed,
      rank: ranks.get(c.employee.id),
    };
  });
}

/** A row as it was when nothing shown in it changed, so the grid redraws only what did. */
export function sameRow(old: RankingRow | undefined, r: RankingRow): boolean {
  return (
    old !== undefined &&
    old.eligibility === r.eligibility &&
    old.score === r.score &&
    old.rank === r.rank &&
    old.comment === r.comment &&
    old.evaluatorId === r.evaluatorId &&
    old.assumed === r.assumed &&
    old.final?.value === r.final?.value &&
    old.final?.stage === r.final?.stage &&
    old.final?.final === r.final?.final &&
    old.name === r.name &&
    Object.keys(r.scores).length === Object.keys(old.scores).length &&
    Object.entries(r.scores).every(([k, v]) => old.scores[k] === v)
  );
}
