/**
 * Reading a workbook someone emailed us — the one reader every import point shares (it runs in the
 * workbook worker, `workbook-client.ts`). Checks come before trust: file size, the kind of file by
 * its first bytes (not its name), how far the ZIP really expands (inflated with a running count,
 * whatever it declares: a "zip bomb"), and a row limit that stops the parser early. Cells are read
 * wherever they are, whatever the sheet's `<dimension>` claims. Formulas are never evaluated: only
 * cached values are read. Returns raw rows per sheet; mapping rows to records is the domain's job.
 */
import * as XLSX from 'xlsx';
import type { Cell } from '../domain';
import { err, ok, type Result } from '../domain/result';
import type { Limits } from './limits';
import { measureZip } from './zip-expansion';

export type { Limits };

export type FileProblemCode =
  'tooLarge' | 'expandsTooMuch' | 'tooManyRows' | 'tooManySheets' | 'notSpreadsheet' | 'encrypted' | 'corrupt' | 'empty';

export interface FileProblem {
  readonly code: FileProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface RawSheet {
  readonly name: string;
  readonly rows: Cell[][];
  readonly hidden: boolean;
}

export interface RawWorkbook {
  readonly kind: 'zip' | 'cfb' | 'text';
  readonly sheets: readonly RawSheet[];
}

type Kind = RawWorkbook['kind'];

function sniff(bytes: Uint8Array): Kind | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'cfb';
  const head = bytes.subarray(0, 8192);
  if (head.length === 0 || head.includes(0)) return undefined;
  return 'text';
}

/** Sums the uncompressed sizes the ZIP's central directory declares (no decompression needed). */
export function zipUncompressedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const entries = view.getUint16(i + 10, true);
    let offset = view.getUint32(i + 16, true);
    let total = 0;
    for (let n = 0; n < entries; n++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
      total += view.getUint32(offset + 24, true);
      offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return total;
  }
  return undefined;
}

/** CSV from Excel in Kazakhstan is often Windows-1251; UTF-8 (with or without BOM) otherwise. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

const isEncryptionError = (e: unknown) => e instanceof Error && /password|encrypt/i.test(e.message);

const MB = 1024 * 1024;

/** Where the reader reports how far it is (set by the workbook worker, which posts it to the page). */
export const readProgress: { report?: (share: number) => void } = {};

/** A sheet's name as a message quotes it: a hostile file's name can be megabytes long. */
export const quotedName = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

export function readWorkbook(
  bytes: Uint8Array,
  limits: Limits,
  onProgress?: (share: number) => void,
): Result<RawWorkbook, FileProblem> {
  if (bytes.length > limits.maxBytes) return err({ code: 'tooLarge', params: { max: Math.round(limits.maxBytes / MB) } });
  if (bytes.length === 0) return err({ code: 'empty' });
  const kind = sniff(bytes);
  if (kind === undefined) return err({ code: 'notSpreadsheet' });
  let parsed = bytes;
  if (kind === 'zip') {
    const tooMuch = (limit: number) =>
      err({
        code: 'expandsTooMuch' as const,
        params: { max: Math.round(limit / MB), size: Math.max(1, Math.round(bytes.length / 1024)) },
      });
    // What the archive declares refuses an honest giant at once; what it really inflates to is what counts.
    const declared = zipUncompressedSize(bytes);
    if (declared === undefined) return err({ code: 'corrupt' });
    if (declared > limits.maxUncompressedBytes) return tooMuch(limits.maxUncompressedBytes);
    const real = measureZip(bytes, limits, onProgress ?? readProgress.report);
    if (!real.ok) return real.error.code === 'expandsTooMuch' ? tooMuch(real.error.limit) : err({ code: real.error.code });
    // The parts as inflated while measured: the parser does not inflate them again.
    if (real.value.stored) parsed = real.value.stored;
  }
  let wb: XLSX.WorkBook;
  const options: XLSX.ParsingOptions = {
    dense: true,
    sheetRows: limits.maxRows + 2,
    cellFormula: false,
    cellHTML: false,
    cellText: false,
    cellDates: false,
    bookVBA: false,
  };
  try {
    wb =
      kind === 'text'
        ? XLSX.read(decodeText(bytes), { ...options, type: 'string', raw: true })
        : XLSX.read(parsed, { ...options, type: 'array' });
  } catch (e) {
    return err({ code: isEncryptionError(e) ? 'encrypted' : kind === 'text' ? 'notSpreadsheet' : 'corrupt' });
  }
  if (wb.SheetNames.length === 0) return err({ code: 'empty' });
  if (wb.SheetNames.length > limits.maxSheets) return err({ code: 'tooManySheets', params: { max: limits.maxSheets } });
  const sheets: RawSheet[] = [];
  for (const [index, name] of wb.SheetNames.entries()) {
    // SheetJS keeps sheets in a plain object: one named `__proto__` becomes that object's prototype.
    const proto = name === '__proto__' ? (Object.getPrototypeOf(wb.Sheets) as XLSX.WorkSheet | null) : null;
    const ws = Object.prototype.hasOwnProperty.call(wb.Sheets, name)
      ? wb.Sheets[name]
      : proto !== null && proto !== Object.prototype
        ? proto
        : undefined;
    if (!ws) continue;
    const fullRef = (ws['!fullref'] as string | undefined) ?? ws['!ref'];
    const extent = cellExtent(ws);
    const rowCount = Math.max(
      fullRef ? XLSX.utils.decode_range(fullRef).e.r + 1 : 0,
      extent?.e.r === undefined ? 0 : extent.e.r + 1,
    );
    if (rowCount > limits.maxRows + 1)
      return err({ code: 'tooManyRows', params: { max: limits.maxRows, sheet: quotedName(name) } });
    // The range read is the cells' own, from A1: a `<dimension>` one column short or 10 rows long
    // for a million would otherwise drop cells without a word, and row numbers stay the sheet's.
    if (extent) ws['!ref'] = XLSX.utils.encode_range(extent);
    else delete ws['!ref'];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null, blankrows: true });
    // In place: almost every cell is already a primitive, and copying 100,000 rows is not free.
    for (const row of rows) {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== null && typeof v === 'object') row[c] = cellValue(v);
        else if (v === undefined) row[c] = null;
      }
    }
    const hidden = (wb.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
    sheets.push({ name, rows: rows as Cell[][], hidden });
  }
  if (sheets.length === 0) return err({ code: 'empty' });
  return ok({ kind, sheets });
}

/** From A1 to the last row and column that hold a cell (dense sheets), or undefined for an empty sheet. */
function cellExtent(ws: XLSX.WorkSheet): XLSX.Range | undefined {
  const data = (ws as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'];
  if (!data) return ws['!ref'] ? { s: { r: 0, c: 0 }, e: XLSX.utils.decode_range(ws['!ref']).e } : undefined;
  let lastRow = -1;
  let lastColumn = -1;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row || row.length === 0) continue;
    lastRow = r;
    if (row.length - 1 > lastColumn) lastColumn = row.length - 1;
  }
  return lastRow < 0 ? undefined : { s: { r: 0, c: 0 }, e: { r: lastRow, c: lastColumn } };
}

/** Cached values only; error cells (#N/A) and anything odd become text or blank. */
function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
