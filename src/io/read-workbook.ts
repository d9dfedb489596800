/**
 * Reading a workbook someone emailed us. Checks come before trust: file size, the kind of file by
 * its first bytes (not its name), the ZIP's declared uncompressed size (a "zip bomb"), and a row
 * limit that stops the parser early. Formulas are never evaluated: only cached values are read.
 * Returns raw rows per sheet; mapping rows to records is the domain's job.
 */
import * as XLSX from 'xlsx';
import type { Cell } from '../domain';
import { err, ok, type Result } from '../domain/result';

export interface Limits {
  readonly maxBytes: number;
  readonly maxUncompressedBytes: number;
  readonly maxRows: number;
  readonly maxSheets: number;
}

export const ROSTER_LIMITS: Limits = {
  maxBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxRows: 100_000,
  maxSheets: 50,
};

export type FileProblemCode = 'tooLarge' | 'tooManyRows' | 'tooManySheets' | 'notSpreadsheet' | 'encrypted' | 'corrupt' | 'empty';

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

export function readWorkbook(bytes: Uint8Array, limits: Limits): Result<RawWorkbook, FileProblem> {
  const maxMb = Math.round(limits.maxBytes / 1024 / 1024);
  if (bytes.length > limits.maxBytes) return err({ code: 'tooLarge', params: { max: maxMb } });
  if (bytes.length === 0) return err({ code: 'empty' });
  const kind = sniff(bytes);
  if (kind === undefined) return err({ code: 'notSpreadsheet' });
  if (kind === 'zip') {
    const declared = zipUncompressedSize(bytes);
    if (declared === undefined) return err({ code: 'corrupt' });
    if (declared > limits.maxUncompressedBytes) return err({ code: 'tooLarge', params: { max: maxMb } });
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
        : XLSX.read(bytes, { ...options, type: 'array' });
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
    if (fullRef) {
      const rowCount = XLSX.utils.decode_range(fullRef).e.r + 1;
      if (rowCount > limits.maxRows + 1) return err({ code: 'tooManyRows', params: { max: limits.maxRows, sheet: name } });
    }
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

/** Cached values only; error cells (#N/A) and anything odd become text or blank. */
function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
