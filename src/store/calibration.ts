/**
 * Calibration sessions (004 §§13, 38–43): each save is one audited transaction recording the fields
 * that changed; a signed protocol refuses every change but the feedback meeting's. A save from a
 * form says what the form started from (`basis`; null for an application registered here): only its
 * changes are written over the case as stored, and one another tab made meanwhile is never
 * overwritten — the save is refused (issue 20 §4).
 */
import type { CalibrationCase } from '../domain';
import type { Result } from '../domain/result';
import { fieldChanges, mergeOrRefuse, Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';

export const saveCalibration = (
  ctx: StoreContext,
  edited: CalibrationCase,
  basis?: CalibrationCase | null,
): Promise<Result<CalibrationCase, StoreError>> =>
  write(ctx, [ctx.db.calibrations], async (tx) => {
    const stored = await tx.db.calibrations.get(edited.id);
    const next = mergeOrRefuse(stored, basis, edited);
    const changes = stored ? fieldChanges(stored, next) : [{ field: '*', before: null, after: next }];
    if (changes.length === 0) return next;
    if (stored?.signedOn && changes.some((c) => c.field !== 'feedback')) throw new Refusal('protocolSigned');
    // 004 §42: the protocol records a session that was held: it is signed on or after that day.
    if (next.signedOn !== null && (next.heldOn === null || next.signedOn < next.heldOn)) throw new Refusal('signedBeforeHeld');
    await tx.db.calibrations.put(next);
    await tx.auditMany(
      changes.map((c) => ({
        action: stored ? 'update' : 'create',
        entity: 'calibrations',
        entityId: next.id,
        field: c.field,
        before: c.before,
        after: c.after,
      })),
    );
    return next;
  });
