/** Evaluation periods: adding a year adds its quarters and the year itself (existing ones are kept). */
import type { Period } from '../domain';
import type { Result } from '../domain/result';
import { write, type StoreContext } from './context';
import type { StoreError } from './errors';

export const addPeriods = (ctx: StoreContext, periods: readonly Period[]): Promise<Result<number, StoreError>> =>
  write(ctx, [ctx.db.periods], async (tx) => {
    const existing = new Set(await tx.db.periods.toCollection().primaryKeys());
    const fresh = periods.filter((p) => !existing.has(p.id));
    await tx.db.periods.bulkAdd(fresh);
    for (const p of fresh)
      await tx.audit({ action: 'create', entity: 'periods', entityId: p.id, field: '*', before: null, after: p });
    return fresh.length;
  });
