/**
 * The points model's entries (seed 002): a person's incentives and violations for a quarter, or the
 * work plan's targets for the year — each change one audited transaction that records the profile
 * in force, refused when the unit's period is submitted (locked).
 */
import { lockSettingKey } from './settings';
import {
  isIsoDate,
  lockId,
  pointsSheetId,
  agreementProblem,
  signatureProblem,
  type Period,
  type SheetSignature,
  withEntry,
  applyPointsEdit,
  type PointsEdit,
  type IsoDate,
  type EntryFields,
  type EntryList,
  type PointsSheet,
  type Profile,
  type QuarterSelfAssessment,
} from '../domain';
import type { Result } from '../domain/result';
import { mergeOrRefuse, Refusal, write, type AuditDraft, type StoreContext, type Tx } from './context';
import type { StoreError } from './errors';

/** A person's sheet before anything was entered, under the profile in force. */
const blankSheet = (id: string, periodId: string, employeeId: string, profile: Profile): PointsSheet => ({
  id,
  periodId,
  employeeId,
  incentives: [],
  violations: [],
  targets: [],
  profileId: profile.id,
  profileVersion: profile.version,
});

export type PointsPatch = Partial<Pick<PointsSheet, 'incentives' | 'violations' | 'targets' | 'self'>>;

interface SheetAt {
  readonly periodId: string;
  readonly employeeId: string;
  readonly unitId: string;
  readonly today: IsoDate;
}

/** Fields of a person's sheet set: the lists or the self-assessment given whole. */
export const updatePointsSheet = (
  ctx: StoreContext,
  at: SheetAt,
  patch: PointsPatch,
  profile: Profile,
): Promise<Result<PointsSheet, StoreError>> => changeSheet(ctx, at, () => patch, profile);

/**
 * Changes to entries of a person's sheet, each applied by the entry's id to the lists as stored
 * (`applyPointsEdit`), in one transaction: what another save or another tab changed meanwhile in
 * other entries, or in other fields of the same entry, stays.
 */
export const editPointsEntries = (
  ctx: StoreContext,
  at: SheetAt,
  edits: readonly PointsEdit[],
  profile: Profile,
): Promise<Result<PointsSheet, StoreError>> =>
  changeSheet(
    ctx,
    at,
    (before) => {
      const after = edits.reduce(applyPointsEdit, {
        incentives: before.incentives,
        violations: before.violations,
        targets: before.targets,
      });
      return Object.fromEntries([...new Set(edits.map((e) => e.list))].map((list) => [list, after[list]]));
    },
    profile,
  );

/**
 * 002 §23: the servant's self-assessment saved from its form, which says what it started from: only
 * the fields changed there are written over the stored one; a field another tab changed meanwhile
 * too is refused (issue 20 §4).
 */
export const saveSelfAssessment = (
  ctx: StoreContext,
  at: SheetAt,
  edited: QuarterSelfAssessment,
  basis: QuarterSelfAssessment,
  profile: Profile,
): Promise<Result<PointsSheet, StoreError>> =>
  changeSheet(ctx, at, (before) => ({ self: mergeOrRefuse(before.self ?? undefined, basis, edited) }), profile);

/** A person's sheet with `patch` (computed from the sheet as stored) applied, audited per changed field. */
const changeSheet = (
  ctx: StoreContext,
  at: SheetAt,
  patchOf: (before: PointsSheet) => PointsPatch,
  profile: Profile,
): Promise<Result<PointsSheet, StoreError>> =>
  write(ctx, [ctx.db.pointsSheets, ctx.db.settings], async (tx) => {
    if (await tx.db.settings.get(lockSettingKey(lockId(at.periodId, at.unitId, 'points')))) throw new Refusal('locked');
    const id = pointsSheetId(at.periodId, at.employeeId);
    const stored = await tx.db.pointsSheets.get(id);
    const before: PointsSheet = stored ?? blankSheet(id, at.periodId, at.employeeId, profile);
    const patch = patchOf(before);
    const drawnUp = patch.targets !== undefined && patch.targets.length > 0 && !before.planOn;
    const after: PointsSheet = {
      ...before,
      ...patch,
      // 002 §§10–11: the day the year's plan was drawn up — the first day it is saved with targets.
      ...(drawnUp ? { planOn: at.today } : {}),
      profileId: profile.id,
      profileVersion: profile.version,
    };
    const changed = (Object.keys(patch) as (keyof PointsPatch)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
    );
    if (changed.length === 0) return before;
    await tx.db.pointsSheets.put(after);
    await tx.auditMany(
      changed.map((field) => ({
        action: stored ? 'update' : 'create',
        entity: 'pointsSheets',
        entityId: id,
        field,
        before: before[field],
        after: after[field],
      })),
    );
    return after;
  });

/**
 * 002 §43: the day a person was sent to training after the Commission approved the annual results
 * (null clears it). Recorded on the year's sheet after its submission — it is no part of the
 * evaluation, so the year's lock does not refuse it; refused on a day before the decision.
 */
export const recordTraining = (
  ctx: StoreContext,
  at: { readonly periodId: string; readonly employeeId: string },
  on: IsoDate | null,
  decidedOn: IsoDate,
): Promise<Result<PointsSheet, StoreError>> =>
  write(ctx, [ctx.db.pointsSheets], async (tx) => {
    if (on !== null && (!isIsoDate(on) || on < decidedOn)) throw new Refusal('invalid', 'trainingOn');
    const id = pointsSheetId(at.periodId, at.employeeId);
    const stored = await tx.db.pointsSheets.get(id);
    if (!stored) throw new Refusal('notFound');
    const before = stored.trainingOn ?? null;
    if (before === on) return stored;
    const after: PointsSheet = { ...stored, trainingOn: on };
    await tx.db.pointsSheets.put(after);
    await tx.audit({ action: 'update', entity: 'pointsSheets', entityId: id, field: 'trainingOn', before, after: on });
    return after;
  });

type SheetStep = 'agreedOn' | 'signature';

/** One of a sheet's steps (agreement, signature) set to `value` unless `problem` refuses it, audited. */
const setSheetStep = <K extends SheetStep>(
  ctx: StoreContext,
  at: { readonly period: Period; readonly employeeId: string },
  field: K,
  value: NonNullable<PointsSheet[K]> | null,
  profile: Profile,
  problem: (before: PointsSheet) => string | undefined,
): Promise<Result<PointsSheet, StoreError>> =>
  write(ctx, [ctx.db.pointsSheets], async (tx) => {
    const id = pointsSheetId(at.period.id, at.employeeId);
    const stored = await tx.db.pointsSheets.get(id);
    const before: PointsSheet = stored ?? blankSheet(id, at.period.id, at.employeeId, profile);
    const refused = problem(before);
    if (refused) throw new Refusal('invalid', refused);
    if (JSON.stringify(before[field] ?? null) === JSON.stringify(value)) return before;
    const after: PointsSheet = { ...before, [field]: value };
    await tx.db.pointsSheets.put(after);
    await tx.audit({
      action: stored ? 'update' : 'create',
      entity: 'pointsSheets',
      entityId: id,
      field,
      before: before[field] ?? null,
      after: value,
    });
    return after;
  });

/**
 * 002 §25: the servant's signature of the quarter's sheet agreed by the manager (§24), or the act of
 * their refusal (null clears it), audited. Not refused by the unit's submission: signing follows the
 * manager's agreement and a refusal does not hold the sheet back from the Commission.
 */
export const signPointsSheet = (
  ctx: StoreContext,
  at: { readonly period: Period; readonly employeeId: string; readonly today: IsoDate },
  signature: SheetSignature | null,
  profile: Profile,
): Promise<Result<PointsSheet, StoreError>> =>
  setSheetStep(ctx, at, 'signature', signature, profile, (before) =>
    signature ? signatureProblem(signature, at.period, at.today, before.agreedOn) : undefined,
  );

/**
 * 002 §24 (§29 for the year's sheet): the day the direct manager agreed the sheet (null withdraws
 * the agreement of a sheet not yet signed), audited. Like the signature, not refused by the unit's
 * submission.
 */
export const agreePointsSheet = (
  ctx: StoreContext,
  at: { readonly period: Period; readonly employeeId: string; readonly today: IsoDate },
  on: IsoDate | null,
  profile: Profile,
): Promise<Result<PointsSheet, StoreError>> =>
  setSheetStep(ctx, at, 'agreedOn', on, profile, (before) => agreementProblem(on, at.period, at.today, before.signature));

/** An entry added, changed or removed (`after` undefined) by a returned unit workbook (issue 5). */
export interface EntryWrite {
  readonly periodId: string;
  readonly employeeId: string;
  readonly list: EntryList;
  readonly entryId: string;
  readonly after: EntryFields | undefined;
}

/**
 * Entries written inside a transaction over points sheets and settings (and whatever else the
 * caller writes with them): refused as a whole when a person's unit has submitted the period; one
 * audit entry per changed list of a sheet, with the import's reason. Returns how many entries changed.
 */
export async function applyEntryWritesIn(
  tx: Tx,
  writes: readonly EntryWrite[],
  profile: Profile,
  unitOf: ReadonlyMap<string, string>,
  reason: string,
): Promise<number> {
  const sheets = new Map<string, EntryWrite[]>();
  for (const w of writes)
    sheets.set(pointsSheetId(w.periodId, w.employeeId), [...(sheets.get(pointsSheetId(w.periodId, w.employeeId)) ?? []), w]);
  const locks = [...new Set(writes.map((w) => lockSettingKey(lockId(w.periodId, unitOf.get(w.employeeId) ?? '', 'points'))))];
  if ((await tx.db.settings.bulkGet(locks)).some((s) => s !== undefined)) throw new Refusal('locked');
  const stored = await tx.db.pointsSheets.bulkGet([...sheets.keys()]);
  const put: PointsSheet[] = [];
  const audit: AuditDraft[] = [];
  let changed = 0;
  [...sheets.entries()].forEach(([id, own], i) => {
    const first = own[0] as EntryWrite;
    const before: PointsSheet = stored[i] ?? {
      id,
      periodId: first.periodId,
      employeeId: first.employeeId,
      incentives: [],
      violations: [],
      targets: [],
      profileId: profile.id,
      profileVersion: profile.version,
    };
    let after: PointsSheet = { ...before, profileId: profile.id, profileVersion: profile.version };
    for (const w of own) after = withEntry(after, w);
    for (const field of ['incentives', 'violations', 'self'] as const) {
      if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
      audit.push({
        action: stored[i] ? 'update' : 'create',
        entity: 'pointsSheets',
        entityId: id,
        field,
        before: before[field],
        after: after[field],
        reason,
      });
    }
    changed += own.length;
    put.push(after);
  });
  await tx.db.pointsSheets.bulkPut(put);
  await tx.auditMany(audit);
  return changed;
}
