/**
 * Scores as they are typed or pasted: every change is stored at once — one change or a whole block
 * in one audited transaction (nothing half-applied) — with the profile version in force recorded on
 * the record. The applied changes come back with their previous values, for undo.
 */
import { lockSettingKey } from './settings';
import { evaluationId, lockId, type EvaluationRecord, type Profile } from '../domain';
import type { Result } from '../domain/result';
import { Refusal, write, type AuditDraft, type StoreContext, type Tx } from './context';
import type { StoreError } from './errors';
import { refuseUnlessKciEditable } from './kci';

export interface ScoreChange {
  readonly periodId: string;
  readonly employeeId: string;
  readonly component: EvaluationRecord['component'];
  /** A parameter id and its new score in hundredths (undefined clears it), the comment, or who scores the row (004 §32). */
  readonly field:
    | { readonly param: string; readonly value: number | undefined }
    | { readonly comment: string }
    | { readonly evaluatorId: string | null };
  /**
   * The score this change was made over, as the user saw it (undo: the value it undoes). When the
   * store holds another — changed in another tab meanwhile — the whole batch is refused
   * (`changedElsewhere`) instead of silently overwriting the later change.
   */
  readonly expected?: { readonly param: string; readonly value: number | undefined };
}

/** The audit entity id of a pasted or imported block of scores: one entry for many cells. */
export const BLOCK_PREFIX = 'block:';
export const isBlockEntry = (a: { readonly entityId: string }): boolean => a.entityId.startsWith(BLOCK_PREFIX);

/** A change as applied: what the field held before, so it can be undone. */
export interface AppliedChange extends ScoreChange {
  readonly before: ScoreChange['field'];
}

/**
 * `lock` names the unit whose submitted period refuses the changes — one unit for a grid, or each
 * person's unit for an import of many units' workbooks; `reason` goes into the audit (an import's
 * file, its export time and the import time).
 */
export const applyEvaluationChanges = (
  ctx: StoreContext,
  changes: readonly ScoreChange[],
  profile: Profile,
  lock?: { readonly unitId: string } | { readonly unitOf: ReadonlyMap<string, string> },
  reason?: string,
): Promise<Result<AppliedChange[], StoreError>> =>
  write(ctx, [ctx.db.evaluations, ctx.db.settings, ctx.db.kciPlans], (tx) =>
    applyScoreChangesIn(tx, ctx, changes, profile, lock, reason),
  );

/** The body of `applyEvaluationChanges`, inside a transaction over evaluations, settings and KCI plans that may cover more (an import). */
export async function applyScoreChangesIn(
  tx: Tx,
  ctx: StoreContext,
  changes: readonly ScoreChange[],
  profile: Profile,
  lock?: { readonly unitId: string } | { readonly unitOf: ReadonlyMap<string, string> },
  reason?: string,
): Promise<AppliedChange[]> {
  await refuseUnlessKciEditable(tx, changes);
  // Bulk reads and writes: a pasted block of 4,000 cells is a handful of requests, not 16,000.
  if (lock) {
    const unitOf = (c: ScoreChange) => ('unitId' in lock ? lock.unitId : (lock.unitOf.get(c.employeeId) ?? ''));
    const keys = [...new Set(changes.map((c) => lockSettingKey(lockId(c.periodId, unitOf(c), c.component))))];
    if ((await tx.db.settings.bulkGet(keys)).some((s) => s !== undefined)) throw new Refusal('locked');
  }
  const ids = [...new Set(changes.map((c) => evaluationId(c.periodId, c.component, c.employeeId)))];
  const stored = new Map<string, EvaluationRecord>();
  (await tx.db.evaluations.bulkGet(ids)).forEach((r) => r && stored.set(r.id, r));
  const current = new Map(stored);
  const applied: AppliedChange[] = [];
  const entries: AuditDraft[] = [];
  const touched = new Set<string>();
  const batchId = changes.length > 1 ? ctx.newId() : undefined;
  for (const change of changes) {
    const id = evaluationId(change.periodId, change.component, change.employeeId);
    const base: EvaluationRecord = current.get(id) ?? {
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
    if (change.expected && base.scores[change.expected.param] !== change.expected.value) {
      const now = base.scores[change.expected.param];
      // The detail is the score stored now, in hundredths ('' for none): the UI words it.
      throw new Refusal('changedElsewhere', now === undefined ? '' : String(now));
    }
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
    } else if ('comment' in change.field) {
      after = { ...base, comment: change.field.comment };
      field = 'comment';
      old = base.comment;
      now = change.field.comment;
      before = { comment: base.comment };
    } else {
      after = { ...base, evaluatorId: change.field.evaluatorId };
      field = 'evaluatorId';
      old = base.evaluatorId;
      now = change.field.evaluatorId;
      before = { evaluatorId: base.evaluatorId };
    }
    if (old === now) continue;
    current.set(id, after);
    entries.push({
      action: stored.has(id) || touched.has(id) ? 'update' : 'create',
      entity: 'evaluations',
      entityId: id,
      field,
      before: old,
      after: now,
      ...(batchId ? { batchId } : {}),
      ...(reason ? { reason } : {}),
    });
    touched.add(id);
    applied.push({ ...change, before });
  }
  await tx.db.evaluations.bulkPut([...touched].map((id) => current.get(id) as EvaluationRecord));
  // A block (paste, undo of a paste) is one audit entry listing every cell's before and after:
  // IndexedDB's cost is per record (STACK.md), and the block is one user action.
  if (batchId && entries.length > 1) {
    const cells = entries.map((e) => ({ record: e.entityId, field: e.field, before: e.before, after: e.after }));
    await tx.audit({
      action: 'update',
      entity: 'evaluations',
      entityId: `${BLOCK_PREFIX}${batchId}`,
      field: 'cells',
      before: null,
      after: cells,
      batchId,
      ...(reason ? { reason } : {}),
    });
  } else await tx.auditMany(entries);
  return applied;
}

/** One edited cell. */
export const setEvaluationField = (
  ctx: StoreContext,
  change: ScoreChange,
  profile: Profile,
  lock?: { unitId: string },
): Promise<Result<AppliedChange[], StoreError>> => applyEvaluationChanges(ctx, [change], profile, lock);

/** 004 §§31–32 workflow: a unit's period is submitted (locked) and can be reopened with a reason. */
export const setLocked = (
  ctx: StoreContext,
  at: { periodId: string; unitId: string; component: string },
  locked: boolean,
  reason: string,
  /** Who the submission records as not evaluated, each with the reason (the case then says so). */
  notEvaluated: readonly { readonly employeeId: string; readonly reason: string }[] = [],
): Promise<Result<void, StoreError>> =>
  write(ctx, [ctx.db.settings], async (tx) => {
    const key = lockSettingKey(lockId(at.periodId, at.unitId, at.component));
    const current = await tx.db.settings.get(key);
    if (Boolean(current) === locked) return;
    if (notEvaluated.some((x) => x.reason.trim() === '')) throw new Refusal('reasonRequired');
    if (locked)
      await tx.db.settings.put({
        key,
        value: {
          at: ctx.now(),
          operator: ctx.operator(),
          notEvaluated: notEvaluated.map((x) => ({ employeeId: x.employeeId, reason: x.reason.trim() })),
        },
      });
    else await tx.db.settings.delete(key);
    await tx.audit({
      action: 'update',
      entity: 'locks',
      entityId: key,
      field: 'locked',
      before: !locked,
      after: locked && notEvaluated.length > 0 ? { locked, notEvaluated } : locked,
      reason,
    });
  });
