/**
 * A person's year from their quarters' cases: each quarter's final result, the annual result —
 * the mean of the evaluated quarters (004 §5, 001 §4), the count of achieved KCIs where the profile
 * grades the year so (001 §44), or the points model's year with its work plan (002 §§28–33) — its
 * grade and the consequences (004 §§9–10, 002 §§41–45). Quarters not evaluated are listed, never
 * counted as zero.
 */
import { pointsSheetId, quarterId, yearId } from '../ids';
import type { Period } from '../model';
import { annualMean } from '../rules/annual';
import type { GradeId } from '../rules/grades';
import { kciCountGrade } from '../rules/kci';
import { kciYearCounts } from '../rules/kci-sheet';
import { quarterlyMeanPoints } from '../rules/points';
import { pointsOfYear } from '../rules/points-sheet';
import { consequences, type Consequences } from '../rules/procedures';
import type { Trace } from '../rules/trace';
import type { CaseBook } from './case';
import type { Method } from './method';
import type { EvaluationCase } from './types';

export interface YearCase {
  readonly employeeId: string;
  readonly year: number;
  /** The method of the year's quarters (the person's method under the profile). */
  readonly method: Method | undefined;
  /** The year's four quarters' cases, Q1 first (undefined where the period is not set up, or after `upTo`). */
  readonly quarters: readonly (EvaluationCase | undefined)[];
  /** Each quarter's value as counted: its final result; undefined when not evaluated, not scored, or after `upTo`. */
  readonly values: readonly (number | undefined)[];
  /** Hundredths (ranking, KCI), tenths (points); undefined when graded by the KCI count or not yet known. */
  readonly result: number | undefined;
  readonly grade: GradeId | undefined;
  readonly explain: (() => Trace) | undefined;
  /** The points model's parts: the quarters' mean, its conversion to 2–5 and the plan's score. */
  readonly points?: {
    readonly mean: number | undefined;
    readonly converted: number | undefined;
    readonly plan: number | undefined;
  };
  readonly consequences: Consequences | undefined;
  /**
   * The year's own case where the Commission reviews the annual result (002 §35): its submission,
   * the Commission's decision, familiarisation, appeal and training; the result above is its final one.
   */
  readonly annual?: EvaluationCase;
}

interface YearCore {
  readonly values: readonly (number | undefined)[];
  readonly result: number | undefined;
  readonly grade: GradeId | undefined;
  readonly explain: (() => Trace) | undefined;
  readonly points?: YearCase['points'];
}

const quartersOf = new WeakMap<readonly Period[], Map<number, Period[]>>();
/** A year's quarters in order, found once per list of periods (ten thousand people ask for them). */
function quartersOfYear(book: CaseBook, year: number): Period[] {
  let byYear = quartersOf.get(book.input.periods);
  if (!byYear) quartersOf.set(book.input.periods, (byYear = new Map()));
  let found = byYear.get(year);
  if (!found)
    byYear.set(
      year,
      (found = book.input.periods.filter((p) => p.kind === 'quarter' && p.year === year).sort((a, b) => (a.id < b.id ? -1 : 1))),
    );
  return found;
}

const keysOf = new Map<number, readonly string[]>();
/** A year's four quarter ids, made once (ten thousand people's years name them). */
function quarterKeys(year: number): readonly string[] {
  let keys = keysOf.get(year);
  if (!keys) keysOf.set(year, (keys = [1, 2, 3, 4].map((n) => quarterId(year, n))));
  return keys;
}

function core(
  book: CaseBook,
  employeeId: string,
  year: number,
  upTo: Period | undefined,
): YearCore & { cases: (EvaluationCase | undefined)[] } {
  const { profile } = book.input;
  const quarters = quartersOfYear(book, year);
  // The year so far: quarters after the chosen one are not counted yet (nor derived: the
  // consolidated workbook asks for ten thousand people's years up to its quarter).
  const cases: (EvaluationCase | undefined)[] = [undefined, undefined, undefined, undefined];
  for (const q of quarters)
    if (q.quarter !== null && cases[q.quarter - 1] === undefined && (!upTo || q.start <= upTo.end))
      cases[q.quarter - 1] = book.caseOf(employeeId, q.id);
  const method = cases.find((c) => c !== undefined)?.method;
  const values = [cases[0]?.final?.value, cases[1]?.final?.value, cases[2]?.final?.value, cases[3]?.final?.value];
  if (method === 'points') {
    const evaluated = values.filter((v): v is number => v !== undefined);
    const targets = book.pointsSheet(pointsSheetId(yearId(year), employeeId))?.targets ?? [];
    const y = pointsOfYear(evaluated, targets, profile);
    const plan = y?.explain().inputs.find((i) => i.label === 'plan')?.value;
    return {
      cases,
      values,
      result: y?.tenths,
      grade: y?.grade,
      explain: y?.explain,
      points: {
        mean: quarterlyMeanPoints(evaluated),
        converted: y?.converted,
        plan: plan === undefined ? undefined : Math.round(Number(plan) * 10),
      },
    };
  }
  if (method === 'kci' && profile.kci.countRule.value) {
    // 001 §44: the year's plans graded by how many of their KCIs were achieved.
    const counts = kciYearCounts(cases.flatMap((c) => (c?.input?.method === 'kci' && c.input.plan ? [c.input.plan] : [])));
    const counted = counts.total === 0 ? undefined : kciCountGrade(counts.achieved, counts.total, profile);
    return { cases, values, result: undefined, grade: counted?.grade, explain: counted?.explain };
  }
  const keys = quarterKeys(year);
  const byQuarter: Record<string, number | undefined> = {};
  for (let i = 0; i < keys.length; i++) byQuarter[keys[i] ?? ''] = values[i];
  const mean = annualMean(byQuarter, profile);
  return { cases, values, result: mean?.score, grade: mean?.grade, explain: mean?.explain };
}

/**
 * @example yearOf(book, staff.id, 2026).grade === 'proper' // Q1 4.00, Q2 3.50, Q3 not evaluated, Q4 3.75
 */
export function yearOf(book: CaseBook, employeeId: string, year: number, options: { readonly upTo?: Period } = {}): YearCase {
  const current = reviewed(book, employeeId, year, core(book, employeeId, year, options.upTo), options.upTo);
  const method = current.cases.find((c) => c !== undefined)?.method;
  // The previous year matters only for a second unsatisfactory year in a row (002 §45).
  const previous = current.grade === 'unsatisfactory' ? core(book, employeeId, year - 1, undefined).grade : undefined;
  const history: GradeId[] = [];
  if (previous !== undefined) history.push(previous);
  if (current.grade !== undefined) history.push(current.grade);
  const out: { -readonly [K in keyof YearCase]: YearCase[K] } = {
    employeeId,
    year,
    method,
    quarters: current.cases,
    values: current.values,
    result: current.result,
    grade: current.grade,
    explain: current.explain,
    consequences: current.grade === undefined ? undefined : consequences(history, book.input.profile),
  };
  // Set only when there (no spread of an empty object for each of ten thousand people).
  if (current.points) out.points = current.points;
  if (current.annual) out.annual = current.annual;
  return out;
}

/** 002 §35: the year as the Commission decided it (a revision, or an appeal's new result) once its protocol is signed. */
function reviewed(
  book: CaseBook,
  employeeId: string,
  year: number,
  computed: YearCore & { cases: (EvaluationCase | undefined)[] },
  upTo: Period | undefined,
): YearCore & { cases: (EvaluationCase | undefined)[]; annual?: EvaluationCase } {
  if (upTo && upTo.kind === 'quarter' && upTo.quarter !== 4) return computed;
  const annual = book.caseOf(employeeId, yearId(year));
  if (!annual) return computed;
  const f = annual.final;
  if (!f || (!f.decided && f.stage !== 'appeal')) return { ...computed, annual };
  return {
    ...computed,
    annual,
    result: f.value,
    grade: f.grade,
    explain: f.stage === 'evaluator' ? computed.explain : f.explain,
  };
}
