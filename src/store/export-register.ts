/**
 * The export register (issue 20): each unit workbook sent out is recorded — period, unit, sheets,
 * rows with their fingerprints, values, scale — and a returned one is checked against that record
 * (`checkAgainstRegister`). Fingerprints are HMAC-SHA-256 (WebCrypto) under a secret of the agency
 * made on its first export: it never leaves this browser except inside the agency's backups, so a
 * row's fingerprint cannot be recomputed by hand after its name or category was edited.
 */
import { exportRecord, exportTexts, type ExportRecord, type Fingerprinter, type RegisterSheetInput } from '../domain';
import type { Result } from '../domain/result';
import { write, type StoreContext } from './context';
import type { StoreError } from './errors';

const SECRET_KEY = 'exportSecret';

/** The agency's secret, made (in its own transaction) the first time it is needed. */
async function secretOf(ctx: StoreContext, keys: Fingerprinter): Promise<Result<string, StoreError>> {
  const stored = await ctx.db.settings.get(SECRET_KEY);
  if (typeof stored?.value === 'string') return { ok: true, value: stored.value };
  return write(ctx, [ctx.db.settings], async (tx) => {
    // Another tab may have made it meanwhile: theirs is kept.
    const again = await tx.db.settings.get(SECRET_KEY);
    if (typeof again?.value === 'string') return again.value;
    const value = keys.newSecret();
    await tx.db.settings.put({ key: SECRET_KEY, value });
    // The audit says that it was made, never what it is.
    await tx.audit({ action: 'create', entity: 'settings', entityId: SECRET_KEY, field: '*', before: null, after: null });
    return value;
  });
}

/** Records a unit workbook about to be sent out; returns the record (its id goes into the file) and the rows' fingerprints. */
export async function registerUnitExport(
  ctx: StoreContext,
  keys: Fingerprinter,
  head: Omit<ExportRecord, 'kind' | 'sections' | 'id' | 'operator'>,
  sheets: readonly RegisterSheetInput[],
): Promise<Result<{ record: ExportRecord; fingerprints: Map<string, string> }, StoreError>> {
  const secret = await secretOf(ctx, keys);
  if (!secret.ok) return secret;
  // Signed before the transaction: an IndexedDB transaction ends when it waits on anything else.
  const fingerprints = await keys.sign(secret.value, exportTexts(sheets));
  const record = exportRecord({ ...head, id: ctx.newId(), operator: ctx.operator() }, sheets, fingerprints);
  return write(ctx, [ctx.db.exports], async (tx) => {
    await tx.db.exports.put(record);
    await tx.audit({
      action: 'create',
      entity: 'exports',
      entityId: record.id,
      field: '*',
      before: null,
      after: { periodId: record.periodId, unitId: record.unitId, rows: record.sections.reduce((n, s) => n + s.rows.length, 0) },
    });
    return { record, fingerprints };
  });
}

/** A returned workbook's rows fingerprinted under the agency's key (`component:rowId` → fingerprint). */
export async function keyedFingerprints(
  ctx: StoreContext,
  keys: Fingerprinter,
  texts: ReadonlyMap<string, string>,
): Promise<Result<Map<string, string>, StoreError>> {
  const secret = await secretOf(ctx, keys);
  if (!secret.ok) return secret;
  return { ok: true, value: await keys.sign(secret.value, texts) };
}
