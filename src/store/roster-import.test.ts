import { describe, expect, it } from 'vitest';
import { mapHeaderRow, matchDrafts, planRosterImport, rowsToDrafts, type Cell } from '../domain';
import { addEmployee, addUnit } from './organisation';
import { applyRosterPlan, undoImport } from './roster-import';
import { testContext } from './test-support';

describe('roster import: one transaction, undone as a whole', () => {
  it('applies adds, updates, new units and dismissals, then undoes all of it', async () => {
    const ctx = testContext();
    const unit = await addUnit(ctx, 'Отдел кадров', null);
    if (!unit.ok) throw new Error();
    const stored = await addEmployee(ctx, {
      surname: 'Иванова',
      name: 'Ольга',
      patronymic: 'Петровна',
      iin: '900101400023',
      position: 'Специалист',
      category: 'E-4',
      unitId: unit.value.id,
      managerId: null,
      appointedOn: '2021-09-16',
      publicServices: false,
    });
    if (!stored.ok) throw new Error();
    const header: Cell[] = ['ФИО', 'ИИН', 'Должность', 'Категория', 'Подразделение', 'Дата назначения', 'Дата увольнения'];
    const rows: Cell[][] = [
      header,
      ['Иванова Ольга Петровна', '900101400023', 'Главный специалист', 'E-3', 'Отдел кадров', '16.09.2021', ''],
      ['Ким Виктор Петрович', '', 'Специалист', 'E-4', 'Юридический отдел', '01.01.2020', '01.10.2026'],
    ];
    const existing = { units: await ctx.db.units.toArray(), employees: await ctx.db.employees.toArray(), statuses: [] };
    const matches = matchDrafts(rowsToDrafts(rows, 0, mapHeaderRow(header), 'S'), existing);
    const plan = planRosterImport({ matches, actions: new Map(), existing, newId: ctx.newId });
    const before = {
      units: await ctx.db.units.toArray(),
      employees: await ctx.db.employees.toArray(),
      statuses: await ctx.db.statuses.toArray(),
    };

    const applied = await applyRosterPlan(ctx, plan, 'roster.xlsx');
    if (!applied.ok) throw new Error(applied.error.code);
    expect(applied.value).toMatchObject({ added: 1, updated: 1, units: 1 });
    expect(await ctx.db.employees.count()).toBe(2);
    expect((await ctx.db.employees.get(stored.value.id))?.position).toBe('Главный специалист');
    expect(await ctx.db.statuses.count()).toBe(1);
    expect(await ctx.db.audit.where('batchId').equals(applied.value.batchId).count()).toBe(1);

    expect(await undoImport(ctx, applied.value.batchId)).toMatchObject({ ok: true });
    expect({
      units: await ctx.db.units.toArray(),
      employees: await ctx.db.employees.toArray(),
      statuses: await ctx.db.statuses.toArray(),
    }).toEqual(before);
    expect(await undoImport(ctx, applied.value.batchId)).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('writes nothing when any part fails (a unit id that already exists)', async () => {
    const ctx = testContext();
    const unit = await addUnit(ctx, 'Отдел', null);
    if (!unit.ok) throw new Error();
    const plan = {
      units: [unit.value],
      employees: [
        {
          id: 'p',
          surname: 'Ким',
          name: 'Ольга',
          patronymic: '',
          iin: '',
          position: 'С',
          category: 'E-4',
          unitId: unit.value.id,
          managerId: null,
          appointedOn: '2020-01-01',
          publicServices: false,
        },
      ],
      statuses: [],
      updatedIds: [],
      counts: { added: 1, updated: 0, skipped: 0 },
    };
    const auditBefore = await ctx.db.audit.count();
    expect(await applyRosterPlan(ctx, plan, 'x.xlsx')).toMatchObject({ ok: false, error: { code: 'constraint' } });
    expect(await ctx.db.employees.count()).toBe(0);
    expect(await ctx.db.audit.count()).toBe(auditBefore);
  });
});
