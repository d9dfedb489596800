/**
 * A completed result in words: the score the engine computes for it (ranking, KCI sheet or points)
 * and its grade — one place for the Commission's grid and its protocol.
 */
import { kciSheet, pointsOfQuarter, rankingScore, type Completion, type GradeId, type Profile } from '../domain';
import type { PeriodRecords } from './period-records';

export interface ResultValue {
  /** Hundredths for ranking and KCI; whole points for the points model. */
  readonly value: number | undefined;
  readonly grade: GradeId | undefined;
  readonly points: boolean;
}

export function resultValue(c: Completion, data: PeriodRecords, profile: Profile): ResultValue {
  const record = data.records.find((r) => r.id === `${c.periodId}:${c.component}:${c.employeeId}`);
  if (c.component === 'points') {
    const q = pointsOfQuarter(data.sheets.find((s) => s.id === `${c.periodId}:${c.employeeId}`), profile);
    return { value: q?.points, grade: q?.grade, points: true };
  }
  if (c.component === 'kci') {
    const plan = data.plans.find((p) => p.id === `${c.periodId}:${c.employeeId}`);
    const sheet = plan ? kciSheet(plan.items, record?.scores ?? {}, profile).sheet : undefined;
    return { value: sheet?.score, grade: sheet?.grade, points: false };
  }
  const o = rankingScore(record?.scores ?? {}, profile);
  return o.kind === 'scored' ? { value: o.result.score, grade: o.result.grade, points: false } : { value: undefined, grade: undefined, points: false };
}

/** "3,50" for a 0–5 score, "104" for points. */
export const valueText = (v: number | null | undefined, points: boolean): string => (v === null || v === undefined ? '' : points ? String(v) : (v / 100).toFixed(2).replace('.', ','));
