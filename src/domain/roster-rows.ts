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
import type { Cell, ColumnMapping, RosterField } from './roster-headers';

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
  const parts = full.split(' ').filter((p) => p !== '');
  return { surname: parts[0] ?? '', name: parts[1] ?? '', patronymic: parts.slice(2).join(' ') };
}

/** Converts the rows under the header; blank rows are skipped. */
export function rowsToDrafts(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  mapping: ColumnMapping,
  sheet: string,
): RosterDraft[] {
  const col = new Map<RosterField, number>();
  mapping.forEach((f, i) => {
    if (f !== null && !col.has(f)) col.set(f, i);
  });
  const drafts: RosterDraft[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (cells.every((c) => text(c) === '')) continue;
    drafts.push(rowToDraft(cells, r + 1, col, sheet));
  }
  return withInFileDuplicates(drafts, sheet);
}

function rowToDraft(cells: readonly Cell[], row: number, col: Map<RosterField, number>, sheet: string): RosterDraft {
  const problems: Problem[] = [];
  const at = (field: RosterField) => {
    const i = col.get(field);
    return { cell: i === undefined ? undefined : cells[i], column: i === undefined ? undefined : columnLetter(i) };
  };
  const locate = (p: Problem, field: RosterField): Problem => {
    const { column } = at(field);
    return { ...p, sheet, row, ...(column ? { column } : {}) };
  };

  let names = { surname: text(at('surname').cell), name: text(at('name').cell), patronymic: text(at('patronymic').cell) };
  if (col.has('fullName') && names.surname === '' && names.name === '') names = splitFullName(text(at('fullName').cell));
  const nameField: RosterField = col.has('fullName') ? 'fullName' : 'surname';
  if (names.surname === '') problems.push(locate(problem('required', 'surname'), nameField));
  if (names.name === '') problems.push(locate(problem('required', 'name'), col.has('fullName') ? 'fullName' : 'name'));

  const rawIin = at('iin').cell;
  const iin =
    rawIin === null || rawIin === undefined || rawIin === '' ? '' : normaliseIin(typeof rawIin === 'boolean' ? '' : rawIin);
  problems.push(...iinProblems(iin).map((p) => locate(p, 'iin')));

  // A field no column is mapped to is said once for the file (unmappedRequired), not on each row.
  const position = text(at('position').cell);
  if (position === '' && col.has('position')) problems.push(locate(problem('required', 'position'), 'position'));

  const rawCategory = text(at('category').cell);
  const category = normaliseCategory(rawCategory) ?? rawCategory;
  if (rawCategory === '' && col.has('category')) problems.push(locate(problem('required', 'category'), 'category'));
  else if (normaliseCategory(rawCategory) === undefined)
    problems.push(locate(problem('categoryUnknown', 'category', { value: rawCategory }), 'category'));

  const unitKk = text(at('unitKk').cell);
  const unitRu = text(at('unitRu').cell);
  const unitName = text(at('unit').cell) || unitRu || unitKk;
  const unitColumn = (['unit', 'unitRu', 'unitKk'] as const).find((f) => col.has(f));
  if (unitName === '' && unitColumn) problems.push(locate(problem('required', 'unitId'), unitColumn));

  const appointedOn = readDate(at('appointedOn').cell, 'appointedOn', col.has('appointedOn'), (p) =>
    problems.push(locate(p, 'appointedOn')),
  );
  const dismissedOn = readDate(at('dismissedOn').cell, 'dismissedOn', false, (p) => problems.push(locate(p, 'dismissedOn')));

  const yesNo = parseYesNo(at('publicServices').cell);
  if (yesNo === undefined) {
    problems.push(
      locate(problem('booleanInvalid', 'publicServices', { value: text(at('publicServices').cell) }), 'publicServices'),
    );
  }

  return {
    row,
    ...names,
    iin,
    position,
    category,
    unitName,
    unitNames: { ...(unitKk ? { kk: unitKk } : {}), ...(unitRu ? { ru: unitRu } : {}) },
    appointedOn,
    dismissedOn,
    publicServices: yesNo ?? null,
    managerRef: text(at('manager').cell),
    problems,
  };
}

function readDate(cell: Cell | undefined, field: string, required: boolean, report: (p: Problem) => void): IsoDate | '' {
  const raw = cell === null || cell === undefined || typeof cell === 'boolean' ? '' : cell;
  if (raw === '' || (typeof raw === 'string' && raw.trim() === '')) {
    if (required) report(problem('required', field));
    return '';
  }
  const iso = parseDateInput(raw);
  if (iso === undefined) report(problem('dateInvalid', field, { value: String(raw) }));
  return iso ?? '';
}

/** Within one file the same IIN twice is an error on both rows; the same name in the same unit a warning. */
function withInFileDuplicates(drafts: RosterDraft[], sheet: string): RosterDraft[] {
  const nameKeys = drafts.map((d) => (d.surname === '' ? '' : `${fullName(d).toLowerCase()}\u0000${d.unitName.toLowerCase()}`));
  const index = (keyOf: (d: RosterDraft, i: number) => string) => {
    const map = new Map<string, number[]>();
    drafts.forEach((d, i) => {
      const k = keyOf(d, i);
      if (k === '') return;
      const rows = map.get(k);
      if (rows) rows.push(d.row);
      else map.set(k, [d.row]);
    });
    return map;
  };
  const byIin = index((d) => d.iin);
  const byName = index((_d, i) => nameKeys[i] ?? '');
  const others = (rows: number[] | undefined, row: number) => (rows && rows.length > 1 ? rows.filter((r) => r !== row) : []);
  return drafts.map((d, i) => {
    const sameIin = others(byIin.get(d.iin), d.row);
    const sameName = others(byName.get(nameKeys[i] ?? ''), d.row);
    if (sameIin.length === 0 && sameName.length === 0) return d;
    const extra: Problem[] = [];
    if (sameIin.length > 0)
      extra.push({ ...problem('iinDuplicateInFile', 'iin', { value: d.iin, rows: sameIin.join(', ') }), sheet, row: d.row });
    if (sameName.length > 0) {
      extra.push({
        ...problem('nameUnitDuplicateInFile', 'surname', { value: fullName(d), rows: sameName.join(', ') }, 'warning'),
        sheet,
        row: d.row,
      });
    }
    return { ...d, problems: [...d.problems, ...extra] };
  });
}
