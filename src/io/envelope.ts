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

/**
 * Writes a workbook to bytes (compressed: uncompressed files are ~3.5× bigger, STACK.md). Asked
 * for its bytes as they are (`buffer`: a Node Buffer, in a browser or worker the zip's own
 * Uint8Array) — `array` makes them a binary string and back, a fifth of the write of a 10,000-row
 * workbook (issue 21).
 */
export function workbookBytes(wb: XLSX.WorkBook): Uint8Array {
  const out: unknown = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  // A browser's bytes are returned as they are; Node's Buffer (tests, benches) is copied once into
  // a plain array of its own (a small Buffer is a view on a shared pool).
  if (out instanceof Uint8Array && out.constructor === Uint8Array) return out;
  return new Uint8Array(out as ArrayLike<number>);
}
