/**
 * Calibration sessions (004 §§13, 38–43): each save is one audited transaction recording the fields
 * that changed; a signed protocol refuses every change but the feedback meeting's.
 */
import type { CalibrationCase } from '../domain';
import type { Result } from '../domain/result';
import { fieldChanges, Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';

export const saveCalibration = (ctx: StoreContext, next: CalibrationCase): Promise<Result<CalibrationCase, StoreError>> =>
  write(ctx, [ctx.db.calibrations], async (tx) => {
    const stored = await tx.db.calibrations.get(next.id);
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
