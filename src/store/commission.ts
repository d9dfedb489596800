/**
 * Commission sittings (001 §§51–61, 002 §§6–9, 34–35): each save is one audited transaction naming
 * the fields that changed; a signed protocol is locked. A save from a form says what the form
 * started from: only the fields changed there are written over the sitting as stored, and a field
 * another tab changed meanwhile too is refused rather than overwritten (issue 20 §4).
 */
import type { CommissionSitting, SittingApproval } from '../domain';
import type { Result } from '../domain/result';
import { fieldChanges, mergeOrRefuse, Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';

export const saveSitting = (
  ctx: StoreContext,
  edited: CommissionSitting,
  basis?: CommissionSitting,
): Promise<Result<CommissionSitting, StoreError>> =>
  write(ctx, [ctx.db.sittings], async (tx) => {
    const stored = await tx.db.sittings.get(edited.id);
    if (stored?.signedOn) throw new Refusal('protocolSigned');
    const next = mergeOrRefuse(stored, basis, edited);
    // A protocol is signed on or after its sitting.
    if (next.signedOn !== null && (next.heldOn === null || next.signedOn < next.heldOn)) throw new Refusal('signedBeforeHeld');
    const changes = stored ? fieldChanges(stored, next) : [{ field: '*', before: null, after: next }];
    if (changes.length === 0) return next;
    await tx.db.sittings.put(next);
    await tx.auditMany(
      changes.map((c) => ({
        action: stored ? 'update' : 'create',
        entity: 'sittings',
        entityId: next.id,
        field: c.field,
        before: c.before,
        after: c.after,
      })),
    );
    return next;
  });

/**
 * The authorised person's approval of a signed protocol (001 §61): name, position and date, recorded
 * once; only then are the results it decides final.
 */
export const approveSitting = (
  ctx: StoreContext,
  id: string,
  approval: SittingApproval,
): Promise<Result<CommissionSitting, StoreError>> =>
  write(ctx, [ctx.db.sittings], async (tx) => {
    const stored = await tx.db.sittings.get(id);
    if (!stored) throw new Refusal('notFound');
    if (stored.signedOn === null) throw new Refusal('notSigned');
    if (stored.approval) throw new Refusal('alreadyApproved');
    if (approval.name.trim() === '' || approval.on < stored.signedOn) throw new Refusal('invalid');
    const next = { ...stored, approval: { name: approval.name.trim(), position: approval.position.trim(), on: approval.on } };
    await tx.db.sittings.put(next);
    await tx.audit({ action: 'update', entity: 'sittings', entityId: id, field: 'approval', before: null, after: next.approval });
    return next;
  });
