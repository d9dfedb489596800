/**
 * What the Commission has before it for a period (001 §§51–61, 002 §§34–35): every completed
 * result — as a signed calibration session left it (004 §42) — of the cases.
 */
import type { GradeId } from '../rules/grades';
import type { Method } from './method';
import type { EvaluationCase } from './types';

export interface CommissionResult {
  readonly periodId: string;
  readonly employeeId: string;
  readonly component: Method;
  /** Hundredths for ranking and KCI; whole points for the points model. */
  readonly value: number;
  readonly grade: GradeId;
  /** The decimals of the value's scale (2 for a score, 0 for points, 1 for the points model's year). */
  readonly decimals: number;
}

/** @example commissionResults(book.casesOf(everyone, '2026-Q1')) → the submitted and agreed results, each with its value */
export function commissionResults(cases: readonly EvaluationCase[]): CommissionResult[] {
  return cases.flatMap((c) =>
    c.method && c.completedOn !== undefined && c.beforeCommission
      ? [
          {
            periodId: c.period.id,
            employeeId: c.employee.id,
            component: c.method,
            value: c.beforeCommission.value,
            grade: c.beforeCommission.grade,
            decimals: c.beforeCommission.decimals,
          },
        ]
      : [],
  );
}
