/**
 * Unit heads' individual work plans and KCI sheets (004 §§22–28, 001 §§45–50). Each change is one
 * audited transaction. A plan once set changes only with a reason (004 §26), and its history is the
 * audit log. A sheet with the superior manager or agreed refuses changes inside the transaction.
 */
import {
  kciPlanFields,
  sameValue,
  kciEditable,
  kciPlanId,
  kciReviewState,
  type IsoDate,
  type KciItem,
  type KciPlan,
  type KciReviewAction,
} from '../domain';
import type { Result } from '../domain/result';
import { Refusal, write, type StoreContext, type Tx } from './context';
import type { StoreError } from './errors';

const emptyPlan = (periodId: string, employeeId: string): KciPlan => ({
  id: kciPlanId(periodId, employeeId),
  periodId,
  employeeId,
  items: [],
  approvedOn: null,
  review: [],
});

async function editablePlan(tx: Tx, id: string): Promise<KciPlan> {
  const plan = await tx.db.kciPlans.get(id);
  if (!plan) throw new Refusal('notFound');
  if (!kciEditable(kciReviewState(plan))) throw new Refusal('kciSubmitted');
  return plan;
}

/**
 * Saves a plan's KCIs (name, source document, unit, plan, direction, deadline, expected result).
 * Actual values and confirmations of a KCI are kept when the KCI stays. After the plan is set, a
 * change needs a reason (004 §26), recorded with the change.
 */
export const saveKciPlan = (
  ctx: StoreContext,
  at: { periodId: string; employeeId: string },
  edited: readonly KciItem[],
  reason: string,
  basis?: readonly KciItem[],
): Promise<Result<KciPlan, StoreError>> =>
  write(ctx, [ctx.db.kciPlans], async (tx) => {
    const id = kciPlanId(at.periodId, at.employeeId);
    const stored = await tx.db.kciPlans.get(id);
    if (stored && !kciEditable(kciReviewState(stored))) throw new Refusal('kciSubmitted');
    const before = stored ?? emptyPlan(at.periodId, at.employeeId);
    // The plan as the editor started from it: changed meanwhile elsewhere too, the save is refused (issue 20 §4).
    if (
      basis &&
      !sameValue(kciPlanFields(before.items), kciPlanFields(basis)) &&
      !sameValue(kciPlanFields(before.items), kciPlanFields(edited))
    )
      throw new Refusal('editedElsewhere', 'items');
    // The sheet's values (actual, a confirmed score) are not the editor's: they stay as stored.
    const kept = new Map(before.items.map((i) => [i.id, i]));
    const items = edited.map((i) => {
      const k = kept.get(i.id);
      return k ? { ...i, actual: k.actual, confirmedScore: k.confirmedScore } : i;
    });
    if (JSON.stringify(before.items) === JSON.stringify(items)) return before;
    if (before.approvedOn !== null && reason.trim() === '') throw new Refusal('planReasonRequired');
    const after: KciPlan = { ...before, items };
    await tx.db.kciPlans.put(after);
    await tx.audit({
      action: stored ? 'update' : 'create',
      entity: 'kciPlans',
      entityId: id,
      field: 'items',
      before: stored ? before.items : null,
      after: items,
      reason: reason.trim(),
    });
    return after;
  });

/** Records the day the plan was set (approved); null takes it back while nothing was submitted. */
export const setKciPlanApproved = (ctx: StoreContext, id: string, on: IsoDate | null): Promise<Result<void, StoreError>> =>
  write(ctx, [ctx.db.kciPlans], async (tx) => {
    const plan = await editablePlan(tx, id);
    if (plan.approvedOn === on) return;
    await tx.db.kciPlans.put({ ...plan, approvedOn: on });
    await tx.audit({
      action: 'update',
      entity: 'kciPlans',
      entityId: id,
      field: 'approvedOn',
      before: plan.approvedOn,
      after: on,
    });
  });

/** One KCI's actual value (hundredths; null = not known) or the evaluator's confirmation of an out-of-range score. */
export const setKciItemField = (
  ctx: StoreContext,
  id: string,
  itemId: string,
  change: { readonly actual: number | null } | { readonly confirmedScore: number | null },
): Promise<Result<void, StoreError>> =>
  write(ctx, [ctx.db.kciPlans], async (tx) => {
    const plan = await editablePlan(tx, id);
    const item = plan.items.find((i) => i.id === itemId);
    if (!item) throw new Refusal('notFound');
    const field = 'actual' in change ? 'actual' : 'confirmedScore';
    const value = 'actual' in change ? change.actual : change.confirmedScore;
    if (item[field] === value) return;
    await tx.db.kciPlans.put({ ...plan, items: plan.items.map((i) => (i.id === itemId ? { ...i, [field]: value } : i)) });
    await tx.audit({
      action: 'update',
      entity: 'kciPlans',
      entityId: id,
      field: `items.${itemId}.${field}`,
      before: item[field],
      after: value,
    });
  });

/**
 * A review step (001 §§45–48): the evaluator submits, the superior manager agrees or returns with a
 * reason. The caller checks completeness with the engine's `kciReviewRefusal`; here the order of
 * steps is enforced again inside the transaction (another tab may have moved on).
 */
export const reviewKciSheet = (
  ctx: StoreContext,
  id: string,
  action: KciReviewAction,
  reason: string,
): Promise<Result<void, StoreError>> =>
  write(ctx, [ctx.db.kciPlans], async (tx) => {
    const plan = await tx.db.kciPlans.get(id);
    if (!plan) throw new Refusal('notFound');
    const state = kciReviewState(plan);
    if (action === 'submit' ? !kciEditable(state) : state !== 'submitted') throw new Refusal('kciSubmitted');
    if (action === 'return' && reason.trim() === '') throw new Refusal('reasonRequired');
    const step = { at: ctx.now(), operator: ctx.operator(), action, reason: reason.trim() };
    await tx.db.kciPlans.put({ ...plan, review: [...plan.review, step] });
    await tx.audit({
      action: 'update',
      entity: 'kciPlans',
      entityId: id,
      field: 'review',
      before: state,
      after: action,
      reason: reason.trim(),
    });
  });

/** KCI scores may be stored only while the head's sheet is with the evaluator (checked by the scores' transaction). */
export async function refuseUnlessKciEditable(
  tx: Tx,
  changes: readonly { readonly periodId: string; readonly employeeId: string; readonly component: string }[],
): Promise<void> {
  const ids = [...new Set(changes.filter((c) => c.component === 'kci').map((c) => kciPlanId(c.periodId, c.employeeId)))];
  if (ids.length === 0) return;
  const plans = await tx.db.kciPlans.bulkGet(ids);
  if (plans.some((p) => p === undefined)) throw new Refusal('notFound');
  if (plans.some((p) => p !== undefined && !kciEditable(kciReviewState(p)))) throw new Refusal('kciSubmitted');
}
