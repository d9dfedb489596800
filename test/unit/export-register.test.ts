/**
 * Issue 20 §1: a returned unit workbook is checked against the agency's export register, never
 * against what its hidden `_meta` sheet says about itself; row fingerprints are keyed (HMAC).
 * Each attack of the issue is tried and must fail.
 */
import { describe, expect, it } from 'vitest';
import {
  checkAgainstRegister,
  planUnitImport,
  returnedTexts,
  rowHash,
  scoreKey,
  type ExchangeComponent,
  type ReturnedWorkbook,
} from '../../src/domain';
import { readUnitWorkbook, writeUnitWorkbook, type UnitSheetInput, type UnitWorkbookInput } from '../../src/io/unit-workbook';
import { normaliseSnapshot, takeSnapshot } from '../../src/store/backup';
import { keyedFingerprints, registerUnitExport } from '../../src/store/export-register';
import { testContext } from '../../src/store/test-support';
import { editWorkbookBytes } from '../support/workbook-edit';
import { fingerprinter } from '../../src/platform/hmac';

const ranking: UnitSheetInput = {
  component: 'ranking',
  name: 'Ранжирование',
  title: 'Ранжирование служащих',
  subtitle: 'Юридический отдел · 3 кв. 2026',
  headers: ['ID', '№', 'ФИО', 'Категория', 'Статус'],
  widths: [5, 36, 10, 34],
  hashed: [2, 3],
  status: 4,
  params: [
    { id: 'quality', header: 'Качество (0–5)' },
    { id: 'deadlines', header: 'Сроки (0–5)' },
  ],
  rows: [
    { id: 'e1', cells: [1, 'Ахметов Ерлан', 'E-4', 'оценивается'], values: { quality: 400 } },
    { id: 'e2', cells: [2, 'Ким Ольга', 'E-3', 'оценивается'], values: {} },
  ],
};
const input: UnitWorkbookInput = {
  instructions: { sheet: 'Инструкция', lines: ['Заполните столбцы с баллами 0–5.'] },
  sheets: [ranking],
  envelope: {
    agencyId: 'a1',
    periodId: '2026-Q3',
    unitId: 'u1',
    exportedAt: '2026-10-01T09:00:00.000Z',
    profileId: 'typical-2023',
    profileVersion: 1,
    lang: 'ru',
  },
};
const planInput = {
  // e9 is in another unit: the attack writes its scores through u1's workbook.
  unitOf: new Map([
    ['e1', 'u1'],
    ['e2', 'u1'],
    ['e9', 'u2'],
  ]),
  evaluated: () => true,
  locked: () => false,
  params: (component: ExchangeComponent) => new Set(component === 'ranking' ? ['quality', 'deadlines'] : ['k1']),
  current: new Map([[scoreKey('ranking', 'e1'), { quality: 400 }]]),
};

/** Exports through the register as the Exchange page does: the record first, then the file with its id and keyed fingerprints. */
async function exported() {
  const ctx = testContext();
  await ctx.db.open();
  const { points: _points, ...envelope } = input.envelope;
  const registered = await registerUnitExport(ctx, fingerprinter, envelope, input.sheets);
  if (!registered.ok) throw new Error(registered.error.code);
  const bytes = writeUnitWorkbook({
    ...input,
    fingerprints: registered.value.fingerprints,
    envelope: { ...input.envelope, exportId: registered.value.record.id },
  });
  return { ctx, bytes, record: registered.value.record };
}

const read = (bytes: Uint8Array): ReturnedWorkbook => {
  const r = readUnitWorkbook(bytes, 'отдел.xlsx');
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const setMeta = (key: string, value: string) => (rows: unknown[][]) =>
  rows.some((r) => r[0] === key) ? rows.map((r) => (r[0] === key ? [key, value] : r)) : [...rows, [key, value]];

/** The import as the Exchange page runs it: the register's record, then keyed fingerprints, then the plan. */
async function importAs(ctx: Awaited<ReturnType<typeof exported>>['ctx'], bytes: Uint8Array) {
  const file = read(bytes);
  const record = await ctx.db.exports.get(file.envelope.exportId ?? '');
  const checked = checkAgainstRegister(file, record);
  if (!checked.ok) return { refusal: checked.refusal };
  const keyed = await keyedFingerprints(ctx, fingerprinter, returnedTexts(checked.file));
  if (!keyed.ok) throw new Error(keyed.error.code);
  return { plan: planUnitImport({ ...planInput, file: { ...checked.file, fingerprints: keyed.value } }) };
}

describe('the export register (issue 20 §1)', () => {
  it('an honest workbook comes back verified: its score applies', async () => {
    const { ctx, bytes } = await exported();
    const result = await importAs(ctx, editWorkbookBytes(bytes, 'Ранжирование', { G6: 3 }));
    expect(result.plan?.problems).toEqual([]);
    expect(result.plan?.changes.map((c) => [c.employeeId, c.param, c.after])).toEqual([['e2', 'deadlines', 300]]);
  });

  it('keys its fingerprints: the one in the file is not the unkeyed FNV of the row anyone can recompute', async () => {
    const { record } = await exported();
    const row = record.sections[0]?.rows[0];
    expect(row?.hash).toMatch(/^[0-9a-f]{32}$/);
    expect(row?.hash).not.toBe(rowHash(['e1', 'Ахметов Ерлан', 'E-4']));
  });

  it('the forged unit: _meta says another unit and a row is re-keyed to another unit’s person — nothing of that person is written', async () => {
    const { ctx, bytes } = await exported();
    const forged = editWorkbookBytes(bytes, 'Ранжирование', { A5: 'e9', F5: 5, G5: 5 }, (rows) => {
      const renamed = rows.map((r) => (r[0] === 'row:ranking:e1' ? ['row:ranking:e9', r[1]] : r));
      return setMeta('unitId', 'u2')(renamed);
    });
    const result = await importAs(ctx, forged);
    expect(result.plan?.unitId).toBe('u1');
    expect(result.plan?.changes.filter((c) => c.employeeId === 'e9')).toEqual([]);
    expect(result.plan?.problems.map((p) => p.code)).toContain('rowUnknown');
  });

  it('a row re-keyed to `__proto__` or to someone never in the unit is a row the register never sent — not "not evaluated", not "no longer in this unit"', async () => {
    const { ctx, bytes } = await exported();
    for (const id of ['__proto__', 'never-here']) {
      const forged = editWorkbookBytes(bytes, 'Ранжирование', { A5: id, F5: 5 }, (rows) =>
        rows.map((r) => (r[0] === 'row:ranking:e1' ? [`row:ranking:${id}`, r[1]] : r)),
      );
      const result = await importAs(ctx, forged);
      const codes = result.plan?.problems.map((p) => p.code) ?? [];
      expect(codes, id).toContain('rowUnknown');
      expect(codes, id).not.toContain('excluded');
      expect(codes, id).not.toContain('rowOtherUnit');
      expect(result.plan?.changes.filter((c) => c.employeeId === id)).toEqual([]);
    }
  });

  it('a name edited with its unkeyed fingerprint recomputed in _meta is still caught', async () => {
    const { ctx, bytes } = await exported();
    const meta = JSON.stringify({ h: rowHash(['e1', 'Другой Человек', 'E-4']), v: { quality: 400 } });
    const tampered = editWorkbookBytes(bytes, 'Ранжирование', { C5: 'Другой Человек', F5: 5 }, (rows) =>
      rows.map((r) => (r[0] === 'row:ranking:e1' ? ['row:ranking:e1', meta] : r)),
    );
    const result = await importAs(ctx, tampered);
    expect(result.plan?.problems.map((p) => p.code)).toContain('rowTampered');
    expect(result.plan?.changes).toEqual([]);
  });

  it('the self-scored KCI: a kci section added to _meta is refused — the register never sent one', async () => {
    const { ctx, bytes } = await exported();
    const file = read(bytes);
    const kci = { ...file.envelope.sections[0], component: 'kci', sheet: 'КЦИ' };
    const withKci = editWorkbookBytes(bytes, 'Ранжирование', {}, (rows) => {
      const sections = JSON.parse(String(rows.find((r) => r[0] === 'sections')?.[1])) as unknown[];
      return setMeta('sections', JSON.stringify([...sections, { ...kci, rows: undefined }]))(rows);
    });
    const read2 = readUnitWorkbook(withKci, 'x.xlsx');
    // The reader finds no such sheet (layoutChanged), or the register refuses the section: either way nothing is read.
    if (read2.ok) {
      const record = await ctx.db.exports.get(read2.value.envelope.exportId ?? '');
      expect(checkAgainstRegister(read2.value, record)).toMatchObject({ ok: false, refusal: 'sectionNotExported' });
    } else expect(read2.error.code).toBe('layoutChanged');
  });

  it('a layout edited in _meta (a read-only column made a score column) is refused', async () => {
    const { ctx, bytes } = await exported();
    const edited = editWorkbookBytes(bytes, 'Ранжирование', {}, (rows) => {
      const sections = JSON.parse(String(rows.find((r) => r[0] === 'sections')?.[1])) as { hashed: number[] }[];
      return setMeta('sections', JSON.stringify(sections.map((s) => ({ ...s, hashed: [2] }))))(rows);
    });
    expect(await importAs(ctx, edited)).toEqual({ refusal: 'layoutChanged' });
  });

  it('an export id the register does not know, or none (a workbook from before the register), is refused', async () => {
    const { ctx, bytes } = await exported();
    expect(await importAs(ctx, editWorkbookBytes(bytes, 'Ранжирование', {}, setMeta('exportId', 'made-up')))).toEqual({
      refusal: 'notRegistered',
    });
    expect(await importAs(ctx, writeUnitWorkbook(input))).toEqual({ refusal: 'notRegistered' });
  });

  it('the register and its secret travel in the backup, so a workbook sent before a restore still verifies after it', async () => {
    const { ctx } = await exported();
    const snapshot = await takeSnapshot(ctx.db);
    expect(snapshot.exports).toHaveLength(1);
    expect(snapshot.settings.map((s) => s['key'])).toContain('exportSecret');
    // The register's rows pass the backup's validation (this bare database has no agency row, the one problem).
    const restored = normaliseSnapshot(snapshot as never);
    expect(restored.ok ? [] : restored.error.map((p) => p.code)).toEqual(['noAgency']);
  });

  it('the audit says a secret was made, never what it is', async () => {
    const { ctx } = await exported();
    const secret = (await ctx.db.settings.get('exportSecret'))?.value;
    const audit = JSON.stringify(await ctx.db.audit.toArray());
    expect(typeof secret).toBe('string');
    expect(audit).not.toContain(String(secret));
  });
});
