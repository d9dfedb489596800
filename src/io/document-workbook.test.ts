import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { writeDocument } from './document-workbook';
import { CONSOLIDATED_TYPE, DOSSIER_TYPE } from './workbook-kinds';

describe('the appeal dossier workbook (issue 7)', () => {
  it('writes facts and history as text with its envelope; formula-like text stays text', () => {
    const bytes = writeDocument(
      DOSSIER_TYPE,
      [
        {
          name: 'Досье',
          rows: [
            ['Результат', 'Оценка', '3,50'],
            ['Изменения', 'Комментарий', '=HYPERLINK("http://x","y")'],
          ],
        },
        {
          name: 'История изменений',
          rows: [
            ['Когда', 'Кто', 'Поле'],
            ['22.11.2026', 'Ким', 'scores.quality'],
          ],
        },
      ],
      { agencyId: 'a', periodId: '2026-Q3', employeeId: 'e', exportedAt: '2026-11-22T10:00:00.000Z' },
    );
    const wb = XLSX.read(bytes, { type: 'array', cellFormula: true });
    expect(wb.SheetNames).toEqual(['Досье', 'История изменений', '_meta']);
    const cell = (wb.Sheets['Досье'] as XLSX.WorkSheet)['C2'] as XLSX.CellObject;
    expect([cell.t, cell.f, cell.v]).toEqual(['s', undefined, '=HYPERLINK("http://x","y")']);
    const meta = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['_meta'] as XLSX.WorkSheet, { header: 1 });
    expect(meta.find((r) => r[0] === 'type')?.[1]).toBe('bagalau-dossier');
  });
});

describe('the consolidated workbook’s cells (issue 5)', () => {
  it('numbers stay numbers (two decimals where asked); text starting with =, +, - or @ stays text', () => {
    const bytes = writeDocument(
      CONSOLIDATED_TYPE,
      [
        {
          name: 'Результаты',
          rows: [
            ['ФИО', 'Балл', 'Место'],
            ['+7 701', 3.5, 2],
            ['-1', 4, 1],
            ['@x', null, null],
          ],
          twoDecimals: [1],
        },
      ],
      { agencyId: 'a', periodId: '2026-Q3', exportedAt: '2026-11-22T10:00:00.000Z' },
    );
    const ws = XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true }).Sheets['Результаты'] as XLSX.WorkSheet;
    expect([ws['B2']?.t, ws['B2']?.v, ws['B2']?.z, ws['C2']?.t, ws['C2']?.z]).toEqual(['n', 3.5, '0.00', 'n', 'General']);
    for (const ref of ['A2', 'A3', 'A4']) expect([ws[ref]?.t, ws[ref]?.f]).toEqual(['s', undefined]);
    // Issue 19 §3 guards unit workbooks only: the consolidated workbook is free to sort and edit.
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    for (const guard of ['<sheetProtection', '<pane', '<dataValidation', 'locked="0"']) expect(sheet).not.toContain(guard);
  });
});
