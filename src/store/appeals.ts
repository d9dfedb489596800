/**
 * Appeals against results (001 §§64–65, 002 §§38–40): registered, their outcome and the state body's
 * information to the authorised body recorded — each save one audited transaction naming the fields
 * that changed.
 */
import { appealId, type Appeal } from '../domain';
import type { Result } from '../domain/result';
import { fieldChanges, Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';

export const saveAppeal = (ctx: StoreContext, next: Omit<Appeal, 'id'>): Promise<Result<Appeal, StoreError>> =>
  write(ctx, [ctx.db.appeals], async (tx) => {
    const id = appealId(next.periodId, next.component, next.employeeId);
    if (next.outcome === 'changed' && next.newResult === null) throw new Refusal('invalid', 'newResult');
    if (next.outcome !== 'pending' && next.decidedOn === null) throw new Refusal('invalid', 'decidedOn');
    const stored = await tx.db.appeals.get(id);
    const after: Appeal = { ...next, id };
    const changes = stored ? fieldChanges(stored, after) : [{ field: '*', before: null, after }];
    if (changes.length === 0) return after;
    await tx.db.appeals.put(after);
    await tx.auditMany(
      changes.map((c) => ({
        action: stored ? 'update' : 'create',
        entity: 'appeals',
        entityId: id,
        field: c.field,
        before: c.before,
        after: c.after,
      })),
    );
    return after;
  });
