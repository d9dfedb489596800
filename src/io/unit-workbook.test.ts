import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { checkEnvelope, planUnitImport, planUnitImports, type ReturnedWorkbook } from '../domain';
import { editWorkbookBytes } from '../../test/support/workbook-edit';
import { readUnitWorkbook, writeUnitWorkbook, type UnitWorkbookInput } from './unit-workbook';

const input: UnitWorkbookInput = {
  words: {
    sheet: 'Ранжирование',
    instructionsSheet: 'Инструкция',
    title: 'Ранжирование служащих',
    subtitle: 'Юридический отдел · 3 кв. 2026',
    instructions: ['Заполните столбцы с баллами 0–5.'],
    headers: { id: 'ID', n: '№', name: 'ФИО', category: 'Категория', status: 'Статус' },
  },
  params: [
    { id: 'quality', header: 'Качество (0–5)' },
    { id: 'deadlines', header: 'Сроки (0–5)' },
  ],
  rows: [
    { id: 'e1', name: 'Ахметов Ерлан', category: 'E-4', status: 'оценивается', values: { quality: 400 } },
    { id: 'e2', name: '=HYPERLINK("http://x")', category: 'E-4', status: 'оценивается', values: {} },
    { id: 'e3', name: 'Ким Ольга', category: 'E-3', status: 'не оценивается', values: {} },
  ],
  envelope: { agencyId: 'a1', periodId: '2026-Q3', unitId: 'u1', exportedAt: '2026-10-01T09:00:00.000Z', profileId: 'typical-2023', profileVersion: 1, lang: 'ru' },
};

/** Edits cells of the ranking sheet as a spreadsheet program would, and writes the workbook again. */
const edit = (bytes: Uint8Array, cells: Record<string, string | number | null>, meta?: (rows: unknown[][]) => unknown[][]) => editWorkbookBytes(bytes, 'Ранжирование', cells, meta);
const read = (bytes: Uint8Array): ReturnedWorkbook => {
  const r = readUnitWorkbook(bytes, 'отдел.xlsx');
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const base = { unitOf: new Map([['e1', 'u1'], ['e2', 'u1'], ['e3', 'u1']]), evaluated: (id: string) => id !== 'e3', locked: false, params: ['quality', 'deadlines'] };

describe('the unit workbook on the wire (issue 5)', () => {
  it('is written with the envelope, a hidden id column, text kept as text, and read back unchanged', () => {
    const bytes = writeUnitWorkbook(input);
    const wb = XLSX.read(bytes, { type: 'array', cellFormula: true, cellStyles: true });
    const ws = wb.Sheets['Ранжирование'] as XLSX.WorkSheet;
    expect(ws['C6']).toMatchObject({ t: 's', v: '=HYPERLINK("http://x")' });
    expect(ws['C6']?.f).toBeUndefined();
    expect(ws['F5']).toMatchObject({ t: 'n', v: 4 });
    expect(ws['!cols']?.[0]?.hidden).toBe(true);
    expect(wb.Workbook?.Sheets?.find((s) => s.name === '_meta')?.Hidden).toBe(1);
    const back = read(bytes);
    expect(back.envelope).toMatchObject({ agencyId: 'a1', periodId: '2026-Q3', unitId: 'u1', params: ['quality', 'deadlines'] });
    expect(back.rows.map((r) => [r.sheetRow, r.id])).toEqual([[5, 'e1'], [6, 'e2'], [7, 'e3']]);
    const plan = planUnitImport({ ...base, file: back, current: new Map([['e1', { quality: 400 }]]) });
    expect([plan.changes, plan.conflicts, plan.problems]).toEqual([[], [], []]);
  });

  it('a changed score is a change old → new with its row and column; the decimal comma is read; a second import changes nothing', () => {
    const file = read(edit(writeUnitWorkbook(input), { F5: '4,5', G6: 3.25 }));
    const plan = planUnitImport({ ...base, file, current: new Map([['e1', { quality: 400 }]]) });
    expect(plan.changes).toEqual([
      { employeeId: 'e1', param: 'quality', before: 400, after: 450, sheetRow: 5, column: 'F' },
      { employeeId: 'e2', param: 'deadlines', before: undefined, after: 325, sheetRow: 6, column: 'G' },
    ]);
    const again = planUnitImport({ ...base, file, current: new Map<string, Record<string, number>>([['e1', { quality: 450 }], ['e2', { deadlines: 325 }]]) });
    expect(again.changes).toEqual([]);
  });

  it('a value changed in Bagalau after the export and differently in the file is a conflict, not a change', () => {
    const file = read(edit(writeUnitWorkbook(input), { F5: 3 }));
    const plan = planUnitImport({ ...base, file, current: new Map([['e1', { quality: 350 }]]) });
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([{ employeeId: 'e1', param: 'quality', before: 350, after: 300, exported: 400, sheetRow: 5, column: 'F' }]);
  });

  it('problem codes: scoreOutOfRange, scoreNotNumber, scoreTooPrecise, excluded, rowTampered, rowUnknown, rowDuplicate, rowOtherUnit — each with sheet, row and column', () => {
    const file = read(edit(writeUnitWorkbook(input), { F5: 7, G5: 'хорошо', F6: '3,333', F7: 4, C6: 'Другой Человек', A8: 'zz', F8: 4, A9: 'e1', C9: 'Ахметов Ерлан', D9: 'E-4' }));
    const plan = planUnitImport({ ...base, file, current: new Map() });
    expect(plan.problems.map((p) => [p.code, p.sheet, p.row, p.column ?? ''])).toEqual([
      ['scoreOutOfRange', 'Ранжирование', 5, 'F'],
      ['scoreNotNumber', 'Ранжирование', 5, 'G'],
      ['rowTampered', 'Ранжирование', 6, ''],
      ['excluded', 'Ранжирование', 7, 'F'],
      ['rowUnknown', 'Ранжирование', 8, ''],
      ['rowDuplicate', 'Ранжирование', 9, ''],
    ]);
    const moved = planUnitImport({ ...base, unitOf: new Map([['e1', 'u2']]), file: read(edit(writeUnitWorkbook(input), { F5: 3 })), current: new Map() });
    expect(moved.problems.map((p) => p.code)).toEqual(['rowOtherUnit']);
    const precise = planUnitImport({ ...base, file: read(edit(writeUnitWorkbook(input), { F5: '3,333' })), current: new Map() });
    expect(precise.problems.map((p) => [p.code, p.column])).toEqual([['scoreTooPrecise', 'F']]);
  });

  it('problem codes: periodLocked takes nothing from a submitted period; paramUnknown for a column the profile no longer scores', () => {
    const file = read(edit(writeUnitWorkbook(input), { F5: 3, G5: 3 }));
    const locked = planUnitImport({ ...base, locked: true, file, current: new Map() });
    expect([locked.changes, locked.problems.map((p) => [p.code, p.params])]).toEqual([[], [['periodLocked', { cells: 2 }]]]);
    const changedProfile = planUnitImport({ ...base, params: ['quality'], file, current: new Map([['e1', { quality: 400 }]]) });
    expect(changedProfile.problems.map((p) => p.code)).toEqual(['paramUnknown']);
    expect(changedProfile.changes.map((c) => c.param)).toEqual(['quality']);
  });

  it('refusals before any cell is trusted: not ours, another type, a newer format, a changed layout; then another agency, period or unit', () => {
    expect(readUnitWorkbook(new TextEncoder().encode('not a workbook\u0000'), 'x.xlsx')).toMatchObject({ ok: false, error: { code: 'notSpreadsheet' } });
    const plain = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(plain, XLSX.utils.aoa_to_sheet([['a']]), 'Лист1');
    expect(readUnitWorkbook(new Uint8Array(XLSX.write(plain, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'x.xlsx')).toMatchObject({ ok: false, error: { code: 'notOurs' } });
    const setMeta = (key: string, value: string | number) => (rows: unknown[][]) => rows.map((r) => (r[0] === key ? [key, value] : r));
    expect(readUnitWorkbook(edit(writeUnitWorkbook(input), {}, setMeta('type', 'bagalau-backup')), 'x.xlsx')).toMatchObject({ ok: false, error: { code: 'otherType' } });
    expect(readUnitWorkbook(edit(writeUnitWorkbook(input), {}, setMeta('formatVersion', 2)), 'x.xlsx')).toMatchObject({ ok: false, error: { code: 'newerFormat' } });
    expect(readUnitWorkbook(edit(writeUnitWorkbook(input), { F4: 'Другое' }), 'x.xlsx')).toMatchObject({ ok: false, error: { code: 'layoutChanged' } });
    const envelope = read(writeUnitWorkbook(input)).envelope;
    const scope = { agencyId: 'a1', periods: new Set(['2026-Q3']), units: new Set(['u1', 'u2']) };
    expect(checkEnvelope(envelope, scope)).toBeUndefined();
    expect(checkEnvelope(envelope, { ...scope, agencyId: 'a2' })).toBe('otherAgency');
    expect(checkEnvelope(envelope, { ...scope, periodId: '2026-Q2' })).toBe('otherPeriod');
    expect(checkEnvelope(envelope, { ...scope, unitId: 'u2' })).toBe('otherUnit');
    expect(checkEnvelope(envelope, { ...scope, units: new Set(['u2']) })).toBe('unknownUnit');
    expect(checkEnvelope(envelope, { ...scope, periods: new Set() })).toBe('unknownPeriod');
  });

  it('two returned files: the same change once, a different change to the same cell a conflict', () => {
    const a = read(edit(writeUnitWorkbook(input), { F5: 3 }));
    const same = read(edit(writeUnitWorkbook(input), { F5: 3, G6: 2 }));
    const other = read(edit(writeUnitWorkbook(input), { F5: '4,5' }));
    const plans = planUnitImports([a, same, other], { ...base, locked: () => false, current: new Map([['e1', { quality: 400 }]]) });
    expect(plans.map((p) => [p.changes.map((c) => `${c.employeeId}.${c.param}=${c.after}`), p.conflicts.map((c) => `${c.employeeId}.${c.param}: ${c.before} / ${c.after}`)])).toEqual([
      [['e1.quality=300'], []],
      [['e2.deadlines=200'], []],
      [[], ['e1.quality: 300 / 450']],
    ]);
  });

  it('formulas in a returned workbook are read as their cached values only', () => {
    const wb = XLSX.read(writeUnitWorkbook(input), { type: 'array' });
    (wb.Sheets['Ранжирование'] as XLSX.WorkSheet)['F5'] = { t: 'n', v: 3, f: 'SUM(1,2)' };
    const file = read(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(file.rows[0]?.cells[0]?.raw).toBe(3);
  });
});
