/**
 * The competency sheet in the store (issue 6, 004 Appendix 3): one sheet per person and year, saved
 * an entry at a time — a grid cell or an indicator ticked is written at once and audited with the
 * entry before and after, so nothing entered is lost and every change can be traced.
 */
import { competencySheetId, type SheetEntry } from '../domain';
import type { Result } from '../domain/result';
import { write, type StoreContext } from './context';
import type { StoreError } from './errors';

const sameEntry = (a: SheetEntry | undefined, b: SheetEntry): boolean => JSON.stringify(a ?? null) === JSON.stringify(b);

/** Saves one competency of a person's sheet; returns whether anything changed. */
export const saveSheetEntry = (ctx: StoreContext, periodId: string, employeeId: string, entry: SheetEntry): Promise<Result<boolean, StoreError>> =>
  write(ctx, [ctx.db.competencySheets], async (tx) => {
    const id = competencySheetId(periodId, employeeId);
    const sheet = await tx.db.competencySheets.get(id);
    const before = sheet?.entries.find((e) => e.competency === entry.competency);
    if (sameEntry(before, entry)) return false;
    const entries = sheet ? sheet.entries.map((e) => (e.competency === entry.competency ? entry : e)) : [];
    await tx.db.competencySheets.put({ id, periodId, employeeId, entries: before ? entries : [...entries, entry] });
    await tx.audit({ action: before ? 'update' : 'create', entity: 'competencySheets', entityId: id, field: entry.competency, before: before ?? null, after: entry });
    return true;
  });
