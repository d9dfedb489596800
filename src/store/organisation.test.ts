import { afterEach, describe, expect, it } from 'vitest';
import { classifyStoreError } from './errors';
import {
  addEmployee,
  addStatus,
  addUnit,
  deleteEmployee,
  deleteUnit,
  moveUnit,
  renameUnit,
  updateEmployee,
} from './organisation';
import { testContext } from './test-support';
import { write } from './context';

const ctx = testContext();
afterEach(async () => {
  await Promise.all(ctx.db.tables.map((t) => t.clear()));
});

const draft = (unitId: string) => ({
  surname: 'Ким',
  name: 'Ольга',
  patronymic: '',
  iin: '',
  position: 'Специалист',
  category: 'E-4',
  unitId,
  managerId: null,
  appointedOn: '2020-01-01',
  publicServices: false,
});
const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('every write is one audited transaction', () => {
  it('logs who changed which field from what to what', async () => {
    const unit = value(await addUnit(ctx, 'Отдел кадров', null));
    const e = value(await addEmployee(ctx, draft(unit.id)));
    value(await updateEmployee(ctx, e.id, { position: 'Главный специалист', category: 'E-3' }, 'приказ №12'));
    const log = await ctx.db.audit.where('entityId').equals(e.id).toArray();
    expect(log.map((a) => [a.action, a.field, a.before, a.after, a.operator, a.reason])).toEqual([
      ['create', '*', null, e, 'Тестов Т.', ''],
      ['update', 'position', 'Специалист', 'Главный специалист', 'Тестов Т.', 'приказ №12'],
      ['update', 'category', 'E-4', 'E-3', 'Тестов Т.', 'приказ №12'],
    ]);
  });

  it('an update that changes nothing writes nothing', async () => {
    const unit = value(await addUnit(ctx, 'Отдел', null));
    const before = await ctx.db.audit.count();
    value(await renameUnit(ctx, unit.id, 'Отдел'));
    expect(await ctx.db.audit.count()).toBe(before);
  });

  it('issue 19 §6: a unit is added and renamed with its Kazakh and Russian names; a unit with neither is refused', async () => {
    const unit = value(await addUnit(ctx, { kk: ' Заң бөлімі ', ru: 'Юридический отдел' }, null));
    expect(unit).toMatchObject({ name: 'Юридический отдел', names: { kk: 'Заң бөлімі', ru: 'Юридический отдел' } });
    const renamed = value(await renameUnit(ctx, unit.id, { kk: 'Құқықтық бөлім', ru: '' }));
    expect(await ctx.db.units.get(unit.id)).toEqual(renamed);
    expect(renamed).toMatchObject({ name: 'Құқықтық бөлім', names: { kk: 'Құқықтық бөлім' } });
    const log = await ctx.db.audit.where('entityId').equals(unit.id).toArray();
    expect(log.filter((a) => a.action === 'update').map((a) => a.field)).toEqual(['name', 'names']);
    const refused = await addUnit(ctx, { kk: ' ', ru: '' }, null);
    expect(refused.ok).toBe(false);
    expect((await renameUnit(ctx, unit.id, {})).ok).toBe(false);
    expect(await ctx.db.units.get(unit.id)).toEqual(renamed);
  });

  it('a failure inside a transaction leaves nothing half-applied (no record, no audit entry)', async () => {
    const unit = value(await addUnit(ctx, 'Отдел', null));
    const before = { employees: await ctx.db.employees.count(), audit: await ctx.db.audit.count() };
    const result = await write(ctx, [ctx.db.employees], async (tx) => {
      await tx.db.employees.add({ ...draft(unit.id), id: 'x' });
      await tx.audit({ action: 'create', entity: 'employees', entityId: 'x', field: '*', before: null, after: null });
      await tx.db.employees.add({ ...draft(unit.id), id: 'x' }); // same key: ConstraintError
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'constraint' } });
    expect({ employees: await ctx.db.employees.count(), audit: await ctx.db.audit.count() }).toEqual(before);
  });
});

describe('the unit tree', () => {
  it('deletes a unit only when it has neither people nor sub-units', async () => {
    const parent = value(await addUnit(ctx, 'Аппарат', null));
    const child = value(await addUnit(ctx, 'Отдел', parent.id));
    const person = value(await addEmployee(ctx, draft(child.id)));
    expect(await deleteUnit(ctx, parent.id)).toMatchObject({ ok: false, error: { code: 'unitNotEmpty' } });
    expect(await deleteUnit(ctx, child.id)).toMatchObject({ ok: false, error: { code: 'unitNotEmpty' } });
    value(await deleteEmployee(ctx, person.id));
    value(await deleteUnit(ctx, child.id));
    value(await deleteUnit(ctx, parent.id));
    expect(await ctx.db.units.count()).toBe(0);
  });

  it('moves a unit, but never under itself or its own descendant', async () => {
    const a = value(await addUnit(ctx, 'A', null));
    const b = value(await addUnit(ctx, 'B', a.id));
    const c = value(await addUnit(ctx, 'C', null));
    expect(await moveUnit(ctx, a.id, b.id)).toMatchObject({ ok: false, error: { code: 'unitCycle' } });
    expect(await moveUnit(ctx, a.id, a.id)).toMatchObject({ ok: false, error: { code: 'unitCycle' } });
    expect(value(await moveUnit(ctx, b.id, c.id))).toMatchObject({ parentId: c.id });
  });

  it('deleting a person removes their statuses and clears them as anyone’s manager', async () => {
    const unit = value(await addUnit(ctx, 'Отдел', null));
    const boss = value(await addEmployee(ctx, draft(unit.id)));
    const staff = value(await addEmployee(ctx, { ...draft(unit.id), managerId: boss.id }));
    value(await addStatus(ctx, { employeeId: boss.id, kind: 'labourLeave', from: '2026-07-01', to: '2026-07-24', note: '' }));
    value(await deleteEmployee(ctx, boss.id));
    expect(await ctx.db.statuses.count()).toBe(0);
    expect((await ctx.db.employees.get(staff.id))?.managerId).toBeNull();
  });
});

describe('storage errors are classified by name', () => {
  it('recognises quota, version, closed and constraint errors, also when wrapped', () => {
    expect(classifyStoreError(new DOMException('full', 'QuotaExceededError')).code).toBe('quota');
    expect(classifyStoreError({ name: 'AbortError', inner: { name: 'QuotaExceededError', message: 'x' } }).code).toBe('quota');
    expect(classifyStoreError({ name: 'VersionError' }).code).toBe('newerVersion');
    expect(classifyStoreError({ name: 'DatabaseClosedError' }).code).toBe('closed');
    expect(classifyStoreError(new Error('boom'))).toEqual({ code: 'unknown', detail: 'boom' });
  });
});
