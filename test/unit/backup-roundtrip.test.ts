import { describe, expect, it } from 'vitest';
import { generateDemo, mappingToSave, TYPICAL_2023 } from '../../src/domain';
import { saveProfileVersion } from '../../src/store/profiles';
import { readBackup, writeBackup } from '../../src/io/backup-workbook';
import { readWorkbook } from '../../src/io/read-workbook';
import { createAgency } from '../../src/store/agencies';
import { normaliseSnapshot, restoreSnapshot, takeSnapshot } from '../../src/store/backup';
import { AgencyDb, agencyDbName, RegistryDb } from '../../src/store/db';
import { addUnit, updateEmployee } from '../../src/store/organisation';
import { readSettings, SETTING_KEYS } from '../../src/store/settings';
import type { Setting } from '../../src/store/db';
import { testContext } from '../../src/store/test-support';

const LIMITS = { maxBytes: 1e9, maxPartBytes: 1e9, maxUncompressedBytes: 1e10, maxRows: 1e6, maxSheets: 50 };

async function demoAgency() {
  const ctx = testContext();
  const registry = new RegistryDb();
  const demo = generateDemo({ seed: 3, asOf: '2026-11-22', lang: 'kk', newId: ctx.newId });
  const created = await createAgency(
    registry,
    { nameKk: demo.nameKk, nameRu: demo.nameRu, profileId: 'typical-2023', years: [2026], demo },
    ctx,
  );
  if (!created.ok) throw new Error(created.error.code);
  const db = new AgencyDb(agencyDbName(created.value));
  await db.open();
  return { registry, db, ctx: { ...ctx, db }, id: created.value };
}

const toBackup = async (db: AgencyDb) => writeBackup(await takeSnapshot(db), { exportedAt: 'fixed' });
const fromBackup = (bytes: Uint8Array) => {
  const wb = readWorkbook(bytes, LIMITS);
  if (!wb.ok) throw new Error(wb.error.code);
  const read = readBackup(wb.value);
  if (!read.ok) throw new Error(read.error.code);
  const normalised = normaliseSnapshot(read.value.tables);
  if (!normalised.ok) throw new Error(JSON.stringify(normalised.error));
  return normalised.value;
};

describe('backup and restore', () => {
  it('backup → restore into a fresh database → backup gives the same data, byte for byte in every sheet', async () => {
    const { registry, db, ctx } = await demoAgency();
    await updateEmployee(ctx, (await db.employees.toCollection().first())?.id ?? '', { position: '=формула? нет, текст' });
    await saveProfileVersion(ctx, { ...TYPICAL_2023, id: 'own', builtIn: false, basedOn: 'typical-2023' });
    const first = await takeSnapshot(db);
    const bytes = writeBackup(first, { exportedAt: 'fixed' });
    const agencyId = (first.agency[0] as { id: string }).id;
    db.close();
    await new AgencyDb(agencyDbName(agencyId)).delete();

    const restored = await restoreSnapshot(registry, fromBackup(bytes), 'b.xlsx', testContext());
    expect(restored).toEqual({ ok: true, value: agencyId });
    const again = new AgencyDb(agencyDbName(agencyId));
    await again.open();
    const second = await takeSnapshot(again);
    expect(second).toEqual(first);
    const sheetsOf = (b: Uint8Array) => {
      const wb = readWorkbook(b, LIMITS);
      return wb.ok ? wb.value.sheets.map((s) => [s.name, JSON.stringify(s.rows)]) : [];
    };
    expect(sheetsOf(await toBackup(again))).toEqual(sheetsOf(bytes));
    expect((await registry.log.toArray()).filter((l) => l.action === 'restore')).toHaveLength(1);
    again.close();
  });

  it('issue 19 §6: a unit named in Kazakh and Russian and an older unit with one name come back as they were', async () => {
    const { registry, db, ctx } = await demoAgency();
    const older = await addUnit(ctx, 'Сектор цифровизации', null);
    if (!older.ok) throw new Error(older.error.code);
    const bytes = await toBackup(db);
    const before = await db.units.toArray();
    expect(before.filter((u) => u.names?.kk && u.names.ru)).toHaveLength(5);
    const restored = await restoreSnapshot(registry, fromBackup(bytes), 'b.xlsx', testContext());
    expect(restored.ok).toBe(true);
    const after = await db.units.toArray();
    expect(after).toEqual(before);
    expect(after.find((u) => u.id === older.value.id)).toEqual(older.value);
    expect(after.find((u) => u.name === 'Заң бөлімі' || u.names?.kk === 'Заң бөлімі')?.names).toEqual({
      kk: 'Заң бөлімі',
      ru: 'Юридический отдел',
    });
    db.close();
  });

  it('issue 19 §1: the column mapping of the last roster import travels in the backup with the agency’s settings', async () => {
    const { db } = await demoAgency();
    const saved = mappingToSave([['ФИО', 'Код подр.']], 0, ['fullName', 'unit'], '2026-11-02');
    await db.settings.put({ key: SETTING_KEYS.rosterMapping, value: saved });
    const restored = fromBackup(await toBackup(db));
    expect(readSettings(restored.settings as unknown as Setting[]).rosterMapping).toEqual(saved);
    db.close();
  });

  it('replaces the current data of the same agency on restore', async () => {
    const { registry, db, ctx } = await demoAgency();
    const bytes = await toBackup(db);
    const someone = await db.employees.toCollection().first();
    await updateEmployee(ctx, someone?.id ?? '', { surname: 'Өзгертілген' });
    const restored = await restoreSnapshot(registry, fromBackup(bytes), 'b.xlsx', testContext());
    expect(restored.ok).toBe(true);
    expect((await db.employees.get(someone?.id ?? ''))?.surname).toBe(someone?.surname);
    db.close();
  });

  it('validates every row before writing one: problems name the sheet, row and field', async () => {
    const { db } = await demoAgency();
    const snapshot = await takeSnapshot(db);
    const broken = {
      ...snapshot,
      employees: snapshot.employees.map((e, i) =>
        i === 2 ? { ...e, appointedOn: '2021-02-31' } : i === 4 ? { ...e, unitId: 'nowhere' } : e,
      ),
    };
    const result = normaliseSnapshot(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toEqual([{ table: 'employees', row: 3, field: 'appointedOn', code: 'invalidValue' }]);
    }
    const dangling = normaliseSnapshot({
      ...snapshot,
      employees: snapshot.employees.map((e, i) => (i === 4 ? { ...e, unitId: 'nowhere' } : e)),
    });
    expect(dangling).toMatchObject({
      ok: false,
      error: [{ table: 'employees', row: 5, field: 'unitId', code: 'danglingReference' }],
    });
    const { agency: _agency, ...withoutAgency } = snapshot;
    expect(normaliseSnapshot(withoutAgency)).toMatchObject({ ok: false, error: [{ table: 'agency', code: 'missingTable' }] });
    db.close();
  });
});
