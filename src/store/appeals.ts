/**
 * Appeals against results (001 §§64–65, 002 §§38–40): registered, their outcome and the state body's
 * information to the authorised body recorded — each save one audited transaction naming the fields
 * that changed.
 */
import { appealId, type Appeal } from '../domain';
import type { Result } from '../domain/result';
import { fieldChanges, mergeOrRefuse, Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';

export const saveAppeal = (
  ctx: StoreContext,
  edited: Omit<Appeal, 'id'>,
  basis?: Omit<Appeal, 'id'>,
): Promise<Result<Appeal, StoreError>> =>
  write(ctx, [ctx.db.appeals], async (tx) => {
    const id = appealId(edited.periodId, edited.component, edited.employeeId);
    const stored = await tx.db.appeals.get(id);
    // A form's save: only its changes over the appeal as stored, never over another tab's (issue 20 §4).
    const after: Appeal = mergeOrRefuse(stored, basis && { ...basis, id }, { ...edited, id });
    if (after.outcome === 'changed' && after.newResult === null) throw new Refusal('invalid', 'newResult');
    if (after.outcome !== 'pending' && after.decidedOn === null) throw new Refusal('invalid', 'decidedOn');
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
