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
import { fingerprintKey, scoreKey } from '../ids';
import {
  entryFields,
  readEntryRow,
  sameEntry,
  withEntry,
  entriesOf,
  type EntryContext,
  type EntryFields,
  type EntryList,
  type EntryScale,
  type PointsLists,
} from './points-exchange';
import { readScore } from './score-input';

export const UNIT_WORKBOOK_TYPE = 'bagalau-unit-workbook';
export const UNIT_WORKBOOK_FORMAT = 2;

/**
 * A short fingerprint of a row's read-only cells (FNV-1a, 32 bits): enough to notice a changed name
 * or category, which is carelessness or tampering, not an attack on a hash.
 * @example rowHash(['e1', 'Ахметов Ерлан', 'E-4']) → 'd80d2caa'
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
  /** An entry sheet's row: the entry it held; none for an empty row left for a new entry. */
  readonly entry?: EntryFields;
}

/** The scores a unit workbook carries a sheet for: the staff's ranking, the heads' KCIs. */
export type ExchangeComponent = 'ranking' | 'kci';
/** Every sheet of a unit workbook: the score sheets and the points model's entry sheets. */
export type SectionKind = ExchangeComponent | EntryList;
export const isEntryList = (kind: SectionKind): kind is EntryList =>
  kind === 'incentives' || kind === 'violations' || kind === 'self';

/**
 * One sheet of a unit workbook, as its `_meta` sheet states it. Ranking: a row per person, a
 * score column per parameter. KCI: a row per KCI of a head the unit's head evaluates, one score
 * column; the row's id is `<employee>|<KCI>`. Incentives and violations (points model): a row per
 * entry, the editable columns `ENTRY_FIELDS`; the row's id is `<employee>|<entry>`.
 */
export interface UnitSection {
  readonly component: SectionKind;
  readonly sheet: string;
  /** 1-based row of the column headers. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  /** Columns before the score columns (the hidden id column first). */
  readonly fixed: number;
  /** 0-based columns of the read-only part the fingerprint covers (after the id), full name first. */
  readonly hashed: readonly number[];
  /** 0-based column of the status words, or -1. */
  readonly status: number;
  /** Ids of the score columns, in order: the ranking's parameters; `score` for the KCI sheet; an entry sheet's fields. */
  readonly params: readonly string[];
  /** Per row id, what the export held. */
  readonly rows: ReadonlyMap<string, ExportedRow>;
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
  /** The register's id of the export (files written before the register have none). */
  readonly exportId?: string;
  readonly sections: readonly UnitSection[];
  /** With entry sheets: the quarter and the scale they are read with. */
  readonly points?: EntryScale;
}

/** The KCI sheet's row id joins the head and the KCI; an entry sheet's, the person and the entry. */
export const kciRowId = (employeeId: string, kciId: string): string => `${employeeId}|${kciId}`;
export const entryRowId = kciRowId;
/** The person a row is about and the parameter a KCI row's one score column stands for (an entry row's entry). */
export function rowTarget(component: SectionKind, rowId: string): { employeeId: string; param?: string } {
  if (component === 'ranking') return { employeeId: rowId };
  const bar = rowId.lastIndexOf('|');
  return bar < 0 ? { employeeId: rowId, param: '' } : { employeeId: rowId.slice(0, bar), param: rowId.slice(bar + 1) };
}

/** A data row of a returned sheet, as the spreadsheet program left it. */
export interface ReturnedRow {
  /** 1-based, as the spreadsheet shows it. */
  readonly sheetRow: number;
  readonly id: string;
  /** The read-only cells (full name first, then category or the KCI's name, measure, plan, actual) as found. */
  readonly readOnly: readonly string[];
  /** The status column's words, for showing only. */
  readonly status: string;
  /** The fixed columns after the id column as found (№, name, … status), for showing only. */
  readonly shown: readonly string[];
  /** The score cells; `param` is the stored parameter (a ranking parameter, or the KCI's id; an entry sheet's field). */
  readonly cells: readonly { readonly param: string; readonly column: string; readonly raw: Cell }[];
}

export interface ReturnedSection {
  readonly component: SectionKind;
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rows: readonly ReturnedRow[];
}

export interface ReturnedWorkbook {
  readonly fileName: string;
  /** The first sheet's title lines, as written. */
  readonly title: readonly string[];
  readonly envelope: UnitEnvelope;
  readonly sections: readonly ReturnedSection[];
  /**
   * Its rows fingerprinted under the agency's key (`component:rowId` → HMAC), compared with the
   * export register's (`export-register.ts`). Without them a row is compared by the unkeyed
   * `rowHash` — only for a file whose envelope was not taken from the register (tests).
   */
  readonly fingerprints?: ReadonlyMap<string, string>;
}

export type RefusalCode =
  | 'notOurs'
  | 'otherType'
  | 'newerFormat'
  | 'otherAgency'
  | 'otherPeriod'
  | 'otherUnit'
  | 'unknownPeriod'
  | 'unknownUnit'
  | 'layoutChanged';

/** Refuses a workbook before a cell of it is trusted, or returns undefined when it may be read. */
export function checkEnvelope(
  envelope: Partial<UnitEnvelope> | undefined,
  scope: {
    readonly agencyId: string;
    readonly periodId?: string | undefined;
    readonly unitId?: string | undefined;
    readonly periods: ReadonlySet<string>;
    readonly units: ReadonlySet<string>;
  },
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
  readonly component: ExchangeComponent;
  readonly employeeId: string;
  readonly param: string;
  readonly before: number | undefined;
  readonly after: number | undefined;
  readonly sheet: string;
  readonly sheetRow: number;
  readonly column: string;
  /** The KCI's name as the file states it (KCI sheet only). */
  readonly item?: string;
}

/** Changed in Bagalau after the export and differently in the file: the user decides. */
export interface Conflict extends CellChange {
  /** What the export held. */
  readonly exported: number | undefined;
}

/** An entry of the points model added, changed or removed (`after` undefined) by a row of an entry sheet. */
export interface EntryChange {
  readonly list: EntryList;
  readonly employeeId: string;
  readonly entryId: string;
  readonly before: EntryFields | undefined;
  readonly after: EntryFields | undefined;
  readonly sheet: string;
  readonly sheetRow: number;
}

export interface EntryConflict extends EntryChange {
  readonly exported: EntryFields | undefined;
}

export interface UnitImportPlan {
  readonly fileName: string;
  readonly periodId: string;
  readonly unitId: string;
  readonly exportedAt: string;
  readonly changes: readonly CellChange[];
  readonly conflicts: readonly Conflict[];
  readonly entries: readonly EntryChange[];
  readonly entryConflicts: readonly EntryConflict[];
  readonly problems: readonly Problem[];
}

export interface UnitImportInput {
  readonly file: ReturnedWorkbook;
  /** People of the agency by id, with their unit now. */
  readonly unitOf: ReadonlyMap<string, string>;
  /** Whether the person is evaluated in the period by that component (eligibility). */
  readonly evaluated: (component: ExchangeComponent | 'points', employeeId: string) => boolean;
  /** Nothing of it may change: the person's unit submitted the period, or the head's KCI sheet is with the superior manager or agreed. */
  readonly locked: (component: ExchangeComponent | 'points', employeeId: string) => boolean;
  /** Scores stored now, keyed by `scoreKey(component, employee)`. */
  readonly current: ReadonlyMap<string, Readonly<Record<string, number>>>;
  /** Parameters stored now for that person and component: the profile's ranking parameters, the head's KCIs. */
  readonly params: (component: ExchangeComponent, employeeId: string) => ReadonlySet<string>;
  /** The points model's entry sheets: how to read a row, and the entries stored now by person. */
  readonly points?: { readonly context: EntryContext; readonly current: ReadonlyMap<string, PointsLists> };
}

const at = (
  code: ProblemCode,
  where: { sheet: string; row?: number; column?: string },
  params?: Record<string, string | number>,
  field?: string,
): Problem => ({ ...problem(code, field, params), ...where });

/**
 * @example planUnitImport({ file, unitOf, evaluated, locked, current, params }) → changes old → new,
 *   conflicts, and every problem with its sheet, row and column
 */
export function planUnitImport(input: UnitImportInput): UnitImportPlan {
  const { file } = input;
  const problems: Problem[] = [];
  const changes: CellChange[] = [];
  const conflicts: Conflict[] = [];
  const entries: EntryChange[] = [];
  const entryConflicts: EntryConflict[] = [];
  for (const section of file.sections) {
    const envelope = file.envelope.sections.find((s) => s.component === section.component);
    if (!envelope) continue;
    if (isEntryList(section.component)) {
      const planned = planEntrySection(input, section.component, section, envelope);
      problems.push(...planned.problems);
      entries.push(...planned.entries);
      entryConflicts.push(...planned.conflicts);
      continue;
    }
    const planned = planSection(input, section.component, section, envelope);
    problems.push(...planned.problems);
    changes.push(...planned.changes);
    conflicts.push(...planned.conflicts);
  }
  return {
    fileName: file.fileName,
    periodId: file.envelope.periodId,
    unitId: file.envelope.unitId,
    exportedAt: file.envelope.exportedAt,
    changes,
    conflicts,
    entries,
    entryConflicts,
    problems,
  };
}

/**
 * An entry sheet: each row read as a whole entry (or blank), then compared like a score cell — the
 * entry exported (none for an empty row), the file's, the one stored now under the row's entry id.
 */
function planEntrySection(
  input: UnitImportInput,
  list: EntryList,
  section: ReturnedSection,
  envelope: UnitSection,
): { entries: EntryChange[]; conflicts: EntryConflict[]; problems: Problem[] } {
  const { sheet } = section;
  const problems: Problem[] = [];
  const entries: EntryChange[] = [];
  const conflicts: EntryConflict[] = [];
  const points = input.points;
  if (!points) return { entries, conflicts, problems };
  const seen = new Set<string>();
  let lockedRows = 0;
  for (const row of section.rows) {
    const where = { sheet, row: row.sheetRow };
    const exported = trustedRow(row, envelope, seen, where, problems, input.file.fingerprints?.get(fingerprintKey(list, row.id)));
    if (!exported) continue;
    const { employeeId, param: entryId = '' } = rowTarget(list, row.id);
    const read = readEntryRow(list, row.cells, points.context);
    if (read.kind === 'invalid') {
      problems.push(...read.problems.map((p) => ({ ...p, ...where })));
      continue;
    }
    const file = read.kind === 'entry' ? read.entry : undefined;
    const own = points.current.get(employeeId);
    const stored = (own ? entriesOf(own, list) : []).find((e) => e.id === entryId);
    const now = stored ? entryFields(stored) : undefined;
    // Untouched in the file, or already what Bagalau holds.
    if (sameEntry(file, exported.entry) || sameEntry(file, now)) continue;
    const name = row.readOnly[0] ?? '';
    if (!input.unitOf.has(employeeId)) {
      problems.push(at('rowUnknown', where, { id: row.id }));
      continue;
    }
    if (!input.evaluated('points', employeeId)) {
      problems.push(at('excluded', where, { name }));
      continue;
    }
    if (input.locked('points', employeeId)) {
      lockedRows++;
      continue;
    }
    const change: EntryChange = { list, employeeId, entryId, before: now, after: file, sheet, sheetRow: row.sheetRow };
    if (sameEntry(now, exported.entry)) entries.push(change);
    else conflicts.push({ ...change, exported: exported.entry });
  }
  if (lockedRows > 0) problems.push(at('periodLocked', { sheet }, { cells: lockedRows }));
  return { entries, conflicts, problems };
}

/** What the export held for a row — unless the row is unknown, repeated, or its read-only part changed (a problem each). */
function trustedRow(
  row: ReturnedRow,
  envelope: UnitSection,
  seen: Set<string>,
  where: { sheet: string; row: number },
  problems: Problem[],
  keyed: string | undefined,
): ExportedRow | undefined {
  const exported = envelope.rows.get(row.id);
  if (!exported) {
    problems.push(at('rowUnknown', where, { id: row.id }));
    return undefined;
  }
  if (seen.has(row.id)) {
    problems.push(at('rowDuplicate', where));
    return undefined;
  }
  seen.add(row.id);
  if ((keyed ?? rowHash([row.id, ...row.readOnly])) !== exported.hash) {
    problems.push(at('rowTampered', where, { name: row.readOnly[0] ?? '' }));
    return undefined;
  }
  return exported;
}

function planSection(
  input: UnitImportInput,
  component: ExchangeComponent,
  section: ReturnedSection,
  envelope: UnitSection,
): { changes: CellChange[]; conflicts: Conflict[]; problems: Problem[] } {
  const { sheet } = section;
  const problems: Problem[] = [];
  const changes: CellChange[] = [];
  const conflicts: Conflict[] = [];
  if (component === 'ranking') {
    // A column the profile in force no longer scores: said once, its cells left alone.
    const first = section.rows.find((r) => input.unitOf.has(r.id));
    const known = input.params(component, first?.id ?? '');
    for (const param of envelope.params) if (!known.has(param)) problems.push(at('paramUnknown', { sheet }, { param }));
  }
  const seen = new Set<string>();
  const lockedPeople = new Map<string, { name: string; cells: number }>();
  for (const row of section.rows) {
    const where = { sheet, row: row.sheetRow };
    const exported = trustedRow(
      row,
      envelope,
      seen,
      where,
      problems,
      input.file.fingerprints?.get(fingerprintKey(component, row.id)),
    );
    if (!exported) continue;
    const { employeeId } = rowTarget(component, row.id);
    const name = row.readOnly[0] ?? '';
    const known = input.params(component, employeeId);
    const now = input.current.get(scoreKey(component, employeeId)) ?? {};
    const rowChanges: CellChange[] = [];
    const rowConflicts: Conflict[] = [];
    for (const [i, cell] of row.cells.entries()) {
      const read = readScore(cell.raw, cell.param);
      if (read.kind === 'invalid') {
        problems.push({ ...read.problem, sheet, row: row.sheetRow, column: cell.column });
        continue;
      }
      const value = read.kind === 'score' ? read.value : undefined;
      // The export recorded values by column id; a KCI row's one column is its KCI.
      const was = exported.values[envelope.params[i] ?? cell.param];
      const current = now[cell.param];
      // Untouched in the file, or already what Bagalau holds: nothing to do (a second import of the same file changes nothing).
      if (value === was || value === current) continue;
      if (!known.has(cell.param)) {
        // A KCI removed from the plan since the export (a removed ranking parameter is said above).
        if (component === 'kci')
          problems.push(at('kciUnknown', { ...where, column: cell.column }, { param: row.readOnly[1] ?? cell.param }));
        continue;
      }
      if (!input.evaluated(component, employeeId)) {
        problems.push(at('excluded', { ...where, column: cell.column }, { name }, cell.param));
        continue;
      }
      const change: CellChange = {
        component,
        employeeId,
        param: cell.param,
        before: current,
        after: value,
        sheet,
        sheetRow: row.sheetRow,
        column: cell.column,
        ...(component === 'kci' ? { item: row.readOnly[1] ?? '' } : {}),
      };
      if (current === was) rowChanges.push(change);
      else rowConflicts.push({ ...change, exported: was });
    }
    const touched = rowChanges.length + rowConflicts.length;
    if (touched === 0) continue;
    // Someone who left the unit since the export: their row is only a problem when it changes something.
    // (The KCI sheet's heads lead other units: their rows are theirs.)
    if (component === 'ranking' && input.unitOf.get(employeeId) !== input.file.envelope.unitId) {
      problems.push(at('rowOtherUnit', where, { name }));
      continue;
    }
    if (input.locked(component, employeeId)) {
      const l = lockedPeople.get(employeeId) ?? { name, cells: 0 };
      lockedPeople.set(employeeId, { name, cells: l.cells + touched });
      continue;
    }
    changes.push(...rowChanges);
    conflicts.push(...rowConflicts);
  }
  // A submitted period (or KCI sheet) takes nothing from the file: one problem instead of every cell.
  if (component === 'ranking') {
    const cells = [...lockedPeople.values()].reduce((n, l) => n + l.cells, 0);
    if (cells > 0) problems.push(at('periodLocked', { sheet }, { cells }));
  } else for (const l of lockedPeople.values()) problems.push(at('kciLocked', { sheet }, { name: l.name, cells: l.cells }));
  return { changes, conflicts, problems };
}

/**
 * Several returned workbooks planned in turn, each against the scores as the files before it
 * would leave them: a cell two files change alike is one change, differently a conflict.
 */
export function planUnitImports(files: readonly ReturnedWorkbook[], input: Omit<UnitImportInput, 'file'>): UnitImportPlan[] {
  const current = new Map(input.current);
  const entries = new Map(input.points?.current);
  return files.map((file) => {
    const plan = planUnitImport({
      ...input,
      file,
      current,
      ...(input.points ? { points: { context: input.points.context, current: entries } } : {}),
    });
    for (const c of plan.changes) {
      const key = scoreKey(c.component, c.employeeId);
      const scores: Record<string, number> = { ...current.get(key) };
      if (c.after === undefined) delete scores[c.param];
      else scores[c.param] = c.after;
      current.set(key, scores);
    }
    for (const c of plan.entries)
      entries.set(c.employeeId, withEntry(entries.get(c.employeeId) ?? { incentives: [], violations: [] }, c));
    return plan;
  });
}
