/**
 * Typed scores enter the computation at once (score, grade and ranks update in the same frame);
 * each pending value is dropped when the stored record shows it, or at once if the write fails.
 */
import { createEffect, createSignal, untrack, type Accessor } from 'solid-js';
import { evaluationId, type CaseRecords, type EvaluationRecord, type Profile, type RecordComponent } from '../../domain';
import type { ScoreChange } from '../../store/evaluations';

type Overlay = ReadonlyMap<string, Readonly<Record<string, number | null>>>;

export function createPendingScores(records: Accessor<readonly EvaluationRecord[]>) {
  const [pending, setPending] = createSignal<Overlay>(new Map());

  const withPending = (employeeId: string, scores: Readonly<Record<string, number>>): Readonly<Record<string, number>> => {
    const overlay = pending().get(employeeId);
    if (!overlay) return scores;
    const merged: Record<string, number> = { ...scores };
    for (const [param, value] of Object.entries(overlay)) {
      if (value === null) delete merged[param];
      else merged[param] = value;
    }
    return merged;
  };

  const add = (changes: readonly ScoreChange[]) => {
    const next = new Map(pending());
    for (const c of changes)
      if ('param' in c.field) next.set(c.employeeId, { ...next.get(c.employeeId), [c.field.param]: c.field.value ?? null });
    setPending(next);
  };

  const drop = (entries: readonly { employeeId: string; param: string }[]) => {
    const next = new Map(pending());
    for (const { employeeId, param } of entries) {
      const { [param]: _dropped, ...rest } = next.get(employeeId) ?? {};
      if (Object.keys(rest).length === 0) next.delete(employeeId);
      else next.set(employeeId, rest);
    }
    setPending(next);
  };

  const dropChanges = (changes: readonly ScoreChange[]) =>
    drop(changes.flatMap((c) => ('param' in c.field ? [{ employeeId: c.employeeId, param: c.field.param }] : [])));

  // Settled: the stored record now holds the pending value.
  createEffect(() => {
    const stored = new Map(records().map((r) => [r.employeeId, r.scores]));
    const settled: { employeeId: string; param: string }[] = [];
    for (const [employeeId, overlay] of untrack(pending)) {
      for (const [param, value] of Object.entries(overlay))
        if ((stored.get(employeeId)?.[param] ?? null) === value) settled.push({ employeeId, param });
    }
    if (settled.length > 0) drop(settled);
  });

  /**
   * The records with the pending scores of one period and component put in (a record made for a
   * person without one), for the case book to compute with.
   */
  const overlay = (
    records: CaseRecords,
    at: { readonly periodId: string; readonly component: RecordComponent; readonly profile: Profile },
  ): CaseRecords => {
    const typed = pending();
    if (typed.size === 0) return records;
    const seen = new Set<string>();
    const next = records.records.map((r) => {
      if (r.periodId !== at.periodId || r.component !== at.component || !typed.has(r.employeeId)) return r;
      seen.add(r.employeeId);
      return { ...r, scores: withPending(r.employeeId, r.scores) };
    });
    for (const employeeId of typed.keys())
      if (!seen.has(employeeId))
        next.push({
          id: evaluationId(at.periodId, at.component, employeeId),
          periodId: at.periodId,
          employeeId,
          component: at.component,
          scores: withPending(employeeId, {}),
          comment: '',
          evaluatorId: null,
          profileId: at.profile.id,
          profileVersion: at.profile.version,
        });
    return { ...records, records: next };
  };

  /** Whether a write of this tab for the cell is still on its way to the store. */
  const has = (employeeId: string, param: string): boolean => {
    const overlay = untrack(pending).get(employeeId);
    return overlay !== undefined && Object.hasOwn(overlay, param);
  };

  return { withPending, add, drop: dropChanges, overlay, has };
}
