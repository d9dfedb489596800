/**
 * The unit workbook on the wire (issue 5): written for a unit head — an instructions sheet, the
 * ranking sheet (a hidden id column, №, full name and category read-only in meaning, the status, one
 * score column per parameter), the KCI sheet of the heads the unit's head evaluates (a row per KCI
 * with its plan and actual value, one score column), for the points model the incentives and
 * violations sheets (an entry a row, empty rows for new entries) with the profile's scale beside
 * them, and the hidden `_meta` envelope describing each
 * sheet with its row ids, each row's fingerprint and the scores it held — and read back from
 * whatever spreadsheet program saved it: cached values only, size limits first, the layout checked
 * against the envelope.
 */
import * as XLSX from 'xlsx';
import {
  entryScaleOf,
  excelSerial,
  exportedEntry,
  isEntryList,
  parseDateInput,
  rowHash,
  exportRecord,
  exportTexts,
  unitSheetName,
  UNIT_HEADER_ROW,
  rowTarget,
  scoreKey,
  UNIT_WORKBOOK_FORMAT,
  UNIT_WORKBOOK_TYPE,
  type Cell,
  type ExportedRow,
  type ReturnedRow,
  type ReturnedSection,
  type ReturnedWorkbook,
  type SectionKind,
  type UnitEnvelope,
  type UnitSection,
  rowMetaKey,
  entryKey,
} from '../domain';
import { parseDecimal } from '../domain/numbers';
import { columnLetter } from '../domain/problems';
import { err, ok, type Result } from '../domain/result';
import { appendEnvelope, readEnvelope, workbookBytes } from './envelope';
import { readWorkbook, type FileProblem } from './read-workbook';
import type {
  ColumnCheck,
  ColumnKind,
  ReferenceSheet,
  UnitSheetInput,
  UnitSheetRow,
  UnitWorkbookInput,
} from '../documents/unit-workbook';
import { UNIT_LIMITS } from './limits';
import { guardWorkbook, keepGuards, type CellBlock, type SheetGuard } from './sheet-guard';

/** A data row of a sheet: its id (hidden column A), the read-only cells after it, its scores or its entry. */
export type { ColumnKind, ReferenceSheet, UnitSheetInput, UnitSheetRow, UnitWorkbookInput };

/** Unkeyed fingerprints (`rowHash`), for a workbook written without the register (tests, benchmarks). */
const unkeyed = (sheets: UnitWorkbookInput['sheets']): Map<string, string> =>
  new Map([...exportTexts(sheets)].map(([key, text]) => [key, rowHash([text])]));

const EMPTY_FORMAT = { score: '0.00', integer: '0', date: 'dd.mm.yyyy' } as const;

/** An editable cell's value as written: scores as numbers (hundredths → units), dates as date serials. */
export function editableCell(kind: ColumnKind, value: string | number | null | undefined): XLSX.CellObject {
  // An empty cell keeps its column's number format, so a score typed into it shows as the others do.
  if (value === null || value === undefined || value === '')
    return kind === 'text' ? { t: 'z' } : { t: 'z', z: EMPTY_FORMAT[kind] };
  if (kind === 'score' && typeof value === 'number') return { t: 'n', v: value / 100, z: '0.00' };
  if (kind === 'integer') {
    const n = typeof value === 'number' ? value : parseDecimal(value.replace(/^\+/, ''));
    if (n !== undefined && Number.isInteger(n)) return { t: 'n', v: n, z: '0' };
  }
  if (kind === 'date') {
    const iso = parseDateInput(value);
    if (iso) return { t: 'n', v: excelSerial(iso), z: 'dd.mm.yyyy' };
  }
  return { t: 's', v: String(value) };
}

function scoreSheet(input: UnitSheetInput): XLSX.WorkSheet {
  const fixed = input.headers.length;
  const headers = [...input.headers, ...input.params.map((p) => p.header)];
  const aoa: (string | number | null)[][] = [
    // The title sits in B: A is the hidden id column.
    ['', input.title],
    ['', input.subtitle],
    [],
    headers,
    ...input.rows.map((r) => [r.id, ...r.cells]),
  ];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  // Text stays text: a name like "=1+1" is never a formula.
  for (const key of Object.keys(ws)) if (!key.startsWith('!')) delete (ws[key] as XLSX.CellObject).f;
  input.rows.forEach((r, i) =>
    input.params.forEach((p, c) => {
      const value = r.fields ? r.fields[c] : r.values[p.id];
      ws[XLSX.utils.encode_cell({ r: UNIT_HEADER_ROW + i, c: fixed + c })] = editableCell(p.kind ?? 'score', value);
    }),
  );
  ws['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(UNIT_HEADER_ROW - 1, UNIT_HEADER_ROW + input.rows.length - 1), c: headers.length - 1 },
  });
  ws['!merges'] = [0, 1].map((r) => ({ s: { r, c: 1 }, e: { r, c: headers.length - 1 } }));
  ws['!cols'] = [
    { wch: 10, hidden: true },
    ...input.widths.map((wch) => ({ wch })),
    ...input.params.map((p) => ({ wch: p.width ?? Math.max(14, Math.min(40, p.header.length + 2)) })),
  ];
  return ws;
}

/**
 * A score sheet's guard (issue 19 §3): the header rows and the columns up to the full name frozen;
 * only the editable cells of the people evaluated unlocked, each column checked as its `check` says.
 */
function sheetGuard(input: UnitSheetInput): SheetGuard {
  const fixed = input.headers.length;
  // Runs of rows whose people are evaluated: a row not evaluated stays locked.
  const runs: { top: number; bottom: number }[] = [];
  input.rows.forEach((row, i) => {
    if (row.excluded) return;
    const last = runs[runs.length - 1];
    if (last && last.bottom === UNIT_HEADER_ROW + i - 1) last.bottom++;
    else runs.push({ top: UNIT_HEADER_ROW + i, bottom: UNIT_HEADER_ROW + i });
  });
  const right = fixed + input.params.length - 1;
  const editable: CellBlock[] = right < fixed ? [] : runs.map((run) => ({ ...run, left: fixed, right }));
  // Adjacent columns with the same check share one validation range.
  type Block = { -readonly [K in keyof CellBlock]: CellBlock[K] };
  const rules: { blocks: Block[]; rule: ColumnCheck }[] = [];
  const byCheck = new Map<string, { blocks: Block[]; rule: ColumnCheck }>();
  input.params.forEach((p, i) => {
    if (!p.check) return;
    const key = JSON.stringify(p.check);
    let entry = byCheck.get(key);
    if (!entry) {
      entry = { blocks: [], rule: p.check };
      byCheck.set(key, entry);
      rules.push(entry);
    }
    const previous = JSON.stringify(input.params[i - 1]?.check);
    for (const run of runs) {
      const left = fixed + i;
      const joined = previous === key ? entry.blocks.find((b) => b.top === run.top && b.right === left - 1) : undefined;
      if (joined) joined.right = left;
      else entry.blocks.push({ ...run, left, right: left });
    }
  });
  return {
    sheet: unitSheetName(input.name),
    freeze: { rows: UNIT_HEADER_ROW, columns: (input.hashed[0] ?? 0) + 1 },
    editable,
    rules: rules.filter((r) => r.blocks.length > 0),
  };
}

function referenceSheet(input: ReferenceSheet): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([[input.title], [], [...input.headers], ...input.rows.map((r) => [...r])]);
  for (const key of Object.keys(ws)) if (!key.startsWith('!')) delete (ws[key] as XLSX.CellObject).f;
  ws['!cols'] = input.widths.map((wch) => ({ wch }));
  return ws;
}

export function writeUnitWorkbook(input: UnitWorkbookInput): Uint8Array {
  const wb = XLSX.utils.book_new();
  const instructions = XLSX.utils.aoa_to_sheet(input.instructions.lines.map((line) => [line]));
  instructions['!cols'] = [{ wch: 110 }];
  XLSX.utils.book_append_sheet(wb, instructions, unitSheetName(input.instructions.sheet));
  // The layout and rows written are the register's record of this export (`exportRecord`), so the
  // file and the register cannot differ; the fingerprints are the agency's keyed ones.
  for (const sheet of input.sheets) XLSX.utils.book_append_sheet(wb, scoreSheet(sheet), unitSheetName(sheet.name));
  const fingerprints = input.fingerprints ?? unkeyed(input.sheets);
  const { sections: registered } = exportRecord({ ...input.envelope, operator: '', id: '' }, input.sheets, fingerprints);
  const meta: Record<string, string> = {};
  const sections = registered.map(({ rows, ...layout }) => {
    for (const { id, hash, values, entry, excluded } of rows)
      meta[rowMetaKey(layout.component, id)] = JSON.stringify({
        h: hash,
        v: values,
        ...(entry ? { e: entry } : {}),
        ...(excluded ? { x: 1 } : {}),
      });
    return layout;
  });
  for (const reference of input.references ?? [])
    XLSX.utils.book_append_sheet(wb, referenceSheet(reference), unitSheetName(reference.name));
  const { points, ...envelope } = input.envelope;
  appendEnvelope(wb, {
    type: UNIT_WORKBOOK_TYPE,
    formatVersion: UNIT_WORKBOOK_FORMAT,
    ...envelope,
    sections: JSON.stringify(sections),
    ...(points ? { points: JSON.stringify(points) } : {}),
    ...meta,
  });
  return guardWorkbook(workbookBytes(wb), input.sheets.map(sheetGuard));
}

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
const isIndexArray = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((x) => Number.isInteger(x) && (x as number) >= -1 && (x as number) < 1000);
const isExportedRow = (v: unknown): v is { h: string; v: Record<string, number>; x?: number; e?: unknown } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { h?: unknown }).h === 'string' &&
  typeof (v as { v?: unknown }).v === 'object' &&
  (v as { v: unknown }).v !== null &&
  Object.values((v as { v: object }).v).every((x) => Number.isSafeInteger(x));
const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : String(c).trim());

type SectionLayout = Omit<UnitSection, 'rows'>;
const SECTION_KINDS: readonly SectionKind[] = ['ranking', 'kci', 'incentives', 'violations', 'self'];

/** The score sheets the envelope describes; format 1 had the ranking sheet only, described by flat keys. */
function sectionLayouts(meta: Readonly<Record<string, string | number>>): SectionLayout[] | undefined {
  const raw: unknown =
    meta['formatVersion'] === 1
      ? [
          {
            component: 'ranking',
            sheet: meta['sheet'],
            headerRow: Number(meta['headerRow']),
            headers: parseJson(meta['headers']),
            fixed: 5,
            hashed: [2, 3],
            status: 4,
            params: parseJson(meta['params']),
          },
        ]
      : parseJson(meta['sections']);
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > SECTION_KINDS.length) return undefined;
  const out: SectionLayout[] = [];
  for (const s of raw as unknown[]) {
    if (typeof s !== 'object' || s === null) return undefined;
    const x = s as Record<string, unknown>;
    const { component, sheet, headerRow, headers, fixed, hashed, status, params } = x;
    if (
      !SECTION_KINDS.includes(component as SectionKind) ||
      typeof sheet !== 'string' ||
      !isStringArray(headers) ||
      !isStringArray(params) ||
      !isIndexArray(hashed)
    )
      return undefined;
    if (
      typeof headerRow !== 'number' ||
      !Number.isInteger(headerRow) ||
      headerRow < 1 ||
      typeof fixed !== 'number' ||
      !Number.isInteger(fixed) ||
      fixed < 1 ||
      typeof status !== 'number' ||
      !Number.isInteger(status)
    )
      return undefined;
    if (headers.length !== fixed + params.length || out.some((o) => o.component === component)) return undefined;
    out.push({ component: component as SectionKind, sheet, headerRow, headers, fixed, hashed, status, params });
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
  if (typeof meta['formatVersion'] !== 'number' || meta['formatVersion'] > UNIT_WORKBOOK_FORMAT)
    return err({ code: 'newerFormat' });
  const layouts = sectionLayouts(meta);
  if (!layouts) return err({ code: 'layoutChanged' });
  const exported = new Map<string, Map<string, ExportedRow>>(layouts.map((l) => [l.component, new Map()]));
  for (const [key, value] of Object.entries(meta)) {
    if (!key.startsWith('row:')) continue;
    const parsed = parseJson(value);
    if (!isExportedRow(parsed)) continue;
    // Format 1: `row:<id>`, the ranking's; format 2: `row:<component>:<id>`.
    const [component, id] =
      meta['formatVersion'] === 1
        ? ['ranking', key.slice(4)]
        : [key.slice(4, key.indexOf(':', 4)), key.slice(key.indexOf(':', 4) + 1)];
    const entry = exportedEntry(parsed.e);
    exported
      .get(component)
      ?.set(id, { hash: parsed.h, values: parsed.v, ...(entry ? { entry } : {}), ...(parsed.x === 1 ? { excluded: true } : {}) });
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
      // A KCI row's one score column is its KCI; an entry row's columns are the entry's fields.
      const own = layout.component === 'kci' ? rowTarget(layout.component, id).param : undefined;
      const scoreCells = layout.params.map((param, i) => ({
        param: own ?? param,
        column: columnLetter(layout.fixed + i),
        raw: cells[layout.fixed + i] ?? null,
      }));
      rows.push({
        sheetRow: r + 1,
        id,
        readOnly: layout.hashed.map((c) => text(cells[c])),
        shown: Array.from({ length: layout.fixed - 1 }, (_, c) => text(cells[c + 1])),
        status: layout.status < 0 ? '' : text(cells[layout.status]),
        cells: scoreCells,
      });
    }
    if (sections.length === 0)
      title = sheet.rows
        .slice(0, layout.headerRow - 1)
        .map((row) =>
          row
            .map(text)
            .filter((c) => c !== '')
            .join(' '),
        )
        .filter((line) => line !== '');
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
    ...(typeof meta['exportId'] === 'string' && meta['exportId'] !== '' ? { exportId: meta['exportId'] } : {}),
    sections: layouts.map((l) => ({ ...l, rows: exported.get(l.component) ?? new Map() })),
  };
  const points = entryScaleOf(parseJson(meta['points']));
  return ok({ fileName, title, envelope: points ? { ...envelope, points } : envelope, sections });
}

/** How an entry sheet's editable column is written. */
export const entryColumnKind = (field: string): ColumnKind =>
  field === 'points' ? 'integer' : field === 'date' ? 'date' : 'text';

/**
 * Evaluator mode: the received workbook with the unit head's scores and entries written into its
 * editable cells — everything else, the hidden `_meta` envelope and the guards included, as it came, so
 * that the agency's import compares them with what was exported. `scores` is keyed by `scoreKey`;
 * `entries` by `<sheet kind>:<row id>`, the row's editable cells in order.
 */
export function fillUnitWorkbook(
  bytes: Uint8Array,
  file: ReturnedWorkbook,
  scores: ReadonlyMap<string, Readonly<Record<string, number | undefined>>>,
  entries: ReadonlyMap<string, readonly Cell[]> = new Map(),
): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array', cellStyles: true, cellFormula: false, bookVBA: false });
  for (const section of file.sections) {
    const ws = wb.Sheets[section.sheet];
    if (!ws) continue;
    for (const row of section.rows) {
      if (isEntryList(section.component)) {
        const cells = entries.get(entryKey(section.component, row.id));
        if (!cells) continue;
        row.cells.forEach((cell, i) => {
          const v = cells[i];
          ws[`${cell.column}${row.sheetRow}`] = editableCell(entryColumnKind(cell.param), typeof v === 'boolean' ? String(v) : v);
        });
        continue;
      }
      const values = scores.get(scoreKey(section.component, rowTarget(section.component, row.id).employeeId));
      if (!values) continue;
      for (const cell of row.cells) ws[`${cell.column}${row.sheetRow}`] = editableCell('score', values[cell.param]);
    }
  }
  // SheetJS reads none of the guards (issue 19 §3): the saved file keeps those of the received one.
  return keepGuards(bytes, workbookBytes(wb));
}
