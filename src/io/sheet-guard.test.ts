import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { workbookBytes } from './envelope';
import { guardWorkbook, keepGuards } from './sheet-guard';

/** A two-row sheet «Лист» (a header, one person), as SheetJS writes it. */
const plain = () => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['ФИО', 'Балл'],
      ['Ким Ольга', 4],
    ]),
    'Лист',
  );
  return workbookBytes(wb);
};
const guarded = () =>
  guardWorkbook(plain(), [
    {
      sheet: 'Лист',
      freeze: { rows: 1, columns: 0 },
      editable: [{ top: 1, left: 1, bottom: 1, right: 1 }],
      rules: [
        {
          blocks: [{ top: 1, left: 1, bottom: 1, right: 1 }],
          rule: { kind: 'whole', min: 0, max: 5, title: 'Мән қабылданбады', message: 'Бүтін сан & «5»' },
        },
      ],
    },
  ]);
const sheetXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());

describe('guards added to the parts SheetJS wrote (issue 19 §3)', () => {
  it('a header row alone frozen; a whole-number rule with its words escaped; the workbook still read by SheetJS', () => {
    const xml = sheetXml(guarded());
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain(
      '<dataValidation type="whole" operator="between" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="Мән қабылданбады" error="Бүтін сан &amp; «5»" sqref="B2"><formula1>0</formula1><formula2>5</formula2></dataValidation>',
    );
    const ws = XLSX.read(guarded(), { type: 'array' }).Sheets['Лист'] as XLSX.WorkSheet;
    expect([ws['A2']?.v, ws['B2']?.v]).toEqual(['Ким Ольга', 4]);
  });

  it('keepGuards: the received guards on the rewritten file, without attributes of namespaces it does not declare', () => {
    const files = unzipSync(guarded());
    // As Excel saves it: an id of its own on the validation.
    files['xl/worksheets/sheet1.xml'] = strToU8(sheetXml(guarded()).replace('<dataValidation ', '<dataValidation xr:uid="{1}" '));
    const received = zipSync(files);
    const kept = sheetXml(keepGuards(received, plain()));
    expect(kept).toContain('<sheetProtection sheet="1"');
    expect(kept).toContain('<pane ySplit="1"');
    expect(kept).toContain('sqref="B2"><formula1>0</formula1>');
    expect(kept).not.toContain('xr:uid');
    // A received file without the parts it needs: saved as rewritten, unguarded, never refused.
    const bare = unzipSync(received);
    delete bare['xl/styles.xml'];
    expect(sheetXml(keepGuards(zipSync(bare), plain()))).not.toContain('<sheetProtection');
  });
});
