/**
 * The competency sheet in the store (issue 6, 004 Appendix 3): one sheet per person and year, changed
 * one competency at a time — a grid cell, an indicator ticked, a note — written at once and audited
 * with the entry before and after. The change is applied to the entry as stored, inside the
 * transaction: a note saved on blur and the tick that caused the blur both land, whatever order the
 * screen learns of them in.
 */
import { blankEntry, competencySheetId, type SheetEntry } from '../domain';
import type { Result } from '../domain/result';
import { write, type StoreContext } from './context';
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
    await tx.db.competencySheets.put({ id, periodId, employeeId, entries });
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
