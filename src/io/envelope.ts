/**
 * The `_meta` envelope every workbook we write carries (STYLE habit 7): a hidden sheet of key/value
 * rows, checked before a single cell of the workbook is trusted.
 */
import * as XLSX from 'xlsx';
import type { RawWorkbook } from './read-workbook';

export const META_SHEET = '_meta';
export const APP_ID = 'bagalau';

export type Envelope = Readonly<Record<string, string | number>>;

/** Adds the hidden `_meta` sheet. */
export function appendEnvelope(wb: XLSX.WorkBook, envelope: Envelope): void {
  const ws = XLSX.utils.aoa_to_sheet([['key', 'value'], ['app', APP_ID], ...Object.entries(envelope)]);
  XLSX.utils.book_append_sheet(wb, ws, META_SHEET);
  wb.Workbook ??= {};
  wb.Workbook.Sheets = wb.SheetNames.map((name) => ({ name, Hidden: name === META_SHEET ? 1 : 0 }));
}

/** The envelope of a read workbook, or `undefined` when it has none or is not ours. */
export function readEnvelope(wb: RawWorkbook): Envelope | undefined {
  const sheet = wb.sheets.find((s) => s.name === META_SHEET);
  if (!sheet) return undefined;
  const out: Record<string, string | number> = Object.create(null) as Record<string, string | number>;
  for (const [key, value] of sheet.rows.slice(1)) {
    if (typeof key === 'string' && (typeof value === 'string' || typeof value === 'number')) out[key] = value;
  }
  return out['app'] === APP_ID ? out : undefined;
}

/** Writes a workbook to bytes (compressed: uncompressed files are ~3.5× bigger, STACK.md). */
export function workbookBytes(wb: XLSX.WorkBook): Uint8Array {
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
