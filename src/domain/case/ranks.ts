/**
 * Ranks in a unit (004 §33): among the cases evaluated by the same method, by the evaluator's score
 * (the grids, the unit's ranking sheet) or by the final result (the consolidated results); ties
 * share a rank.
 */
import { rankWithinUnit } from '../rules/ranking';
import type { EvaluationCase } from './types';

/** @example ranksOf([a 4.00, b 3.50, c 4.00], 'computed') → a 1, c 1, b 3 */
export function ranksOf(cases: readonly EvaluationCase[], by: 'computed' | 'final'): Map<string, number> {
  const groups = new Map<string, { id: string; score: number | undefined }[]>();
  for (const c of cases) {
    if (!c.method) continue;
    const key = `${c.employee.unitId}\u0000${c.method}`;
    const group = groups.get(key) ?? [];
    group.push({ id: c.employee.id, score: by === 'computed' ? c.computed?.value : c.final?.value });
    groups.set(key, group);
  }
  const out = new Map<string, number>();
  for (const g of groups.values()) for (const [id, rank] of rankWithinUnit(g)) out.set(id, rank);
  return out;
}
