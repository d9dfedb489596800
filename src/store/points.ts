/**
 * The points model's entries (seed 002): a person's incentives and violations for a quarter, or the
 * work plan's targets for the year — each change one audited transaction that records the profile
 * in force, refused when the unit's period is submitted (locked).
 */
import { pointsSheetId, type PointsSheet, type Profile } from '../domain';
import type { Result } from '../domain/result';
import { Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';

export type PointsPatch = Partial<Pick<PointsSheet, 'incentives' | 'violations' | 'targets'>>;

export const updatePointsSheet = (
  ctx: StoreContext,
  at: { readonly periodId: string; readonly employeeId: string; readonly unitId: string },
  patch: PointsPatch,
  profile: Profile,
): Promise<Result<PointsSheet, StoreError>> =>
  write(ctx, [ctx.db.pointsSheets, ctx.db.settings], async (tx) => {
    if (await tx.db.settings.get(`lock:${at.periodId}:${at.unitId}:points`)) throw new Refusal('locked');
    const id = pointsSheetId(at.periodId, at.employeeId);
    const stored = await tx.db.pointsSheets.get(id);
    const before: PointsSheet = stored ?? { id, periodId: at.periodId, employeeId: at.employeeId, incentives: [], violations: [], targets: [], profileId: profile.id, profileVersion: profile.version };
    const after: PointsSheet = { ...before, ...patch, profileId: profile.id, profileVersion: profile.version };
    const changed = (Object.keys(patch) as (keyof PointsPatch)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (changed.length === 0) return before;
    await tx.db.pointsSheets.put(after);
    await tx.auditMany(changed.map((field) => ({ action: stored ? 'update' : 'create', entity: 'pointsSheets', entityId: id, field, before: before[field], after: after[field] })));
    return after;
  });
