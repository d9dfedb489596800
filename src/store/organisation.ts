/**
 * Writes to the organisation: agency settings, the unit tree, employees and their status intervals.
 * Each call is one audited transaction.
 */
import {
  unitNamesRecord,
  type Agency,
  type CalendarAmendments,
  type Employee,
  type StatusInterval,
  type Unit,
  type UnitNames,
} from '../domain';
import type { Result } from '../domain/result';
import { fieldChanges, Refusal, write, type StoreContext, type Tx } from './context';
import type { StoreError } from './errors';
import { SETTING_KEYS } from './settings';

type R<T> = Promise<Result<T, StoreError>>;

async function updateRecord<T extends { id: string }>(
  tx: Tx,
  table: 'agency' | 'units' | 'employees' | 'statuses',
  id: string,
  patch: Partial<T>,
  reason?: string,
): Promise<T> {
  const store = tx.db[table] as unknown as { get(id: string): Promise<T | undefined>; put(v: T): Promise<unknown> };
  const before = await store.get(id);
  if (!before) throw new Refusal('notFound', id);
  const after = { ...before, ...patch };
  const changes = fieldChanges(before, after);
  if (changes.length === 0) return before;
  await store.put(after);
  for (const c of changes) await tx.audit({ action: 'update', entity: table, entityId: id, ...c, ...(reason ? { reason } : {}) });
  return after;
}

export const updateAgency = (ctx: StoreContext, patch: Partial<Omit<Agency, 'id'>>): R<Agency> =>
  write(ctx, [ctx.db.agency], async (tx) => {
    const current = await tx.db.agency.toCollection().first();
    if (!current) throw new Refusal('notFound', 'agency');
    return updateRecord<Agency>(tx, 'agency', current.id, patch);
  });

/** A unit's names: both languages' (`UnitNames`), or one name of no stated language (an older caller). */
const namedUnit = (given: string | UnitNames): Pick<Unit, 'name' | 'names'> => {
  if (typeof given === 'string') {
    if (given.trim() === '') throw new Refusal('invalid', 'name');
    return { name: given.trim() };
  }
  const named = unitNamesRecord(given);
  if (!named) throw new Refusal('invalid', 'name');
  return named;
};

export const addUnit = (ctx: StoreContext, name: string | UnitNames, parentId: string | null): R<Unit> =>
  write(ctx, [ctx.db.units], async (tx) => {
    const named = namedUnit(name);
    const siblings = await tx.db.units.filter((u) => u.parentId === parentId).count();
    const unit: Unit = { id: ctx.newId(), ...named, parentId, order: siblings };
    await tx.db.units.add(unit);
    await tx.audit({ action: 'create', entity: 'units', entityId: unit.id, field: '*', before: null, after: unit });
    return unit;
  });

/** Renames a unit: given both languages' names, they replace the ones it had (a blank one is removed). */
export const renameUnit = (ctx: StoreContext, id: string, name: string | UnitNames): R<Unit> =>
  write(ctx, [ctx.db.units], async (tx) => updateRecord<Unit>(tx, 'units', id, { names: undefined, ...namedUnit(name) }));

/** Moves a unit under another (or to the top); a unit cannot move under itself or its descendants. */
export const moveUnit = (ctx: StoreContext, id: string, parentId: string | null): R<Unit> =>
  write(ctx, [ctx.db.units], async (tx) => {
    const all = await tx.db.units.toArray();
    for (let p = parentId; p !== null; p = all.find((u) => u.id === p)?.parentId ?? null) {
      if (p === id) throw new Refusal('unitCycle', id);
    }
    const order = all.filter((u) => u.parentId === parentId && u.id !== id).length;
    return updateRecord<Unit>(tx, 'units', id, { parentId, order });
  });

/** Deletes a unit only when it has neither people nor sub-units (the UI asks for confirmation). */
export const deleteUnit = (ctx: StoreContext, id: string): R<void> =>
  write(ctx, [ctx.db.units, ctx.db.employees], async (tx) => {
    const unit = await tx.db.units.get(id);
    if (!unit) throw new Refusal('notFound', id);
    const people = await tx.db.employees.where('unitId').equals(id).count();
    const children = await tx.db.units.where('parentId').equals(id).count();
    if (people > 0 || children > 0) throw new Refusal('unitNotEmpty', unit.name);
    await tx.db.units.delete(id);
    await tx.audit({ action: 'delete', entity: 'units', entityId: id, field: '*', before: unit, after: null });
  });

export const addEmployee = (ctx: StoreContext, draft: Omit<Employee, 'id'>): R<Employee> =>
  write(ctx, [ctx.db.employees], async (tx) => {
    const employee: Employee = { ...draft, id: ctx.newId() };
    await tx.db.employees.add(employee);
    await tx.audit({ action: 'create', entity: 'employees', entityId: employee.id, field: '*', before: null, after: employee });
    return employee;
  });

export const updateEmployee = (
  ctx: StoreContext,
  id: string,
  patch: Partial<Omit<Employee, 'id'>>,
  reason?: string,
): R<Employee> => write(ctx, [ctx.db.employees], (tx) => updateRecord<Employee>(tx, 'employees', id, patch, reason));

/** Removes a person and their status intervals (a dismissal is usually the better record). */
export const deleteEmployee = (ctx: StoreContext, id: string): R<void> =>
  write(ctx, [ctx.db.employees, ctx.db.statuses], async (tx) => {
    const employee = await tx.db.employees.get(id);
    if (!employee) throw new Refusal('notFound', id);
    const statuses = await tx.db.statuses.where('employeeId').equals(id).toArray();
    await tx.db.statuses.bulkDelete(statuses.map((s) => s.id));
    await tx.db.employees.delete(id);
    // People who reported to them no longer have a manager on record.
    const reports = await tx.db.employees.where('managerId').equals(id).toArray();
    await tx.db.employees.bulkPut(reports.map((r) => ({ ...r, managerId: null })));
    await tx.audit({
      action: 'delete',
      entity: 'employees',
      entityId: id,
      field: '*',
      before: { employee, statuses },
      after: null,
    });
  });

export const addStatus = (ctx: StoreContext, draft: Omit<StatusInterval, 'id'>): R<StatusInterval> =>
  write(ctx, [ctx.db.statuses], async (tx) => {
    const status: StatusInterval = { ...draft, id: ctx.newId() };
    await tx.db.statuses.add(status);
    await tx.audit({ action: 'create', entity: 'statuses', entityId: status.id, field: '*', before: null, after: status });
    return status;
  });

export const updateStatus = (
  ctx: StoreContext,
  id: string,
  patch: Partial<Omit<StatusInterval, 'id' | 'employeeId'>>,
): R<StatusInterval> => write(ctx, [ctx.db.statuses], (tx) => updateRecord<StatusInterval>(tx, 'statuses', id, patch));

export const deleteStatus = (ctx: StoreContext, id: string): R<void> =>
  write(ctx, [ctx.db.statuses], async (tx) => {
    const status = await tx.db.statuses.get(id);
    if (!status) throw new Refusal('notFound', id);
    await tx.db.statuses.delete(id);
    await tx.audit({ action: 'delete', entity: 'statuses', entityId: id, field: '*', before: status, after: null });
  });

const setSetting = (ctx: StoreContext, key: string, value: unknown): R<void> =>
  write(ctx, [ctx.db.settings], async (tx) => {
    const before = await tx.db.settings.get(key);
    if (JSON.stringify(before?.value) === JSON.stringify(value)) return;
    await tx.db.settings.put({ key, value });
    await tx.audit({
      action: 'update',
      entity: 'settings',
      entityId: key,
      field: 'value',
      before: before?.value ?? null,
      after: value,
    });
  });

/** HR's amendments of the working-day calendar. */
export const setCalendarAmendments = (ctx: StoreContext, amendments: CalendarAmendments): R<void> =>
  setSetting(ctx, SETTING_KEYS.calendarAmendments, amendments);
