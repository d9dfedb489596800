/**
 * The unit workbook on the wire (issue 5): written for a unit head — an instructions sheet, the
 * ranking sheet (a hidden id column, №, full name and category read-only in meaning, the status, one
 * score column per parameter) and the hidden `_meta` envelope with the row ids, each row's
 * fingerprint and the scores it held — and read back from whatever spreadsheet program saved it:
 * cached values only, size limits first, the layout checked against the envelope.
 */
import * as XLSX from 'xlsx';
import { rowHash, UNIT_WORKBOOK_FORMAT, UNIT_WORKBOOK_TYPE, type Cell, type ExportedRow, type ReturnedRow, type ReturnedWorkbook, type UnitEnvelope } from '../domain';
import { columnLetter } from '../domain/problems';
import { err, ok, type Result } from '../domain/result';
import { appendEnvelope, readEnvelope, workbookBytes } from './envelope';
import { readWorkbook, type FileProblem, type Limits } from './read-workbook';

/** A returned unit workbook is small: 2,000 rows would be a very large unit. */
export const UNIT_LIMITS: Limits = { maxBytes: 10 * 1024 * 1024, maxUncompressedBytes: 100 * 1024 * 1024, maxRows: 20_000, maxSheets: 10 };

const HEADER_ROW = 4;
const FIXED = ['id', 'n', 'name', 'category', 'status'] as const;

export interface UnitSheetRow {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly status: string;
  readonly values: Readonly<Record<string, number | undefined>>;
  /** Not evaluated in the period: evaluator mode keeps its scores closed. */
  readonly excluded?: boolean;
}

export interface UnitWorkbookInput {
  /** Words in the workbook's language, chosen by the UI. */
  readonly words: {
    readonly sheet: string;
    readonly instructionsSheet: string;
    readonly title: string;
    readonly subtitle: string;
    readonly instructions: readonly string[];
    readonly headers: Readonly<Record<(typeof FIXED)[number], string>>;
  };
  readonly params: readonly { readonly id: string; readonly header: string }[];
  readonly rows: readonly UnitSheetRow[];
  readonly envelope: Omit<UnitEnvelope, 'type' | 'formatVersion' | 'params' | 'rows'> & { readonly lang: string };
}

/** The read-only part a row's fingerprint covers: its id, full name and category. */
export const readOnlyPart = (row: Pick<UnitSheetRow, 'id' | 'name' | 'category'>): string[] => [row.id, row.name, row.category];

export function writeUnitWorkbook(input: UnitWorkbookInput): Uint8Array {
  const { words, params, rows } = input;
  const headers = [...FIXED.map((k) => words.headers[k]), ...params.map((p) => p.header)];
  const width = headers.length;
  const aoa: (string | number | null)[][] = [
    // The title sits in B: A is the hidden id column.
    ['', words.title],
    ['', words.subtitle],
    [],
    headers,
    ...rows.map((r, i) => [r.id, i + 1, r.name, r.category, r.status, ...params.map((p) => (r.values[p.id] === undefined ? null : (r.values[p.id] ?? 0) / 100))]),
  ];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  // Text stays text: a name like "=1+1" is never a formula; scores show two decimals.
  for (const key of Object.keys(ws)) {
    if (key.startsWith('!')) continue;
    const cell = ws[key] as XLSX.CellObject;
    delete cell.f;
    if (cell.t === 'n' && XLSX.utils.decode_cell(key).c >= FIXED.length) cell.z = '0.00';
  }
  ws['!merges'] = [0, 1].map((r) => ({ s: { r, c: 1 }, e: { r, c: width - 1 } }));
  ws['!cols'] = [{ wch: 10, hidden: true }, { wch: 5 }, { wch: 36 }, { wch: 10 }, { wch: 34 }, ...params.map((p) => ({ wch: Math.max(14, Math.min(40, p.header.length + 2)) }))];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(words.instructions.map((line) => [line])), sheetName(words.instructionsSheet));
  (wb.Sheets[sheetName(words.instructionsSheet)] as XLSX.WorkSheet)['!cols'] = [{ wch: 110 }];
  XLSX.utils.book_append_sheet(wb, ws, sheetName(words.sheet));
  const exported = rows.map((r) => {
    const values: Record<string, number> = {};
    for (const p of params) if (r.values[p.id] !== undefined) values[p.id] = r.values[p.id] as number;
    return [`row:${r.id}`, JSON.stringify({ h: rowHash(readOnlyPart(r)), v: values, ...(r.excluded ? { x: 1 } : {}) })] as const;
  });
  appendEnvelope(wb, {
    type: UNIT_WORKBOOK_TYPE,
    formatVersion: UNIT_WORKBOOK_FORMAT,
    ...input.envelope,
    sheet: sheetName(words.sheet),
    headerRow: HEADER_ROW,
    headers: JSON.stringify(headers),
    params: JSON.stringify(params.map((p) => p.id)),
    ...Object.fromEntries(exported),
  });
  return workbookBytes(wb);
}

const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

export type UnitReadProblem = FileProblem | { readonly code: 'notOurs' | 'otherType' | 'newerFormat' | 'layoutChanged' };

const parseJson = (text: unknown): unknown => {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isExportedRow = (v: unknown): v is { h: string; v: Record<string, number>; x?: number } =>
  typeof v === 'object' && v !== null && typeof (v as { h?: unknown }).h === 'string' && typeof (v as { v?: unknown }).v === 'object' && (v as { v: unknown }).v !== null && Object.values((v as { v: object }).v).every((x) => Number.isSafeInteger(x));
const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : String(c).trim());

/** Reads a returned unit workbook: nothing of it is trusted before its envelope and layout are. */
export function readUnitWorkbook(bytes: Uint8Array, fileName: string): Result<ReturnedWorkbook, UnitReadProblem> {
  const read = readWorkbook(bytes, UNIT_LIMITS);
  if (!read.ok) return read;
  const meta = readEnvelope(read.value);
  if (!meta) return err({ code: 'notOurs' });
  if (meta['type'] !== UNIT_WORKBOOK_TYPE) return err({ code: 'otherType' });
  if (typeof meta['formatVersion'] !== 'number' || meta['formatVersion'] > UNIT_WORKBOOK_FORMAT) return err({ code: 'newerFormat' });
  const params = parseJson(meta['params']);
  const headers = parseJson(meta['headers']);
  const sheet = read.value.sheets.find((s) => s.name === meta['sheet'] && !s.hidden);
  const headerRow = Number(meta['headerRow']);
  if (!isStringArray(params) || !isStringArray(headers) || !sheet || !Number.isInteger(headerRow) || headerRow < 1) return err({ code: 'layoutChanged' });
  const found = (sheet.rows[headerRow - 1] ?? []).map(text);
  if (headers.some((h, i) => h !== found[i])) return err({ code: 'layoutChanged' });
  const rows: Map<string, ExportedRow> = new Map();
  for (const [key, value] of Object.entries(meta)) {
    if (!key.startsWith('row:')) continue;
    const parsed = parseJson(value);
    if (isExportedRow(parsed)) rows.set(key.slice(4), { hash: parsed.h, values: parsed.v, ...(parsed.x === 1 ? { excluded: true } : {}) });
  }
  const str = (key: string) => (typeof meta[key] === 'string' ? (meta[key] as string) : String(meta[key] ?? ''));
  const envelope: UnitEnvelope = {
    type: UNIT_WORKBOOK_TYPE,
    formatVersion: meta['formatVersion'],
    agencyId: str('agencyId'),
    periodId: str('periodId'),
    unitId: str('unitId'),
    exportedAt: str('exportedAt'),
    profileId: str('profileId'),
    profileVersion: Number(meta['profileVersion']),
    params,
    rows,
  };
  const returned: ReturnedRow[] = [];
  for (let r = headerRow; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const id = text(cells[0]);
    const scoreCells = params.map((param, i) => ({ param, column: columnLetter(FIXED.length + i), raw: cells[FIXED.length + i] ?? null }));
    if (id === '' && cells.every((c) => text(c) === '')) continue;
    returned.push({ sheetRow: r + 1, id, readOnly: [text(cells[2]), text(cells[3])], status: text(cells[4]), cells: scoreCells });
  }
  const title = sheet.rows.slice(0, headerRow - 1).map((row) => row.map(text).filter((c) => c !== '').join(' ')).filter((line) => line !== '');
  return ok({ fileName, sheet: sheet.name, title, headers, envelope, rows: returned });
}

/**
 * Evaluator mode: the received workbook with the unit head's scores written into its score cells —
 * everything else, the hidden `_meta` envelope included, exactly as it came, so that the agency's
 * import compares the head's scores with what was exported.
 */
export function fillUnitWorkbook(bytes: Uint8Array, file: ReturnedWorkbook, scores: ReadonlyMap<string, Readonly<Record<string, number | undefined>>>): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array', cellStyles: true, cellFormula: false, bookVBA: false });
  const ws = wb.Sheets[file.sheet];
  if (!ws) return bytes;
  for (const row of file.rows) {
    const values = scores.get(row.id);
    if (!values) continue;
    for (const cell of row.cells) {
      const ref = `${cell.column}${row.sheetRow}`;
      const v = values[cell.param];
      ws[ref] = v === undefined ? { t: 'z' } : { t: 'n', v: v / 100, z: '0.00' };
    }
  }
  return workbookBytes(wb);
}
