/**
 * The competency sheet in the store (issue 6, 004 Appendix 3): one sheet per person and year, changed
 * one competency at a time — a grid cell, an indicator ticked, a note — written at once and audited
 * with the entry before and after. The change is applied to the entry as stored, inside the
 * transaction: a note saved on blur and the tick that caused the blur both land, whatever order the
 * screen learns of them in.
 */
import { blankEntry, competencySheetId, sheetSignatureProblem, type SheetEntry, type SheetProblem } from '../domain';
import type { Result } from '../domain/result';
import { mergeOrRefuse, Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';

/** Applies `change` to one competency of a person's sheet for a year; returns whether anything changed. */
export const updateSheetEntry = (
  ctx: StoreContext,
  periodId: string,
  employeeId: string,
  competency: string,
  change: (entry: SheetEntry) => SheetEntry,
): Promise<Result<boolean, StoreError>> =>
  write(ctx, [ctx.db.competencySheets], async (tx) => {
    const id = competencySheetId(periodId, employeeId);
    const sheet = await tx.db.competencySheets.get(id);
    const before = sheet?.entries.find((e) => e.competency === competency);
    const entry = { ...change(before ?? blankEntry(competency)), competency };
    if (JSON.stringify(before ?? blankEntry(competency)) === JSON.stringify(entry)) return false;
    const entries = before
      ? (sheet?.entries ?? []).map((e) => (e.competency === competency ? entry : e))
      : [...(sheet?.entries ?? []), entry];
    await tx.db.competencySheets.put({ ...sheet, id, periodId, employeeId, entries });
    await tx.audit({
      action: before ? 'update' : 'create',
      entity: 'competencySheets',
      entityId: id,
      field: competency,
      before: before ?? null,
      after: entry,
    });
    return true;
  });

/** The days the sheet was signed by the direct manager and by the person (acquainted). */
export interface SheetSignatures {
  readonly managerSignedOn: string | null;
  readonly acquaintedOn: string | null;
}

/**
 * Appendix 3's signatures: the days the manager and the person signed the sheet (null clears one),
 * audited; refused when the stored sheet does not allow them (`sheetSignatureProblem`). Given what
 * the form started from (`basis`), only the day changed there is written: a day another tab set
 * meanwhile stays, and one both changed is refused (issue 20 §4).
 */
export const signCompetencySheet = (
  ctx: StoreContext,
  at: { readonly periodId: string; readonly employeeId: string; readonly year: string; readonly today: string },
  edited: SheetSignatures,
  check: (entries: readonly SheetEntry[]) => readonly SheetProblem[],
  basis?: SheetSignatures,
): Promise<Result<boolean, StoreError>> =>
  write(ctx, [ctx.db.competencySheets], async (tx) => {
    const id = competencySheetId(at.periodId, at.employeeId);
    const sheet = await tx.db.competencySheets.get(id);
    if (!sheet) throw new Refusal('notFound');
    const before = { managerSignedOn: sheet.managerSignedOn ?? null, acquaintedOn: sheet.acquaintedOn ?? null };
    const dates = mergeOrRefuse(before, basis, edited);
    const problem = sheetSignatureProblem(check(sheet.entries), dates, at.year, at.today);
    if (problem) throw new Refusal('invalid', problem);
    if (before.managerSignedOn === dates.managerSignedOn && before.acquaintedOn === dates.acquaintedOn) return false;
    await tx.db.competencySheets.put({ ...sheet, ...dates });
    await tx.audit({ action: 'update', entity: 'competencySheets', entityId: id, field: 'signatures', before, after: dates });
    return true;
  });
