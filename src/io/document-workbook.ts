/**
 * Documents as workbooks: the appeal dossier, the calibration and Commission protocols (issue 7) and
 * the consolidated results (issue 5), each a few sheets of rows with the `_meta` envelope naming the
 * document. Text is written as text — a value starting with "=", "+", "-" or "@" never becomes a
 * formula — and numbers as numbers. A document carries only what its addressee may see: the caller
 * builds the rows.
 */
import * as XLSX from 'xlsx';
import { appendEnvelope, workbookBytes, type Envelope } from './envelope';

export const DOSSIER_TYPE = 'bagalau-dossier';
export const CALIBRATION_PROTOCOL_TYPE = 'bagalau-calibration-protocol';
export const COMMISSION_PROTOCOL_TYPE = 'bagalau-commission-protocol';
export const CONSOLIDATED_TYPE = 'bagalau-consolidated';
export type DocumentType = typeof DOSSIER_TYPE | typeof CALIBRATION_PROTOCOL_TYPE | typeof COMMISSION_PROTOCOL_TYPE | typeof CONSOLIDATED_TYPE;

export interface TextSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Column widths in characters. */
  readonly widths?: readonly number[];
  /** Columns (0-based) whose numbers show two decimals. */
  readonly twoDecimals?: readonly number[];
}

const asText = (sheet: TextSheet): XLSX.WorkSheet => {
  const ws = XLSX.utils.aoa_to_sheet(sheet.rows.map((r) => [...r]));
  const decimals = new Set(sheet.twoDecimals ?? []);
  // Text cells and number cells only: nothing a spreadsheet program would evaluate.
  for (const key of Object.keys(ws)) {
    const cell = ws[key] as XLSX.CellObject | undefined;
    if (key.startsWith('!') || !cell) continue;
    delete cell.f;
    if (cell.t === 'n') {
      if (decimals.has(XLSX.utils.decode_cell(key).c)) cell.z = '0.00';
    } else cell.t = 's';
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
