/**
 * The appeal dossier as a workbook (issue 7): one person's evaluation for one period — a sheet of
 * facts (result, explanation, eligibility, deadlines, calibration, Commission) and a sheet of every
 * change — with the `_meta` envelope. Only that person's data is in it (004 §§16, 21). Text is
 * written as text: a value starting with "=" never becomes a formula.
 */
import * as XLSX from 'xlsx';
import { appendEnvelope, workbookBytes, type Envelope } from './envelope';

export const DOSSIER_TYPE = 'bagalau-dossier';

export interface DossierSheets {
  /** [section, label, value] rows, in the user's language. */
  readonly facts: readonly (readonly [string, string, string])[];
  /** Header row first, then one row per change. */
  readonly history: readonly (readonly string[])[];
  readonly titles: { readonly facts: string; readonly history: string };
}

const asText = (rows: readonly (readonly string[])[]): XLSX.WorkSheet => {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => [...r]));
  // Every cell a string cell: nothing a spreadsheet program would evaluate.
  for (const key of Object.keys(ws)) {
    const cell = ws[key] as XLSX.CellObject | undefined;
    if (!key.startsWith('!') && cell) {
      cell.t = 's';
      delete cell.f;
    }
  }
  ws['!cols'] = [{ wch: 24 }, { wch: 36 }, { wch: 80 }];
  return ws;
};

export function writeDossier(sheets: DossierSheets, envelope: Envelope): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, asText(sheets.facts), sheets.titles.facts.slice(0, 31));
  XLSX.utils.book_append_sheet(wb, asText(sheets.history), sheets.titles.history.slice(0, 31));
  appendEnvelope(wb, { type: DOSSIER_TYPE, formatVersion: 1, ...envelope });
  return workbookBytes(wb);
}
