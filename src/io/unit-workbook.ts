/**
 * The unit workbook on the wire (issue 5): written for a unit head — an instructions sheet, the
 * ranking sheet (a hidden id column, №, full name and category read-only in meaning, the status, one
 * score column per parameter), the KCI sheet of the heads the unit's head evaluates (a row per KCI
 * with its plan and actual value, one score column) and the hidden `_meta` envelope describing each
 * sheet with its row ids, each row's fingerprint and the scores it held — and read back from
 * whatever spreadsheet program saved it: cached values only, size limits first, the layout checked
 * against the envelope.
 */
import * as XLSX from 'xlsx';
import { rowHash, rowTarget, scoreKey, UNIT_WORKBOOK_FORMAT, UNIT_WORKBOOK_TYPE, type Cell, type ExchangeComponent, type ExportedRow, type ReturnedRow, type ReturnedSection, type ReturnedWorkbook, type UnitEnvelope, type UnitSection } from '../domain';
import { columnLetter } from '../domain/problems';
import { err, ok, type Result } from '../domain/result';
import { appendEnvelope, readEnvelope, workbookBytes } from './envelope';
import { readWorkbook, type FileProblem, type Limits } from './read-workbook';

/** A returned unit workbook is small: 2,000 rows would be a very large unit. */
export const UNIT_LIMITS: Limits = { maxBytes: 10 * 1024 * 1024, maxUncompressedBytes: 100 * 1024 * 1024, maxRows: 20_000, maxSheets: 10 };

const HEADER_ROW = 4;

/** A data row of a score sheet: its id (hidden column A), the read-only cells after it, its scores. */
export interface UnitSheetRow {
  readonly id: string;
  /** Columns B… before the scores: №, full name, category or the KCI's name, measure, plan, actual; status. Text, except №. */
  readonly cells: readonly (string | number)[];
  readonly values: Readonly<Record<string, number | undefined>>;
  /** Not evaluated in the period: evaluator mode keeps its scores closed. */
  readonly excluded?: boolean;
}

/** One score sheet of the unit workbook: the ranking of the unit's staff, or the KCIs of the heads its head evaluates. */
export interface UnitSheetInput {
  readonly component: ExchangeComponent;
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  /** Headers of the fixed columns, the hidden id column first. */
  readonly headers: readonly string[];
  /** Widths in characters of the fixed columns after the id column. */
  readonly widths: readonly number[];
  /** 0-based columns of the read-only part (full name first) the row's fingerprint covers. */
  readonly hashed: readonly number[];
  /** 0-based column of the status words, or -1. */
  readonly status: number;
  readonly params: readonly { readonly id: string; readonly header: string }[];
  readonly rows: readonly UnitSheetRow[];
}

export interface UnitWorkbookInput {
  readonly instructions: { readonly sheet: string; readonly lines: readonly string[] };
  readonly sheets: readonly UnitSheetInput[];
  readonly envelope: Omit<UnitEnvelope, 'type' | 'formatVersion' | 'sections'> & { readonly lang: string };
}

const cellText = (v: string | number | undefined): string => (v === undefined ? '' : String(v).trim());
/** The read-only part a row's fingerprint covers, as written. */
const readOnlyOf = (sheet: Pick<UnitSheetInput, 'hashed'>, row: UnitSheetRow): string[] => sheet.hashed.map((c) => cellText(row.cells[c - 1]));

function scoreSheet(input: UnitSheetInput): XLSX.WorkSheet {
  const fixed = input.headers.length;
  const headers = [...input.headers, ...input.params.map((p) => p.header)];
  const aoa: (string | number | null)[][] = [
    // The title sits in B: A is the hidden id column.
    ['', input.title],
    ['', input.subtitle],
    [],
    headers,
    ...input.rows.map((r) => [r.id, ...r.cells, ...input.params.map((p) => (r.values[p.id] === undefined ? null : (r.values[p.id] ?? 0) / 100))]),
  ];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  // Text stays text: a name like "=1+1" is never a formula; scores show two decimals.
  for (const key of Object.keys(ws)) {
    if (key.startsWith('!')) continue;
    const cell = ws[key] as XLSX.CellObject;
    delete cell.f;
    if (cell.t === 'n' && XLSX.utils.decode_cell(key).c >= fixed) cell.z = '0.00';
  }
  ws['!merges'] = [0, 1].map((r) => ({ s: { r, c: 1 }, e: { r, c: headers.length - 1 } }));
  ws['!cols'] = [{ wch: 10, hidden: true }, ...input.widths.map((wch) => ({ wch })), ...input.params.map((p) => ({ wch: Math.max(14, Math.min(40, p.header.length + 2)) }))];
  return ws;
}

export function writeUnitWorkbook(input: UnitWorkbookInput): Uint8Array {
  const wb = XLSX.utils.book_new();
  const instructions = XLSX.utils.aoa_to_sheet(input.instructions.lines.map((line) => [line]));
  instructions['!cols'] = [{ wch: 110 }];
  XLSX.utils.book_append_sheet(wb, instructions, sheetName(input.instructions.sheet));
  const meta: Record<string, string> = {};
  const sections = input.sheets.map((sheet) => {
    XLSX.utils.book_append_sheet(wb, scoreSheet(sheet), sheetName(sheet.name));
    for (const r of sheet.rows) {
      const values: Record<string, number> = {};
      for (const p of sheet.params) if (r.values[p.id] !== undefined) values[p.id] = r.values[p.id] as number;
      meta[`row:${sheet.component}:${r.id}`] = JSON.stringify({ h: rowHash([r.id, ...readOnlyOf(sheet, r)]), v: values, ...(r.excluded ? { x: 1 } : {}) });
    }
    return { component: sheet.component, sheet: sheetName(sheet.name), headerRow: HEADER_ROW, headers: [...sheet.headers, ...sheet.params.map((p) => p.header)], fixed: sheet.headers.length, hashed: sheet.hashed, status: sheet.status, params: sheet.params.map((p) => p.id) };
  });
  appendEnvelope(wb, { type: UNIT_WORKBOOK_TYPE, formatVersion: UNIT_WORKBOOK_FORMAT, ...input.envelope, sections: JSON.stringify(sections), ...meta });
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
const isIndexArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x) && (x as number) >= -1 && (x as number) < 1000);
const isExportedRow = (v: unknown): v is { h: string; v: Record<string, number>; x?: number } =>
  typeof v === 'object' && v !== null && typeof (v as { h?: unknown }).h === 'string' && typeof (v as { v?: unknown }).v === 'object' && (v as { v: unknown }).v !== null && Object.values((v as { v: object }).v).every((x) => Number.isSafeInteger(x));
const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : String(c).trim());

type SectionLayout = Omit<UnitSection, 'rows'>;

/** The score sheets the envelope describes; format 1 had the ranking sheet only, described by flat keys. */
function sectionLayouts(meta: Readonly<Record<string, string | number>>): SectionLayout[] | undefined {
  const raw: unknown = meta['formatVersion'] === 1 ? [{ component: 'ranking', sheet: meta['sheet'], headerRow: Number(meta['headerRow']), headers: parseJson(meta['headers']), fixed: 5, hashed: [2, 3], status: 4, params: parseJson(meta['params']) }] : parseJson(meta['sections']);
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > 4) return undefined;
  const out: SectionLayout[] = [];
  for (const s of raw as unknown[]) {
    if (typeof s !== 'object' || s === null) return undefined;
    const x = s as Record<string, unknown>;
    const { component, sheet, headerRow, headers, fixed, hashed, status, params } = x;
    if ((component !== 'ranking' && component !== 'kci') || typeof sheet !== 'string' || !isStringArray(headers) || !isStringArray(params) || !isIndexArray(hashed)) return undefined;
    if (typeof headerRow !== 'number' || !Number.isInteger(headerRow) || headerRow < 1 || typeof fixed !== 'number' || !Number.isInteger(fixed) || fixed < 1 || typeof status !== 'number' || !Number.isInteger(status)) return undefined;
    if (headers.length !== fixed + params.length || out.some((o) => o.component === component)) return undefined;
    out.push({ component, sheet, headerRow, headers, fixed, hashed, status, params });
  }
  return out;
}

/** Reads a returned unit workbook: nothing of it is trusted before its envelope and layout are. */
export function readUnitWorkbook(bytes: Uint8Array, fileName: string): Result<ReturnedWorkbook, UnitReadProblem> {
  const read = readWorkbook(bytes, UNIT_LIMITS);
  if (!read.ok) return read;
  const meta = readEnvelope(read.value);
  if (!meta) return err({ code: 'notOurs' });
  if (meta['type'] !== UNIT_WORKBOOK_TYPE) return err({ code: 'otherType' });
  if (typeof meta['formatVersion'] !== 'number' || meta['formatVersion'] > UNIT_WORKBOOK_FORMAT) return err({ code: 'newerFormat' });
  const layouts = sectionLayouts(meta);
  if (!layouts) return err({ code: 'layoutChanged' });
  const exported = new Map<string, Map<string, ExportedRow>>(layouts.map((l) => [l.component, new Map()]));
  for (const [key, value] of Object.entries(meta)) {
    if (!key.startsWith('row:')) continue;
    const parsed = parseJson(value);
    if (!isExportedRow(parsed)) continue;
    // Format 1: `row:<id>`, the ranking's; format 2: `row:<component>:<id>`.
    const [component, id] = meta['formatVersion'] === 1 ? ['ranking', key.slice(4)] : [key.slice(4, key.indexOf(':', 4)), key.slice(key.indexOf(':', 4) + 1)];
    exported.get(component)?.set(id, { hash: parsed.h, values: parsed.v, ...(parsed.x === 1 ? { excluded: true } : {}) });
  }
  const sections: ReturnedSection[] = [];
  let title: string[] = [];
  for (const layout of layouts) {
    const sheet = read.value.sheets.find((s) => s.name === layout.sheet && !s.hidden);
    if (!sheet) return err({ code: 'layoutChanged' });
    const found = (sheet.rows[layout.headerRow - 1] ?? []).map(text);
    if (layout.headers.some((h, i) => h !== found[i])) return err({ code: 'layoutChanged' });
    const rows: ReturnedRow[] = [];
    for (let r = layout.headerRow; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r] ?? [];
      const id = text(cells[0]);
      if (id === '' && cells.every((c) => text(c) === '')) continue;
      const { param: own } = rowTarget(layout.component, id);
      const scoreCells = layout.params.map((param, i) => ({ param: own ?? param, column: columnLetter(layout.fixed + i), raw: cells[layout.fixed + i] ?? null }));
      rows.push({ sheetRow: r + 1, id, readOnly: layout.hashed.map((c) => text(cells[c])), shown: Array.from({ length: layout.fixed - 1 }, (_, c) => text(cells[c + 1])), status: layout.status < 0 ? '' : text(cells[layout.status]), cells: scoreCells });
    }
    if (sections.length === 0) title = sheet.rows.slice(0, layout.headerRow - 1).map((row) => row.map(text).filter((c) => c !== '').join(' ')).filter((line) => line !== '');
    sections.push({ component: layout.component, sheet: sheet.name, headers: layout.headers, rows });
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
    sections: layouts.map((l) => ({ ...l, rows: exported.get(l.component) ?? new Map() })),
  };
  return ok({ fileName, title, envelope, sections });
}

/**
 * Evaluator mode: the received workbook with the unit head's scores written into its score cells —
 * everything else, the hidden `_meta` envelope included, exactly as it came, so that the agency's
 * import compares the head's scores with what was exported. `scores` is keyed by `scoreKey`.
 */
export function fillUnitWorkbook(bytes: Uint8Array, file: ReturnedWorkbook, scores: ReadonlyMap<string, Readonly<Record<string, number | undefined>>>): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array', cellStyles: true, cellFormula: false, bookVBA: false });
  for (const section of file.sections) {
    const ws = wb.Sheets[section.sheet];
    if (!ws) continue;
    for (const row of section.rows) {
      const values = scores.get(scoreKey(section.component, rowTarget(section.component, row.id).employeeId));
      if (!values) continue;
      for (const cell of row.cells) {
        const v = values[cell.param];
        ws[`${cell.column}${row.sheetRow}`] = v === undefined ? { t: 'z' } : { t: 'n', v: v / 100, z: '0.00' };
      }
    }
  }
  return workbookBytes(wb);
}
