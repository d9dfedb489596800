/**
 * Unit workbooks as the wire (issue 5): what a unit head receives for a quarter — one row per person
 * of the unit, the read-only part (name, category) fingerprinted — and what comes back: every score
 * cell validated, each row matched by its id, and a three-way comparison of the value exported, the
 * value in the file and the value stored now, so that a score changed in Bagalau after the export is
 * a conflict for the user to decide, never silently overwritten. Pure: the workbook's cells come in
 * as plain data (io reads them), the plan goes out as plain data (store applies it).
 */
import { problem, type Problem, type ProblemCode } from '../problems';
import type { Cell } from '../roster-headers';
import { readScore } from './score-input';

export const UNIT_WORKBOOK_TYPE = 'bagalau-unit-workbook';
export const UNIT_WORKBOOK_FORMAT = 1;

/**
 * A short fingerprint of a row's read-only cells (FNV-1a, 32 bits): enough to notice a changed name
 * or category, which is carelessness or tampering, not an attack on a hash.
 * @example rowHash(['e1', 'Ахметов Ерлан', 'E-4']) → '6f0c…' (8 hex digits)
 */
export function rowHash(cells: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of cells.join('\u241f')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** What the export recorded for a row: the fingerprint of its read-only part and the scores it held. */
export interface ExportedRow {
  readonly hash: string;
  readonly values: Readonly<Record<string, number>>;
  /** Not evaluated in the period: no score may be entered (004 §§6–7). */
  readonly excluded?: boolean;
}

/** The envelope of a unit workbook, as its `_meta` sheet states it. */
export interface UnitEnvelope {
  readonly type: string;
  readonly formatVersion: number;
  readonly agencyId: string;
  readonly periodId: string;
  readonly unitId: string;
  readonly exportedAt: string;
  readonly profileId: string;
  readonly profileVersion: number;
  /** Parameter ids of the score columns, in order. */
  readonly params: readonly string[];
  readonly rows: ReadonlyMap<string, ExportedRow>;
}

/** A data row of a returned sheet, as the spreadsheet program left it. */
export interface ReturnedRow {
  /** 1-based, as the spreadsheet shows it. */
  readonly sheetRow: number;
  readonly id: string;
  /** The read-only cells (full name, category) as found. */
  readonly readOnly: readonly string[];
  /** The status column's words, for showing only. */
  readonly status: string;
  readonly cells: readonly { readonly param: string; readonly column: string; readonly raw: Cell }[];
}

export interface ReturnedWorkbook {
  readonly fileName: string;
  readonly sheet: string;
  /** The sheet's title lines and column headers, as written. */
  readonly title: readonly string[];
  readonly headers: readonly string[];
  readonly envelope: UnitEnvelope;
  readonly rows: readonly ReturnedRow[];
}

export type RefusalCode = 'notOurs' | 'otherType' | 'newerFormat' | 'otherAgency' | 'otherPeriod' | 'otherUnit' | 'unknownPeriod' | 'unknownUnit' | 'layoutChanged';

/** Refuses a workbook before a cell of it is trusted, or returns undefined when it may be read. */
export function checkEnvelope(
  envelope: Partial<UnitEnvelope> | undefined,
  scope: { readonly agencyId: string; readonly periodId?: string | undefined; readonly unitId?: string | undefined; readonly periods: ReadonlySet<string>; readonly units: ReadonlySet<string> },
): RefusalCode | undefined {
  if (!envelope) return 'notOurs';
  if (envelope.type !== UNIT_WORKBOOK_TYPE) return 'otherType';
  if (typeof envelope.formatVersion !== 'number' || envelope.formatVersion > UNIT_WORKBOOK_FORMAT) return 'newerFormat';
  if (envelope.agencyId !== scope.agencyId) return 'otherAgency';
  if (scope.periodId !== undefined && envelope.periodId !== scope.periodId) return 'otherPeriod';
  if (scope.unitId !== undefined && envelope.unitId !== scope.unitId) return 'otherUnit';
  if (!scope.periods.has(envelope.periodId ?? '')) return 'unknownPeriod';
  if (!scope.units.has(envelope.unitId ?? '')) return 'unknownUnit';
  return undefined;
}

export interface CellChange {
  readonly employeeId: string;
  readonly param: string;
  readonly before: number | undefined;
  readonly after: number | undefined;
  readonly sheetRow: number;
  readonly column: string;
}

/** Changed in Bagalau after the export and differently in the file: the user decides. */
export interface Conflict extends CellChange {
  /** What the export held. */
  readonly exported: number | undefined;
}

export interface UnitImportPlan {
  readonly fileName: string;
  readonly periodId: string;
  readonly unitId: string;
  readonly exportedAt: string;
  readonly changes: readonly CellChange[];
  readonly conflicts: readonly Conflict[];
  readonly problems: readonly Problem[];
}

export interface UnitImportInput {
  readonly file: ReturnedWorkbook;
  /** People of the agency by id, with their unit now. */
  readonly unitOf: ReadonlyMap<string, string>;
  /** Whether the person is evaluated in the period (eligibility). */
  readonly evaluated: (employeeId: string) => boolean;
  /** The unit's period is submitted: nothing may change. */
  readonly locked: boolean;
  /** Scores stored now, per person. */
  readonly current: ReadonlyMap<string, Readonly<Record<string, number>>>;
  /** Parameter ids the profile in force scores. */
  readonly params: readonly string[];
}

const at = (code: ProblemCode, where: { sheet: string; row?: number; column?: string }, params?: Record<string, string | number>, field?: string): Problem => ({ ...problem(code, field, params), ...where });

/**
 * @example planUnitImport({ file, unitOf, evaluated, locked: false, current, params }) → changes old → new,
 *   conflicts, and every problem with its sheet, row and column
 */
export function planUnitImport(input: UnitImportInput): UnitImportPlan {
  const { file } = input;
  const sheet = file.sheet;
  const problems: Problem[] = [];
  const changes: CellChange[] = [];
  const conflicts: Conflict[] = [];
  const known = new Set(input.params);
  for (const param of file.envelope.params) if (!known.has(param)) problems.push(at('paramUnknown', { sheet }, { param }));
  const seen = new Set<string>();
  for (const row of file.rows) {
    const where = { sheet, row: row.sheetRow };
    const exported = file.envelope.rows.get(row.id);
    if (!exported) {
      problems.push(at('rowUnknown', where, { id: row.id }));
      continue;
    }
    if (seen.has(row.id)) {
      problems.push(at('rowDuplicate', where));
      continue;
    }
    seen.add(row.id);
    if (rowHash([row.id, ...row.readOnly]) !== exported.hash) {
      problems.push(at('rowTampered', where, { name: row.readOnly[0] ?? '' }));
      continue;
    }
    const now = input.current.get(row.id) ?? {};
    const rowChanges: CellChange[] = [];
    const rowConflicts: Conflict[] = [];
    for (const cell of row.cells) {
      if (!known.has(cell.param)) continue;
      const read = readScore(cell.raw, cell.param);
      if (read.kind === 'invalid') {
        problems.push({ ...read.problem, sheet, row: row.sheetRow, column: cell.column });
        continue;
      }
      const value = read.kind === 'score' ? read.value : undefined;
      const was = exported.values[cell.param];
      const current = now[cell.param];
      // Untouched in the file, or already what Bagalau holds: nothing to do (a second import of the same file changes nothing).
      if (value === was || value === current) continue;
      if (!input.evaluated(row.id)) {
        problems.push(at('excluded', { ...where, column: cell.column }, { name: row.readOnly[0] ?? '' }, cell.param));
        continue;
      }
      const change = { employeeId: row.id, param: cell.param, before: current, after: value, sheetRow: row.sheetRow, column: cell.column };
      if (current === was) rowChanges.push(change);
      else rowConflicts.push({ ...change, exported: was });
    }
    // Someone who left the unit since the export: their row is only a problem when it changes something.
    if (rowChanges.length + rowConflicts.length > 0 && input.unitOf.get(row.id) !== file.envelope.unitId) {
      problems.push(at('rowOtherUnit', where, { name: row.readOnly[0] ?? '' }));
      continue;
    }
    changes.push(...rowChanges);
    conflicts.push(...rowConflicts);
  }
  // A submitted period takes nothing from the file: one problem instead of every cell.
  if (input.locked && changes.length + conflicts.length > 0) {
    problems.push(at('periodLocked', { sheet }, { cells: changes.length + conflicts.length }));
    changes.length = 0;
    conflicts.length = 0;
  }
  return { fileName: file.fileName, periodId: file.envelope.periodId, unitId: file.envelope.unitId, exportedAt: file.envelope.exportedAt, changes, conflicts, problems };
}

/**
 * Several returned workbooks planned in turn, each against the scores as the files before it
 * would leave them: a cell two files change alike is one change, differently a conflict.
 */
export function planUnitImports(files: readonly ReturnedWorkbook[], input: Omit<UnitImportInput, 'file' | 'locked'> & { readonly locked: (unitId: string) => boolean }): UnitImportPlan[] {
  const current = new Map(input.current);
  return files.map((file) => {
    const plan = planUnitImport({ ...input, file, locked: input.locked(file.envelope.unitId), current });
    for (const c of plan.changes) {
      const scores: Record<string, number> = { ...current.get(c.employeeId) };
      if (c.after === undefined) delete scores[c.param];
      else scores[c.param] = c.after;
      current.set(c.employeeId, scores);
    }
    return plan;
  });
}
