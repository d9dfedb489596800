/**
 * Familiarisation records (004 §12, 002 §36): one per person, period and component, each change an
 * audited transaction; a record can be corrected or withdrawn (a mistake), with a reason.
 */
import { familiarisationId, type Familiarisation } from '../domain';
import type { Result } from '../domain/result';
import { Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';

export const recordFamiliarisation = (
  ctx: StoreContext,
  record: Omit<Familiarisation, 'id'>,
  reason = '',
): Promise<Result<Familiarisation, StoreError>> =>
  write(ctx, [ctx.db.familiarisations], async (tx) => {
    const id = familiarisationId(record.periodId, record.component, record.employeeId, record.round);
    const before = await tx.db.familiarisations.get(id);
    if (before && reason.trim() === '') throw new Refusal('reasonRequired');
    const after: Familiarisation = { ...record, id };
    await tx.db.familiarisations.put(after);
    await tx.audit({
      action: before ? 'update' : 'create',
      entity: 'familiarisations',
      entityId: id,
      field: '*',
      before: before ?? null,
      after,
      reason: reason.trim(),
    });
    return after;
  });

/**
 * Several people acquainted the same day by the same means (issue 19: a sheet signed by a whole
 * unit): their new records in one audited transaction — refused as a whole, writing nothing, when
 * any of them already has one.
 */
export const recordFamiliarisations = (
  ctx: StoreContext,
  records: readonly Omit<Familiarisation, 'id'>[],
): Promise<Result<number, StoreError>> =>
  write(ctx, [ctx.db.familiarisations], async (tx) => {
    const rows = records.map((r) => ({ ...r, id: familiarisationId(r.periodId, r.component, r.employeeId, r.round) }));
    const stored = await tx.db.familiarisations.bulkGet(rows.map((r) => r.id));
    if (stored.some((s) => s !== undefined)) throw new Refusal('alreadyAcquainted');
    await tx.db.familiarisations.bulkPut(rows);
    await tx.auditMany(
      rows.map((after) => ({
        action: 'create',
        entity: 'familiarisations',
        entityId: after.id,
        field: '*',
        before: null,
        after,
      })),
    );
    return rows.length;
  });

export const withdrawFamiliarisation = (ctx: StoreContext, id: string, reason: string): Promise<Result<void, StoreError>> =>
  write(ctx, [ctx.db.familiarisations], async (tx) => {
    const before = await tx.db.familiarisations.get(id);
    if (!before) throw new Refusal('notFound');
    if (reason.trim() === '') throw new Refusal('reasonRequired');
    await tx.db.familiarisations.delete(id);
    await tx.audit({
      action: 'delete',
      entity: 'familiarisations',
      entityId: id,
      field: '*',
      before,
      after: null,
      reason: reason.trim(),
    });
  });
