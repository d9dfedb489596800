/**
 * Roster import, step 2: each data row under the header becomes a draft with its problems, located
 * by sheet, row and column as the spreadsheet shows them. Nothing is rejected silently.
 */
import { normaliseCategory } from './categories';
import { parseDateInput, type IsoDate } from './dates';
import { iinProblems } from './employee-rules';
import { normaliseIin } from './iin';
import { fullName } from './model';
import { columnLetter, problem, type Problem } from './problems';
import { ROSTER_FIELDS, type Cell, type ColumnMapping, type RosterField } from './roster-headers';

export interface RosterDraft {
  /** 1-based row number in the sheet. */
  readonly row: number;
  readonly surname: string;
  readonly name: string;
  readonly patronymic: string;
  readonly iin: string;
  readonly position: string;
  readonly category: string;
  /** The unit as the file names it: its unit column, else the Russian one, else the Kazakh one. */
  readonly unitName: string;
  /** The unit's names in the columns that state their language (issue 19 §6); none without such columns. */
  readonly unitNames: { readonly kk?: string; readonly ru?: string };
  readonly appointedOn: IsoDate | '';
  readonly publicServices: boolean | null;
  readonly managerRef: string;
  readonly dismissedOn: IsoDate | '';
  readonly problems: readonly Problem[];
}

const MESSY_SPACE = /\s{2,}|[\t\n\r\u00a0]/;
const text = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  const trimmed = cell.trim();
  return MESSY_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
};

const YES = ['да', 'иә', 'ия', 'yes', 'y', 'true', '1', '+', 'x', 'х'];
const NO = ['нет', 'жоқ', 'жок', 'no', 'n', 'false', '0', '-', ''];

function parseYesNo(cell: Cell | undefined): boolean | null | undefined {
  if (typeof cell === 'boolean') return cell;
  const t = text(cell).toLowerCase();
  if (YES.includes(t)) return true;
  if (NO.includes(t)) return t === '' ? null : false;
  return undefined;
}

/** "Surname Name Patronymic…" — Kazakh patronymics can be two words («Серікұлы», «Нұрлан қызы»). */
export function splitFullName(full: string): { surname: string; name: string; patronymic: string } {
  // The usual name, single spaces between its words, is cut where its first two spaces are.
  if (full !== '' && !full.startsWith(' ') && !full.endsWith(' ') && !full.includes('  ')) {
    const a = full.indexOf(' ');
    if (a < 0) return { surname: full, name: '', patronymic: '' };
    const b = full.indexOf(' ', a + 1);
    return b < 0
      ? { surname: full.slice(0, a), name: full.slice(a + 1), patronymic: '' }
      : { surname: full.slice(0, a), name: full.slice(a + 1, b), patronymic: full.slice(b + 1) };
  }
  const parts = full.split(' ').filter((p) => p !== '');
  return { surname: parts[0] ?? '', name: parts[1] ?? '', patronymic: parts.slice(2).join(' ') };
}

/** The column of each field (-1: none), looked up once per file, not per row. */
type Columns = Readonly<Record<RosterField, number>>;

function columnsOf(mapping: ColumnMapping): Columns {
  const col = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, -1])) as Record<RosterField, number>;
  mapping.forEach((f, i) => {
    if (f !== null && col[f] === -1) col[f] = i;
  });
  return col;
}

/** Converts the rows under the header; blank rows are skipped. */
export function rowsToDrafts(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  mapping: ColumnMapping,
  sheet: string,
): RosterDraft[] {
  const col = columnsOf(mapping);
  const drafts: RosterDraft[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (isBlank(cells)) continue;
    drafts.push(rowToDraft(cells, r + 1, col, sheet));
  }
  return withInFileDuplicates(drafts, sheet);
}

function isBlank(cells: readonly Cell[]): boolean {
  for (const c of cells) if (text(c) !== '') return false;
  return true;
}

/** A row's problem, located at the field's column when one is mapped. */
function located(p: Problem, column: number, sheet: string, row: number): Problem {
  return column < 0 ? { ...p, sheet, row } : { ...p, sheet, row, column: columnLetter(column) };
}

const NO_UNIT_NAMES: RosterDraft['unitNames'] = Object.freeze({});

// One function, one pass over the row's cells, no closure or spread per row: 10,000 rows are read
// in a few tens of milliseconds (issue 21's roster line). Problems — rare — are made as found.
function rowToDraft(cells: readonly Cell[], row: number, col: Columns, sheet: string): RosterDraft {
  const problems: Problem[] = [];
  const cell = (i: number): Cell | undefined => (i < 0 ? undefined : cells[i]);

  let surname = text(cell(col.surname));
  let name = text(cell(col.name));
  let patronymic = text(cell(col.patronymic));
  const byFullName = col.fullName >= 0;
  if (byFullName && surname === '' && name === '') ({ surname, name, patronymic } = splitFullName(text(cell(col.fullName))));
  if (surname === '') problems.push(located(problem('required', 'surname'), byFullName ? col.fullName : col.surname, sheet, row));
  if (name === '') problems.push(located(problem('required', 'name'), byFullName ? col.fullName : col.name, sheet, row));

  const rawIin = cell(col.iin);
  const iin =
    rawIin === null || rawIin === undefined || rawIin === '' ? '' : normaliseIin(typeof rawIin === 'boolean' ? '' : rawIin);
  for (const p of iinProblems(iin)) problems.push(located(p, col.iin, sheet, row));

  // A field no column is mapped to is said once for the file (unmappedRequired), not on each row.
  const position = text(cell(col.position));
  if (position === '' && col.position >= 0) problems.push(located(problem('required', 'position'), col.position, sheet, row));

  const rawCategory = text(cell(col.category));
  const known = normaliseCategory(rawCategory);
  const category = known ?? rawCategory;
  if (rawCategory === '' && col.category >= 0) problems.push(located(problem('required', 'category'), col.category, sheet, row));
  else if (known === undefined)
    problems.push(located(problem('categoryUnknown', 'category', { value: rawCategory }), col.category, sheet, row));

  const unitKk = text(cell(col.unitKk));
  const unitRu = text(cell(col.unitRu));
  const unitName = text(cell(col.unit)) || unitRu || unitKk;
  const unitColumn = col.unit >= 0 ? col.unit : col.unitRu >= 0 ? col.unitRu : col.unitKk;
  if (unitName === '' && unitColumn >= 0) problems.push(located(problem('required', 'unitId'), unitColumn, sheet, row));

  const appointedOn = readDate(cell(col.appointedOn), 'appointedOn', col.appointedOn >= 0);
  if (typeof appointedOn !== 'string') problems.push(located(appointedOn, col.appointedOn, sheet, row));
  const dismissedOn = readDate(cell(col.dismissedOn), 'dismissedOn', false);
  if (typeof dismissedOn !== 'string') problems.push(located(dismissedOn, col.dismissedOn, sheet, row));

  const yesNo = parseYesNo(cell(col.publicServices));
  if (yesNo === undefined) {
    const value = text(cell(col.publicServices));
    problems.push(located(problem('booleanInvalid', 'publicServices', { value }), col.publicServices, sheet, row));
  }

  return {
    row,
    surname,
    name,
    patronymic,
    iin,
    position,
    category,
    unitName,
    unitNames:
      unitKk === '' && unitRu === ''
        ? NO_UNIT_NAMES
        : unitKk === ''
          ? { ru: unitRu }
          : unitRu === ''
            ? { kk: unitKk }
            : { kk: unitKk, ru: unitRu },
    appointedOn: typeof appointedOn === 'string' ? appointedOn : '',
    dismissedOn: typeof dismissedOn === 'string' ? dismissedOn : '',
    publicServices: yesNo ?? null,
    managerRef: text(cell(col.manager)),
    problems,
  };
}

/** The day a cell gives ('' for none), or the problem with it. */
function readDate(cell: Cell | undefined, field: string, required: boolean): IsoDate | '' | Problem {
  const raw = cell === null || cell === undefined || typeof cell === 'boolean' ? '' : cell;
  if (raw === '' || (typeof raw === 'string' && raw.trim() === '')) return required ? problem('required', field) : '';
  return parseDateInput(raw) ?? problem('dateInvalid', field, { value: String(raw) });
}

/** Within one file the same IIN twice is an error on both rows; the same name in the same unit a warning. */
function withInFileDuplicates(drafts: RosterDraft[], sheet: string): RosterDraft[] {
  // Each key holds its first draft's index until a second comes; then the group of them, which
  // every draft of it also keeps (few). A roster of 10,000 rows: one lookup per key and row.
  type Seen = Map<string, number | number[]>;
  const note = (seen: Seen, k: string, i: number, groups: (number[] | undefined)[]) => {
    const before = seen.get(k);
    if (before === undefined) seen.set(k, i);
    else if (typeof before === 'number') {
      const group = [before, i];
      seen.set(k, group);
      groups[before] = group;
      groups[i] = group;
    } else {
      before.push(i);
      groups[i] = before;
    }
  };
  const byIin: Seen = new Map();
  // A name is the same in the same unit whatever the letters' case: one map of names per unit.
  const unitKeys = new Map<string, string>();
  const byUnit = new Map<string, Seen>();
  const sameIin: (number[] | undefined)[] = [];
  const sameName: (number[] | undefined)[] = [];
  drafts.forEach((d, i) => {
    if (d.iin !== '') note(byIin, d.iin, i, sameIin);
    if (d.surname === '') return;
    let unit = unitKeys.get(d.unitName);
    if (unit === undefined) unitKeys.set(d.unitName, (unit = d.unitName.toLowerCase()));
    let names = byUnit.get(unit);
    if (names === undefined) byUnit.set(unit, (names = new Map()));
    note(names, fullName(d).toLowerCase(), i, sameName);
  });
  if (sameIin.length === 0 && sameName.length === 0) return drafts;
  const others = (group: number[] | undefined, i: number) => (group ?? []).filter((j) => j !== i).map((j) => drafts[j]?.row ?? 0);
  return drafts.map((d, i) => {
    const iinRows = others(sameIin[i], i);
    const nameRows = others(sameName[i], i);
    if (iinRows.length === 0 && nameRows.length === 0) return d;
    const extra: Problem[] = [];
    if (iinRows.length > 0)
      extra.push({ ...problem('iinDuplicateInFile', 'iin', { value: d.iin, rows: iinRows.join(', ') }), sheet, row: d.row });
    if (nameRows.length > 0) {
      extra.push({
        ...problem('nameUnitDuplicateInFile', 'surname', { value: fullName(d), rows: nameRows.join(', ') }, 'warning'),
        sheet,
        row: d.row,
      });
    }
    return { ...d, problems: [...d.problems, ...extra] };
  });
}
