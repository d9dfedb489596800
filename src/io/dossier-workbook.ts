/**
 * Documents as workbooks (issue 7): the appeal dossier and the calibration and Commission protocols,
 * each a few sheets of text rows with the `_meta` envelope naming the document. Text is written as
 * text: a value starting with "=" never becomes a formula. A document carries only what its
 * addressee may see — the caller builds the rows.
 */
import * as XLSX from 'xlsx';
import { appendEnvelope, workbookBytes, type Envelope } from './envelope';

export const DOSSIER_TYPE = 'bagalau-dossier';
export const CALIBRATION_PROTOCOL_TYPE = 'bagalau-calibration-protocol';
export const COMMISSION_PROTOCOL_TYPE = 'bagalau-commission-protocol';
export type DocumentType = typeof DOSSIER_TYPE | typeof CALIBRATION_PROTOCOL_TYPE | typeof COMMISSION_PROTOCOL_TYPE;

export interface TextSheet {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
  /** Column widths in characters. */
  readonly widths?: readonly number[];
}

const asText = (sheet: TextSheet): XLSX.WorkSheet => {
  const ws = XLSX.utils.aoa_to_sheet(sheet.rows.map((r) => [...r]));
  // Every cell a string cell: nothing a spreadsheet program would evaluate.
  for (const key of Object.keys(ws)) {
    const cell = ws[key] as XLSX.CellObject | undefined;
    if (!key.startsWith('!') && cell) {
      cell.t = 's';
      delete cell.f;
    }
  }
  ws['!cols'] = (sheet.widths ?? [24, 36, 80]).map((wch) => ({ wch }));
  return ws;
};

export function writeDocument(type: DocumentType, sheets: readonly TextSheet[], envelope: Envelope): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const sheet of sheets) XLSX.utils.book_append_sheet(wb, asText(sheet), sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
  appendEnvelope(wb, { type, formatVersion: 1, ...envelope });
  return workbookBytes(wb);
}
