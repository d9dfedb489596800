/**
 * The one import transaction: a roster plan is applied as a whole (new units, added and updated
 * people, dismissals — of the file's rows and of a full roster's absentees — and the column mapping
 * kept for the agency's next file) with one audit entry that keeps what it replaced, so the import
 * can be undone as a whole. Record granularity stays per person; the audit entry is one record (IndexedDB's cost is
 * per record, see STACK.md). Many records are written in slices inside the transaction, so a big
 * roster costs the page no long task and stays all or nothing.
 */
import type { Employee, RosterPlan, SavedRosterMapping } from '../domain';
import type { Result } from '../domain/result';
import { bulkWrite, Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';
import { SETTING_KEYS } from './settings';

export interface ImportRecord {
  readonly fileName: string;
  readonly added: {
    readonly units: readonly string[];
    readonly employees: readonly string[];
    readonly statuses: readonly string[];
  };
  /** People as they were before the import updated them. */
  readonly replaced: readonly Employee[];
  /** The column mapping the import kept for the agency, and the one it replaced (null: none). */
  readonly mapping?: { readonly saved: SavedRosterMapping; readonly before: unknown };
}

export interface ImportSummary {
  readonly batchId: string;
  readonly added: number;
  readonly updated: number;
  readonly units: number;
  /** People the full roster left out, marked as dismissed. */
  readonly dismissed: number;
}

export const applyRosterPlan = (
  ctx: StoreContext,
  plan: RosterPlan,
  fileName: string,
  mapping?: SavedRosterMapping,
): Promise<Result<ImportSummary, StoreError>> =>
  write(ctx, [ctx.db.units, ctx.db.employees, ctx.db.statuses, ctx.db.settings], async (tx) => {
    const batchId = ctx.newId();
    const ids = plan.employees.map((e) => e.id);
    // Only the people the plan updates are read back (to undo them); new ones have nothing to keep.
    const previous = (await tx.db.employees.bulkGet([...plan.updatedIds])).filter((e): e is Employee => e !== undefined);
    const previousIds = new Set(previous.map((e) => e.id));
    // In slices, inside this one transaction: the page answers while 10,000 people are written.
    await bulkWrite(tx.db.units, 'add', plan.units);
    await bulkWrite(tx.db.employees, 'put', plan.employees);
    await bulkWrite(tx.db.statuses, 'add', plan.statuses);
    const mappingBefore = mapping ? ((await tx.db.settings.get(SETTING_KEYS.rosterMapping))?.value ?? null) : null;
    if (mapping) await tx.db.settings.put({ key: SETTING_KEYS.rosterMapping, value: mapping });
    const record: ImportRecord = {
      fileName,
      added: {
        units: plan.units.map((u) => u.id),
        employees: ids.filter((id) => !previousIds.has(id)),
        statuses: plan.statuses.map((s) => s.id),
      },
      replaced: previous,
      ...(mapping ? { mapping: { saved: mapping, before: mappingBefore } } : {}),
    };
    await tx.audit({ action: 'import', entity: 'roster', entityId: fileName, field: '*', before: null, after: record, batchId });
    return {
      batchId,
      added: record.added.employees.length,
      updated: previous.length,
      units: plan.units.length,
      dismissed: plan.counts.dismissed,
    };
  });

/**
 * Undoes a whole import: removes what it added and puts back what it replaced. Refused when an
 * added record has been used since (a unit that later got people from elsewhere stays).
 */
export const undoImport = (ctx: StoreContext, batchId: string): Promise<Result<void, StoreError>> =>
  write(ctx, [ctx.db.units, ctx.db.employees, ctx.db.statuses, ctx.db.settings], async (tx) => {
    const entry = await tx.db.audit
      .where('batchId')
      .equals(batchId)
      .filter((a) => a.action === 'import')
      .first();
    if (!entry) throw new Refusal('notFound', batchId);
    const undone = await tx.db.audit
      .where('batchId')
      .equals(batchId)
      .filter((a) => a.action === 'undoImport')
      .count();
    if (undone > 0) throw new Refusal('notFound', batchId);
    const record = entry.after as ImportRecord;
    const addedEmployees = new Set(record.added.employees);
    const orphanStatuses = await tx.db.statuses
      .where('employeeId')
      .anyOf([...addedEmployees])
      .primaryKeys();
    await tx.db.statuses.bulkDelete([...record.added.statuses, ...orphanStatuses]);
    await tx.db.employees.bulkDelete([...addedEmployees]);
    await bulkWrite(tx.db.employees, 'put', record.replaced);
    const stillUsed = new Set(
      (
        await tx.db.employees
          .where('unitId')
          .anyOf([...record.added.units])
          .toArray()
      ).map((e) => e.unitId),
    );
    const removableUnits = record.added.units.filter((id) => !stillUsed.has(id));
    await tx.db.units.bulkDelete(removableUnits);
    // The mapping goes back to the one before, unless a later import has kept one of its own.
    if (record.mapping) {
      const now = (await tx.db.settings.get(SETTING_KEYS.rosterMapping))?.value;
      if (JSON.stringify(now) === JSON.stringify(record.mapping.saved)) {
        if (record.mapping.before === null) await tx.db.settings.delete(SETTING_KEYS.rosterMapping);
        else await tx.db.settings.put({ key: SETTING_KEYS.rosterMapping, value: record.mapping.before });
      }
    }
    await tx.audit({
      action: 'undoImport',
      entity: 'roster',
      entityId: record.fileName,
      field: '*',
      before: record,
      after: null,
      batchId,
    });
  });
