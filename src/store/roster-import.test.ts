import { describe, expect, it } from 'vitest';
import {
  absentDismissals,
  mapHeaderRow,
  mappingToSave,
  matchDrafts,
  previewRoster,
  planRosterImport,
  rowsToDrafts,
  type Cell,
  type Employee,
  type StatusInterval,
} from '../domain';
import { addEmployee, addUnit } from './organisation';
import { RECORDS_PER_BATCH } from './context';
import { applyRosterPlan, undoImport } from './roster-import';
import { readSettings, SETTING_KEYS } from './settings';
import { testContext } from './test-support';
import { storedPerson } from '../domain/roster-test-support';

const person = (i: number, unitId: string): Employee =>
  storedPerson({ id: `p${i}`, surname: `Ким${i}`, patronymic: '', iin: '', position: 'С', unitId, appointedOn: '2020-01-01' });

describe('roster import: one transaction, undone as a whole', () => {
  it('applies adds, updates, new units and dismissals, then undoes all of it', async () => {
    const ctx = testContext();
    const unit = await addUnit(ctx, 'Отдел кадров', null);
    if (!unit.ok) throw new Error();
    const { id: _id, ...fields } = storedPerson({ unitId: unit.value.id });
    const stored = await addEmployee(ctx, fields);
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

  it('issue 19 §1: dismisses the absentees of a full roster and keeps the mapping in the one transaction; undo takes both back', async () => {
    const ctx = testContext();
    const unit = await addUnit(ctx, 'Отдел кадров', null);
    if (!unit.ok) throw new Error();
    const { id: _a, ...ivanova } = storedPerson({ unitId: unit.value.id });
    const { id: _b, ...kim } = storedPerson({ surname: 'Ким', iin: '', unitId: unit.value.id });
    const stored = [await addEmployee(ctx, ivanova), await addEmployee(ctx, kim)];
    if (!stored.every((r) => r.ok)) throw new Error();
    const header: Cell[] = ['ФИО', 'ИИН', 'Должность', 'Категория', 'Подразделение', 'Дата назначения'];
    const rows: Cell[][] = [
      header,
      ['Иванова Ольга Петровна', '900101400023', 'Главный специалист', 'E-3', 'Отдел кадров', '16.09.2021'],
    ];
    const existing = { units: await ctx.db.units.toArray(), employees: await ctx.db.employees.toArray(), statuses: [] };
    const mapping = mapHeaderRow(header);
    const preview = previewRoster({ rows, headerRow: 0, mapping, sheet: 'S', existing });
    const chosen = new Set(preview.absentFromAgency.map((e) => e.id));
    const dismissals = absentDismissals(preview.absentFromAgency, { scope: 'full', on: '2026-11-30', chosen });
    if (!dismissals.ok) throw new Error(dismissals.error.code);
    const plan = planRosterImport({
      matches: preview.matches,
      actions: new Map(),
      existing,
      newId: ctx.newId,
      dismissAbsent: dismissals.value,
    });
    const saved = mappingToSave(rows, 0, mapping, '2026-12-02');

    const applied = await applyRosterPlan(ctx, plan, 'full.xlsx', saved);
    if (!applied.ok) throw new Error(applied.error.code);
    expect(applied.value).toMatchObject({ added: 0, updated: 1, dismissed: 1 });
    expect((await ctx.db.statuses.toArray()).map((s) => [s.employeeId, s.kind, s.from])).toEqual([
      [preview.absentFromAgency[0]?.id, 'dismissed', '2026-11-30'],
    ]);
    expect(readSettings(await ctx.db.settings.toArray()).rosterMapping).toEqual(saved);
    expect(await ctx.db.audit.where('batchId').equals(applied.value.batchId).count()).toBe(1);

    expect(await undoImport(ctx, applied.value.batchId)).toMatchObject({ ok: true });
    expect(await ctx.db.statuses.count()).toBe(0);
    expect(await ctx.db.settings.get(SETTING_KEYS.rosterMapping)).toBeUndefined();
  });

  it('writes nothing when any part fails (a unit id that already exists)', async () => {
    const ctx = testContext();
    const unit = await addUnit(ctx, 'Отдел', null);
    if (!unit.ok) throw new Error();
    const plan = {
      units: [unit.value],
      employees: [{ ...person(0, unit.value.id), id: 'p', surname: 'Ким' }],
      statuses: [],
      updatedIds: [],
      counts: { added: 1, updated: 0, skipped: 0, dismissed: 0 },
    };
    const auditBefore = await ctx.db.audit.count();
    const mapping = mappingToSave([['ФИО', 'Отдел']], 0, ['fullName', 'unit'], '2026-12-02');
    expect(await applyRosterPlan(ctx, plan, 'x.xlsx', mapping)).toMatchObject({ ok: false, error: { code: 'constraint' } });
    expect(await ctx.db.employees.count()).toBe(0);
    expect(await ctx.db.settings.get(SETTING_KEYS.rosterMapping)).toBeUndefined();
    expect(await ctx.db.audit.count()).toBe(auditBefore);
  });

  // Many records are written in slices (the page answers in between), still in one transaction.
  const many = 2 * RECORDS_PER_BATCH + 7;

  it('writes a roster of several slices whole, and undoes it whole', async () => {
    const ctx = testContext();
    const unit = { id: 'u', name: 'Отдел', parentId: null, order: 0 };
    const employees = Array.from({ length: many }, (_, i) => person(i, unit.id));
    const plan = {
      units: [unit],
      employees,
      statuses: [],
      updatedIds: [],
      counts: { added: many, updated: 0, skipped: 0, dismissed: 0 },
    };
    const applied = await applyRosterPlan(ctx, plan, 'big.xlsx');
    if (!applied.ok) throw new Error(applied.error.code);
    expect(applied.value).toMatchObject({ added: many, updated: 0, units: 1 });
    expect(await ctx.db.employees.count()).toBe(many);
    expect(await undoImport(ctx, applied.value.batchId)).toMatchObject({ ok: true });
    expect(await ctx.db.employees.count()).toBe(0);
    expect(await ctx.db.units.count()).toBe(0);
  });

  it('writes nothing when a record of a later slice fails: the slices already written are undone with it', async () => {
    const ctx = testContext();
    const unit = { id: 'u', name: 'Отдел', parentId: null, order: 0 };
    const employees = Array.from({ length: many }, (_, i) => person(i, unit.id));
    const dismissal = (id: string): StatusInterval => ({
      id,
      employeeId: 'p0',
      kind: 'dismissed',
      from: '2026-01-01',
      to: null,
      note: '',
    });
    // The statuses are written after every slice of people; the last one repeats an id.
    const plan = {
      units: [unit],
      employees,
      statuses: [dismissal('s1'), dismissal('s1')],
      updatedIds: [],
      counts: { added: many, updated: 0, skipped: 0, dismissed: 0 },
    };
    const auditBefore = await ctx.db.audit.count();
    expect(await applyRosterPlan(ctx, plan, 'big.xlsx')).toMatchObject({ ok: false, error: { code: 'constraint' } });
    expect(await ctx.db.employees.count()).toBe(0);
    expect(await ctx.db.units.count()).toBe(0);
    expect(await ctx.db.statuses.count()).toBe(0);
    expect(await ctx.db.audit.count()).toBe(auditBefore);
  });
});
