import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { DOSSIER_TYPE, writeDocument } from './dossier-workbook';

describe('the appeal dossier workbook (issue 7)', () => {
  it('writes facts and history as text with its envelope; formula-like text stays text', () => {
    const bytes = writeDocument(
      DOSSIER_TYPE,
      [
        { name: 'Досье', rows: [['Результат', 'Оценка', '3,50'], ['Изменения', 'Комментарий', '=HYPERLINK("http://x","y")']] },
        { name: 'История изменений', rows: [['Когда', 'Кто', 'Поле'], ['22.11.2026', 'Ким', 'scores.quality']] },
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
