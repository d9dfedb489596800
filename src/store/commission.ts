/**
 * Commission sittings (001 §§51–61, 002 §§6–9, 34–35): each save is one audited transaction naming
 * the fields that changed; a signed protocol is locked.
 */
import type { CommissionSitting } from '../domain';
import type { Result } from '../domain/result';
import { fieldChanges, Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';

export const saveSitting = (ctx: StoreContext, next: CommissionSitting): Promise<Result<CommissionSitting, StoreError>> =>
  write(ctx, [ctx.db.sittings], async (tx) => {
    const stored = await tx.db.sittings.get(next.id);
    if (stored?.signedOn) throw new Refusal('protocolSigned');
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
