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
export const OFFICIAL_FORM_TYPE = 'bagalau-official-form';
export const REPORT_360_TYPE = 'bagalau-360-report';
export type DocumentType =
  | typeof DOSSIER_TYPE
  | typeof CALIBRATION_PROTOCOL_TYPE
  | typeof COMMISSION_PROTOCOL_TYPE
  | typeof CONSOLIDATED_TYPE
  | typeof OFFICIAL_FORM_TYPE
  | typeof REPORT_360_TYPE;

export interface TextSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Column widths in characters. */
  readonly widths?: readonly number[];
  /** Columns (0-based) whose numbers show two decimals. */
  readonly twoDecimals?: readonly number[];
}

const asText = (sheet: TextSheet): XLSX.WorkSheet => {
  // Dense: ten thousand rows are written markedly faster than as one object keyed by address.
  const ws = XLSX.utils.aoa_to_sheet(sheet.rows as (string | number | null)[][], { dense: true });
  // aoa_to_sheet makes text cells and number cells only — never a formula, whatever the text starts
  // with (a unit test holds it to that); number formats go on the columns that ask for them.
  const data = (ws as unknown as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
  for (const c of sheet.twoDecimals ?? []) {
    for (const row of data) {
      const cell = row[c];
      if (cell?.t === 'n') cell.z = '0.00';
    }
  }
  ws['!cols'] = (sheet.widths ?? [24, 36, 80]).map((wch) => ({ wch }));
  return ws;
};

export function writeDocument(type: DocumentType, sheets: readonly TextSheet[], envelope: Envelope): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const sheet of sheets)
    XLSX.utils.book_append_sheet(wb, asText(sheet), sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
  appendEnvelope(wb, { type, formatVersion: 1, ...envelope });
  return workbookBytes(wb);
}
