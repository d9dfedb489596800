/**
 * Scores as they are typed or pasted: every change is stored at once — one change or a whole block
 * in one audited transaction (nothing half-applied) — with the profile version in force recorded on
 * the record. The applied changes come back with their previous values, for undo.
 */
import { evaluationId, type EvaluationRecord, type Profile } from '../domain';
import type { Result } from '../domain/result';
import { Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';

export interface ScoreChange {
  readonly periodId: string;
  readonly employeeId: string;
  readonly component: EvaluationRecord['component'];
  /** A parameter id and its new score in hundredths (undefined clears it), or the comment. */
  readonly field: { readonly param: string; readonly value: number | undefined } | { readonly comment: string };
}

/** A change as applied: what the field held before, so it can be undone. */
export interface AppliedChange extends ScoreChange {
  readonly before: ScoreChange['field'];
}

const lockId = (periodId: string, unitId: string, component: string) => `${periodId}:${unitId}:${component}`;

export const applyEvaluationChanges = (ctx: StoreContext, changes: readonly ScoreChange[], profile: Profile, lock?: { unitId: string }): Promise<Result<AppliedChange[], StoreError>> =>
  write(ctx, [ctx.db.evaluations, ctx.db.settings], async (tx) => {
    const batchId = changes.length > 1 ? ctx.newId() : undefined;
    const applied: AppliedChange[] = [];
    for (const change of changes) {
      if (lock && (await tx.db.settings.get(`lock:${lockId(change.periodId, lock.unitId, change.component)}`))) throw new Refusal('locked');
      const id = evaluationId(change.periodId, change.component, change.employeeId);
      const stored = await tx.db.evaluations.get(id);
      const base: EvaluationRecord = stored ?? {
        id,
        periodId: change.periodId,
        employeeId: change.employeeId,
        component: change.component,
        scores: {},
        comment: '',
        evaluatorId: null,
        profileId: profile.id,
        profileVersion: profile.version,
      };
      let after: EvaluationRecord;
      let field: string;
      let old: number | string | null;
      let now: number | string | null;
      let before: ScoreChange['field'];
      if ('param' in change.field) {
        const { param, value } = change.field;
        const scores = { ...base.scores };
        if (value === undefined) delete scores[param];
        else scores[param] = value;
        after = { ...base, scores, profileId: profile.id, profileVersion: profile.version };
        field = `scores.${param}`;
        old = base.scores[param] ?? null;
        now = value ?? null;
        before = { param, value: base.scores[param] };
      } else {
        after = { ...base, comment: change.field.comment };
        field = 'comment';
        old = base.comment;
        now = change.field.comment;
        before = { comment: base.comment };
      }
      if (old === now) continue;
      await tx.db.evaluations.put(after);
      await tx.audit({ action: stored ? 'update' : 'create', entity: 'evaluations', entityId: id, field, before: old, after: now, ...(batchId ? { batchId } : {}) });
      applied.push({ ...change, before });
    }
    return applied;
  });

/** One edited cell. */
export const setEvaluationField = (ctx: StoreContext, change: ScoreChange, profile: Profile, lock?: { unitId: string }): Promise<Result<AppliedChange[], StoreError>> =>
  applyEvaluationChanges(ctx, [change], profile, lock);

/** 004 §§31–32 workflow: a unit's period is submitted (locked) and can be reopened with a reason. */
export const setLocked = (ctx: StoreContext, at: { periodId: string; unitId: string; component: string }, locked: boolean, reason: string): Promise<Result<void, StoreError>> =>
  write(ctx, [ctx.db.settings], async (tx) => {
    const key = `lock:${lockId(at.periodId, at.unitId, at.component)}`;
    const current = await tx.db.settings.get(key);
    if (Boolean(current) === locked) return;
    if (locked) await tx.db.settings.put({ key, value: { at: ctx.now(), operator: ctx.operator() } });
    else await tx.db.settings.delete(key);
    await tx.audit({ action: 'update', entity: 'locks', entityId: key, field: 'locked', before: !locked, after: locked, reason });
  });
