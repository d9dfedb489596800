/**
 * Scores as they are typed: every change is stored at once, in its own audited transaction, with
 * the profile version in force recorded on the record.
 */
import { evaluationId, type EvaluationRecord, type Profile } from '../domain';
import type { Result } from '../domain/result';
import { write, type StoreContext } from './context';
import type { StoreError } from './errors';

export interface ScoreChange {
  readonly periodId: string;
  readonly employeeId: string;
  readonly component: EvaluationRecord['component'];
  /** A parameter id and its new score in hundredths (undefined clears it), or the comment. */
  readonly field: { readonly param: string; readonly value: number | undefined } | { readonly comment: string };
}

export const setEvaluationField = (ctx: StoreContext, change: ScoreChange, profile: Profile): Promise<Result<EvaluationRecord, StoreError>> =>
  write(ctx, [ctx.db.evaluations], async (tx) => {
    const id = evaluationId(change.periodId, change.component, change.employeeId);
    const before = await tx.db.evaluations.get(id);
    const base: EvaluationRecord = before ?? {
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
    let old: unknown;
    let now: unknown;
    if ('param' in change.field) {
      const { param, value } = change.field;
      const scores = { ...base.scores };
      if (value === undefined) delete scores[param];
      else scores[param] = value;
      after = { ...base, scores, profileId: profile.id, profileVersion: profile.version };
      field = `scores.${param}`;
      old = base.scores[param] ?? null;
      now = value ?? null;
    } else {
      after = { ...base, comment: change.field.comment };
      field = 'comment';
      old = base.comment;
      now = change.field.comment;
    }
    if (JSON.stringify(old) === JSON.stringify(now)) return base;
    await tx.db.evaluations.put(after);
    await tx.audit({ action: before ? 'update' : 'create', entity: 'evaluations', entityId: id, field, before: old, after: now });
    return after;
  });
