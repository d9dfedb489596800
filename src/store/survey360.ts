/**
 * The 360's set-up in the store (004 §36): each person's respondents for a year, saved whole — one
 * person's edit or a whole unit's suggestions in one audited transaction. Only who is asked is kept
 * here, never what anyone answered.
 */
import type { Survey360Setup } from '../domain';
import type { Result } from '../domain/result';
import { write, type StoreContext } from './context';
import type { StoreError } from './errors';

/** Saves the set-ups that changed; returns how many did. */
export const saveSurvey360Setups = (ctx: StoreContext, setups: readonly Survey360Setup[]): Promise<Result<number, StoreError>> =>
  write(ctx, [ctx.db.survey360], async (tx) => {
    const stored = await tx.db.survey360.bulkGet(setups.map((s) => s.id));
    const changed = setups.filter((s, i) => JSON.stringify(stored[i]?.respondents ?? null) !== JSON.stringify(s.respondents));
    if (changed.length === 0) return 0;
    await tx.db.survey360.bulkPut(changed);
    await tx.auditMany(changed.map((s) => ({ action: stored[setups.indexOf(s)] ? 'update' : 'create', entity: 'survey360', entityId: s.id, field: 'respondents', before: stored[setups.indexOf(s)]?.respondents ?? null, after: s.respondents })));
    return changed.length;
  });
