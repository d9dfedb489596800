import { describe, expect, it } from 'vitest';
import { readBackup, writeBackup } from './backup-workbook';
import { readWorkbook, type Limits } from './read-workbook';
import { appendEnvelope, workbookBytes } from './envelope';
import * as XLSX from 'xlsx';

const LIMITS: Limits = { maxBytes: 1e9, maxPartBytes: 1e9, maxUncompressedBytes: 1e10, maxRows: 1e6, maxSheets: 50 };
const roundTrip = (bytes: Uint8Array) => {
  const wb = readWorkbook(bytes, LIMITS);
  if (!wb.ok) throw new Error(wb.error.code);
  return readBackup(wb.value);
};

describe('backup workbook', () => {
  const tables = {
    agency: [{ id: 'a', nameKk: 'Ұйым', nameRu: '', demo: false, createdAt: '2026-01-01T00:00:00.000Z' }],
    employees: [
      { id: 'e1', surname: '=SUM(1,2)', patronymic: '', iin: '010203500296', managerId: null, publicServices: true, order: 3.5 },
      { id: 'e2', surname: 'json:looks like ours', patronymic: 'blob:1', iin: '', managerId: 'e1', publicServices: false },
    ],
    audit: [{ id: 1, before: { nested: [1, 'two', null] }, after: 'x'.repeat(70_000), batchId: undefined }],
  };

  it('round-trips every value exactly: empty strings, null, numbers, booleans, nested data, long text, formula-like text', () => {
    const result = roundTrip(writeBackup(tables, { agencyId: 'a', exportedAt: '2026-11-22T10:00:00.000Z' }));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.tables).toEqual({
      ...tables,
      audit: [{ id: 1, before: { nested: [1, 'two', null] }, after: 'x'.repeat(70_000) }],
    });
    expect(result.value.envelope).toMatchObject({
      type: 'bagalau-backup',
      formatVersion: 1,
      agencyId: 'a',
      'count.employees': 2,
    });
  });

  it('writes formula-like text as text, never as a formula', () => {
    const bytes = writeBackup(tables, {});
    const wb = XLSX.read(bytes, { type: 'array', cellFormula: true });
    const cell = wb.Sheets['employees']?.['B2'] as XLSX.CellObject | undefined;
    expect(cell?.t).toBe('s');
    expect(cell?.f).toBeUndefined();
  });

  it('refuses a workbook that is not a backup, a newer format, and a changed row count', () => {
    const plain = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(plain, XLSX.utils.aoa_to_sheet([['a']]), 'S');
    expect(roundTrip(workbookBytes(plain))).toMatchObject({ ok: false, error: { code: 'notBackup' } });

    const newer = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(newer, XLSX.utils.aoa_to_sheet([['id']]), 'agency');
    appendEnvelope(newer, { type: 'bagalau-backup', formatVersion: 99, tables: 'agency', 'count.agency': 0 });
    expect(roundTrip(workbookBytes(newer))).toMatchObject({ ok: false, error: { code: 'newerFormat' } });

    const edited = XLSX.read(writeBackup(tables, {}), { type: 'array' });
    XLSX.utils.sheet_add_aoa(edited.Sheets['employees'] as XLSX.WorkSheet, [['e3', 'Extra']], { origin: -1 });
    expect(roundTrip(workbookBytes(edited))).toMatchObject({
      ok: false,
      // The sheet's digest catches it first; without digests (an older backup), the count does.
      error: { code: 'changedAfterBackup', params: { sheet: 'employees' } },
    });
  });
});

describe('the archive of purged periods (004 §15)', () => {
  it('is written in the backup layout under its own type and refused as a backup', async () => {
    const { ARCHIVE_TYPE } = await import('./backup-workbook');
    const bytes = writeBackup(
      { evaluations: [{ id: '2022-Q1:ranking:e', periodId: '2022-Q1' }] },
      { agencyId: 'a', exportedAt: '2026-11-22T10:00:00.000Z' },
      ARCHIVE_TYPE,
    );
    expect(XLSX.read(bytes, { type: 'array' }).SheetNames).toContain('evaluations');
    expect(roundTrip(bytes)).toMatchObject({ ok: false, error: { code: 'notBackup' } });
  });
});

describe('a backup you can trust (issue 20 §5)', () => {
  const tables = {
    agency: [{ id: 'a', nameKk: 'Ұйым', nameRu: '', demo: false }],
    employees: [{ id: 'e1', surname: 'Ахметов', iin: '010203500296', order: 3.5, note: '' }],
  };
  const bytes = () => writeBackup(tables, { agencyId: 'a', schemaVersion: 15, exportedAt: '2026-11-22T10:00:00.000Z' });
  const read = (b: Uint8Array, schema?: number) => {
    const wb = readWorkbook(b, LIMITS);
    if (!wb.ok) throw new Error(wb.error.code);
    return readBackup(wb.value, schema);
  };
  const edited = (edit: (wb: XLSX.WorkBook) => void) => {
    const wb = XLSX.read(bytes(), { type: 'array' });
    edit(wb);
    return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  };

  it('a one-cell edit is reported before anything is restored, with its sheet', () => {
    const changed = edited((wb) => {
      (wb.Sheets['employees'] as XLSX.WorkSheet)['B2'] = { t: 's', v: '010203500297' };
    });
    expect(read(changed)).toMatchObject({ ok: false, error: { code: 'changedAfterBackup', params: { sheet: 'employees' } } });
    expect(read(bytes()).ok).toBe(true);
  });

  it('a backup made by a newer app (a newer database schema) is refused by an older one', () => {
    expect(read(bytes(), 14)).toMatchObject({ ok: false, error: { code: 'newerSchema', params: { version: 15 } } });
    expect(read(bytes(), 15).ok).toBe(true);
  });

  it('a backup made before digests existed is read as before', () => {
    const old = edited((wb) => {
      const meta = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['_meta'] as XLSX.WorkSheet, { header: 1 });
      wb.Sheets['_meta'] = XLSX.utils.aoa_to_sheet(meta.filter((r) => !String(r[0]).startsWith('digest.')));
    });
    expect(read(old).ok).toBe(true);
  });
});
