/**
 * The full backup as one `.xlsx`: a sheet per table (header row = field names), a hidden `_meta`
 * envelope with format version and counts, and a hidden `_blobs` sheet for values longer than a
 * spreadsheet cell may hold. Values round-trip exactly: strings, numbers and booleans as cells; null,
 * objects and arrays as `json:…` text; a blank cell is an absent field.
 */
import * as XLSX from 'xlsx';
import type { Cell } from '../domain';
import { err, ok, type Result } from '../domain/result';
import { appendEnvelope, readEnvelope, workbookBytes, META_SHEET, type Envelope } from './envelope';
import { quotedName, type RawWorkbook } from './read-workbook';

import { ARCHIVE_TYPE, BACKUP_TYPE } from './workbook-kinds';

export { ARCHIVE_TYPE, BACKUP_TYPE };
export const BACKUP_FORMAT_VERSION = 1;
const BLOB_SHEET = '_blobs';
/** Excel's limit is 32,767 characters a cell; stay clear of it. */
const MAX_CELL = 30_000;

export type Tables = Readonly<Record<string, readonly Record<string, unknown>[]>>;

interface Blobs {
  readonly rows: Cell[][];
  next: number;
}

function encodeCell(value: unknown, blobs: Blobs): Cell {
  let cell: Cell;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string' && !value.startsWith('json:') && !value.startsWith('blob:')) cell = value;
  else cell = `json:${JSON.stringify(value)}`;
  if (typeof cell === 'string' && cell.length > MAX_CELL) {
    const id = blobs.next++;
    for (let part = 0; part * MAX_CELL < cell.length; part++)
      blobs.rows.push([id, part, cell.slice(part * MAX_CELL, (part + 1) * MAX_CELL)]);
    return `blob:${id}`;
  }
  return cell;
}

function decodeCell(cell: Cell, blobs: ReadonlyMap<number, string>): unknown {
  if (typeof cell !== 'string') return cell;
  if (cell.startsWith('blob:')) return decodeCell(blobs.get(Number(cell.slice(5))) ?? '', blobs);
  if (cell.startsWith('json:')) return JSON.parse(cell.slice(5)) as unknown;
  return cell;
}

/**
 * A sheet's digest (cyrb53 over its cells as written): a backup whose cell was changed after it was
 * made is refused before anything is restored. Not a seal against someone who recomputes it — a
 * check that what is restored is what was saved.
 */
export function sheetDigest(rows: readonly (readonly Cell[])[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  // Trailing rows without a cell (an empty table's empty header) are not in a sheet read back.
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((c) => c === null)) end--;
  const text = JSON.stringify(rows.slice(0, end));
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function writeBackup(
  tables: Tables,
  envelope: Envelope,
  type: typeof BACKUP_TYPE | typeof ARCHIVE_TYPE = BACKUP_TYPE,
): Uint8Array {
  const wb = XLSX.utils.book_new();
  const blobs: Blobs = { rows: [['id', 'part', 'text']], next: 1 };
  const counts: Record<string, number | string> = {};
  for (const [table, rows] of Object.entries(tables)) {
    // Canonical column order (id/key first, then alphabetical), whatever order a record was built in,
    // so the same data always gives the same sheet.
    const keys = new Set<string>();
    for (const row of rows) for (const key of Object.keys(row)) if (row[key] !== undefined) keys.add(key);
    const first = (k: string) => (k === 'id' || k === 'key' ? 0 : 1);
    const fields = [...keys].sort((a, b) => first(a) - first(b) || (a < b ? -1 : a > b ? 1 : 0));
    const aoa: Cell[][] = [
      fields,
      ...rows.map((row) => fields.map((f) => (row[f] === undefined ? null : encodeCell(row[f], blobs)))),
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), table);
    counts[`count.${table}`] = rows.length;
    counts[`digest.${table}`] = sheetDigest(aoa);
  }
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(blobs.rows), BLOB_SHEET);
  counts[`digest.${BLOB_SHEET}`] = sheetDigest(blobs.rows);
  appendEnvelope(wb, {
    type,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...envelope,
    tables: Object.keys(tables).join(','),
    ...counts,
  });
  wb.Workbook = { Sheets: wb.SheetNames.map((name) => ({ name, Hidden: name === META_SHEET || name === BLOB_SHEET ? 1 : 0 })) };
  return workbookBytes(wb);
}

export type BackupProblemCode = 'notBackup' | 'newerFormat' | 'newerSchema' | 'countMismatch' | 'changedAfterBackup' | 'badCell';

export interface BackupProblem {
  readonly code: BackupProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface ReadBackup {
  readonly envelope: Envelope;
  readonly tables: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}

/** A sheet read back as it was written: its header and rows, trailing blank cells as the writer left them. */
const asWritten = (rows: readonly Cell[][], width: number): Cell[][] =>
  rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));

/**
 * Reads a backup's tables after checking its envelope: the format, the database schema it was made
 * with (a backup of a newer app is refused by an older one, which would drop what it does not know),
 * the declared counts and each sheet's digest.
 */
export function readBackup(wb: RawWorkbook, schemaVersion = Number.POSITIVE_INFINITY): Result<ReadBackup, BackupProblem> {
  const envelope = readEnvelope(wb);
  if (!envelope || envelope['type'] !== BACKUP_TYPE) return err({ code: 'notBackup' });
  const version = Number(envelope['formatVersion']);
  if (!(version >= 1)) return err({ code: 'notBackup' });
  if (version > BACKUP_FORMAT_VERSION) return err({ code: 'newerFormat', params: { version } });
  const schema = Number(envelope['schemaVersion']);
  if (schema > schemaVersion) return err({ code: 'newerSchema', params: { version: schema } });
  // Backups made before digests were written have none: they are read as before.
  const changed = (name: string, rows: readonly Cell[][]) => {
    const digest = envelope[`digest.${name}`];
    return digest !== undefined && String(digest) !== sheetDigest(asWritten(rows, rows[0]?.length ?? 0));
  };
  const blobRows = wb.sheets.find((s) => s.name === BLOB_SHEET)?.rows ?? [];
  if (changed(BLOB_SHEET, blobRows)) return err({ code: 'changedAfterBackup', params: { sheet: BLOB_SHEET } });
  const blobs = new Map<number, string>();
  for (const [id, , text] of blobRows.slice(1)) {
    if (typeof id === 'number' && typeof text === 'string') blobs.set(id, (blobs.get(id) ?? '') + text);
  }
  const tableNames = String(envelope['tables'] ?? '')
    .split(',')
    .filter((t) => t !== '');
  const tables: Record<string, Record<string, unknown>[]> = Object.create(null) as Record<string, Record<string, unknown>[]>;
  for (const table of tableNames) {
    const sheet = wb.sheets.find((s) => s.name === table);
    if (sheet && changed(table, sheet.rows)) return err({ code: 'changedAfterBackup', params: { sheet: quotedName(table) } });
    const [header = [], ...rows] = sheet?.rows ?? [];
    const fields = header.map((h) => (typeof h === 'string' ? h : ''));
    const records: Record<string, unknown>[] = [];
    for (const [r, row] of rows.entries()) {
      const record: Record<string, unknown> = {};
      for (const [c, field] of fields.entries()) {
        const cell = row[c] ?? null;
        if (field === '' || field === '__proto__' || cell === null) continue;
        try {
          record[field] = decodeCell(cell, blobs);
        } catch {
          return err({ code: 'badCell', params: { sheet: table, row: r + 2, column: field } });
        }
      }
      records.push(record);
    }
    if (Number(envelope[`count.${table}`]) !== records.length) {
      return err({
        code: 'countMismatch',
        params: { sheet: table, expected: String(envelope[`count.${table}`]), actual: records.length },
      });
    }
    tables[table] = records;
  }
  return ok({ envelope, tables });
}
