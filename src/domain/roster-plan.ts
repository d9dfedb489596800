/**
 * Roster import, step 3: match drafts with the people already stored (by IIN, else by full name +
 * unit), propose add / update / skip, and turn the user's decisions into one plan of writes.
 * The store applies a plan in one transaction; nothing here touches storage.
 */
import { compareByName, fullName, type Employee, type StatusInterval, type Unit } from './model';
import { unitNamesAll, unitNamesRecord } from './unit-names';
import { problem, hasErrors, type Problem } from './problems';
import { rowsToDrafts, type RosterDraft } from './roster-rows';
import type { Cell, ColumnMapping } from './roster-headers';
import type { IsoDate } from './dates';
import { absentFromAgency, type AbsentDismissal } from './roster-absent';

export type RosterAction = 'add' | 'update' | 'skip';

export interface RosterMatch {
  readonly draft: RosterDraft;
  /** The stored person this row updates, if any. */
  readonly existing: Employee | undefined;
  readonly matchedBy: 'iin' | 'nameUnit' | null;
  /** Fields whose value would change on update. */
  readonly changes: readonly (keyof Employee)[];
  /** A dismissal day the row gives that the stored person does not have yet (a dismissal is an update). */
  readonly dismissal: IsoDate | null;
  readonly suggested: RosterAction;
  /** Row problems plus what matching found (new unit, unknown manager). */
  readonly problems: readonly Problem[];
}

export interface RosterPlan {
  readonly units: readonly Unit[];
  readonly employees: readonly Employee[];
  readonly statuses: readonly StatusInterval[];
  /** Ids of stored people this plan updates (the rest of `employees` are new). */
  readonly updatedIds: readonly string[];
  readonly counts: { readonly added: number; readonly updated: number; readonly skipped: number; readonly dismissed: number };
}

const key = (s: string) => s.trim().toLowerCase();

export interface Existing {
  readonly units: readonly Unit[];
  readonly employees: readonly Employee[];
  /** The stored status intervals, so that a dismissal already recorded is not proposed again. */
  readonly statuses?: readonly StatusInterval[];
}

/** Every stored unit under each of its names (the kept one, the Kazakh, the Russian): a roster may use any. */
const unitsByName = (units: readonly Unit[]): Map<string, Unit> =>
  new Map(units.flatMap((u) => unitNamesAll(u).map((n) => [key(n), u] as const)));

/** Every name a row gives its unit: its unit column and the columns per language (issue 19 §6). */
const draftUnitNames = (d: Pick<RosterDraft, 'unitName' | 'unitNames'>): string[] =>
  [d.unitName, d.unitNames.kk ?? '', d.unitNames.ru ?? ''].filter((n) => n.trim() !== '');

/** The stored unit a row names by any of its names (in the order `draftUnitNames` gives them). */
function unitOfDraft(index: ReadonlyMap<string, Unit>, d: Pick<RosterDraft, 'unitName' | 'unitNames'>): Unit | undefined {
  // No list made per row: a roster of 10,000 rows asks this twice per row.
  if (index.size === 0) return undefined;
  return unitNamed(index, d.unitName) ?? unitNamed(index, d.unitNames.kk) ?? unitNamed(index, d.unitNames.ru);
}

const unitNamed = (index: ReadonlyMap<string, Unit>, n: string | undefined): Unit | undefined =>
  n === undefined || n.trim() === '' ? undefined : index.get(key(n));

const NO_CHANGES: readonly (keyof Employee)[] = Object.freeze([]);

/** Matches every draft; rows with errors are suggested `skip`, unchanged people too. */
export function matchDrafts(drafts: readonly RosterDraft[], existing: Existing): RosterMatch[] {
  const byIin = new Map(existing.employees.filter((e) => e.iin !== '').map((e) => [e.iin, e]));
  const unitByName = unitsByName(existing.units);
  const byNameUnit = new Map(existing.employees.map((e) => [`${key(fullName(e))}\u0000${e.unitId}`, e]));
  const dismissedOn = new Set(
    (existing.statuses ?? []).filter((s) => s.kind === 'dismissed').map((s) => `${s.employeeId}\u0000${s.from}`),
  );
  // Only rows that name a manager need the index of everyone who could be one.
  const knownPeople = drafts.some((d) => d.managerRef !== '')
    ? new Set([
        ...existing.employees.map((e) => key(fullName(e))),
        ...existing.employees.map((e) => e.iin).filter((i) => i !== ''),
        ...drafts.map((d) => key(fullName(d))),
        ...drafts.map((d) => d.iin).filter((i) => i !== ''),
      ])
    : new Set<string>();

  return drafts.map((draft) => {
    const unit = unitOfDraft(unitByName, draft);
    let existingEmployee: Employee | undefined;
    let matchedBy: RosterMatch['matchedBy'] = null;
    if (draft.iin !== '' && byIin.has(draft.iin)) {
      existingEmployee = byIin.get(draft.iin);
      matchedBy = 'iin';
    } else if (unit) {
      existingEmployee = byNameUnit.get(`${key(fullName(draft))}\u0000${unit.id}`);
      if (existingEmployee) matchedBy = 'nameUnit';
    }
    // The row's own problems, and a copy only when matching finds more.
    let problems: readonly Problem[] = draft.problems;
    if (draft.unitName !== '' && !unit)
      problems = [...problems, { ...problem('unitNew', 'unitId', { value: draft.unitName }, 'warning'), row: draft.row }];
    if (draft.managerRef !== '' && !knownPeople.has(draft.managerRef) && !knownPeople.has(key(draft.managerRef)))
      problems = [
        ...problems,
        { ...problem('managerUnknown', 'managerId', { value: draft.managerRef }, 'warning'), row: draft.row },
      ];
    const changes = existingEmployee ? changedFields(existingEmployee, draft, unit?.id) : NO_CHANGES;
    const stored = existingEmployee;
    const dismissal =
      stored && draft.dismissedOn !== '' && !dismissedOn.has(`${stored.id}\u0000${draft.dismissedOn}`) ? draft.dismissedOn : null;
    const suggested: RosterAction = hasErrors(problems)
      ? 'skip'
      : existingEmployee
        ? changes.length > 0 || dismissal !== null
          ? 'update'
          : 'skip'
        : 'add';
    return { draft, existing: existingEmployee, matchedBy, changes, dismissal, suggested, problems };
  });
}

function changedFields(e: Employee, d: RosterDraft, unitId: string | undefined): (keyof Employee)[] {
  const out: (keyof Employee)[] = [];
  const cmp = (field: keyof Employee, value: string | boolean | null) => {
    if (value !== null && value !== '' && e[field] !== value) out.push(field);
  };
  cmp('surname', d.surname);
  cmp('name', d.name);
  cmp('patronymic', d.patronymic);
  cmp('iin', d.iin);
  cmp('position', d.position);
  cmp('category', d.category);
  cmp('appointedOn', d.appointedOn);
  cmp('publicServices', d.publicServices);
  if (unitId === undefined ? d.unitName !== '' : e.unitId !== unitId) out.push('unitId');
  return out;
}

/**
 * The stored people of the units a roster names whom none of its rows matches — a new roster of a
 * unit that leaves someone out may mean they left: said, never acted on.
 * @example absentFromRoster(matchesOfTheLegalDepartment, existing) → the department's people not in the file
 */
export function absentFromRoster(matches: readonly RosterMatch[], existing: Existing): Employee[] {
  const named = new Set(matches.flatMap((m) => draftUnitNames(m.draft).map(key)));
  const units = new Set(existing.units.filter((u) => unitNamesAll(u).some((n) => named.has(key(n)))).map((u) => u.id));
  const matched = new Set(matches.flatMap((m) => (m.existing ? [m.existing.id] : [])));
  const dismissed = new Set((existing.statuses ?? []).filter((s) => s.kind === 'dismissed').map((s) => s.employeeId));
  return existing.employees.filter((e) => units.has(e.unitId) && !matched.has(e.id) && !dismissed.has(e.id)).sort(compareByName);
}

/** What the preview of a roster is made from: one sheet's rows, its header and mapping, and the agency. */
export interface RosterPreviewInput {
  readonly rows: readonly (readonly Cell[])[];
  /** 0-based index of the header row. */
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  /** The sheet problems are located in ('' for a CSV, which has none). */
  readonly sheet: string;
  readonly existing: Existing;
}

export interface RosterPreview {
  readonly matches: readonly RosterMatch[];
  /** The stored people of the units the roster names whom no row matches (`absentFromRoster`). */
  readonly absent: readonly Employee[];
  /** Everyone stored and not dismissed whom no row matches: the absentees of a full roster (`absentFromAgency`). */
  readonly absentFromAgency: readonly Employee[];
}

/**
 * The whole preview of a roster in one pure call: its rows as drafts, matched against the agency,
 * and the people it leaves out. Plain data in and out, so the page runs it in the workbook worker
 * (a roster of 10,000 rows costs the page no long task) and a test runs it directly.
 */
export function previewRoster({ rows, headerRow, mapping, sheet, existing }: RosterPreviewInput): RosterPreview {
  const matches = matchDrafts(rowsToDrafts(rows, headerRow, mapping, sheet), existing);
  return { matches, absent: absentFromRoster(matches, existing), absentFromAgency: absentFromAgency(matches, existing) };
}

export interface PlanInput {
  readonly matches: readonly RosterMatch[];
  /** The user's choice per draft row; rows with errors can only be skipped. */
  readonly actions: ReadonlyMap<number, RosterAction>;
  readonly existing: Existing & { readonly statuses: readonly StatusInterval[] };
  readonly newId: () => string;
  /** The people a full roster leaves out whom HR marks as dismissed (`absentDismissals`). */
  readonly dismissAbsent?: readonly AbsentDismissal[];
}

/** Builds the writes: new units, new and updated employees (managers resolved), dismissal intervals. */
export function planRosterImport({ matches, actions, existing, newId, dismissAbsent = [] }: PlanInput): RosterPlan {
  const units = unitsByName(existing.units);
  const newUnits: Unit[] = [];
  let nextOrder = existing.units.filter((u) => u.parentId === null).length;
  const unitIdFor = (d: RosterDraft): string => {
    const found = unitOfDraft(units, d);
    if (found) return found.id;
    // A new unit: the name the file gives it, and its names per language where the file has such columns.
    const names = unitNamesRecord(d.unitNames)?.names;
    const unit: Unit = {
      id: newId(),
      name: d.unitName.trim(),
      ...(names ? { names } : {}),
      parentId: null,
      order: nextOrder++,
    };
    for (const n of [...draftUnitNames(d), ...unitNamesAll(unit)]) units.set(key(n), unit);
    newUnits.push(unit);
    return unit.id;
  };

  // One pass over the rows, no per-row map, spread or search (a roster of 10,000 rows).
  const chosen: RosterMatch[] = [];
  const written: Employee[] = [];
  const updatedIds: string[] = [];
  let added = 0;
  for (const m of matches) {
    const action = actions.get(m.draft.row) ?? m.suggested;
    if (action === 'skip' || hasErrors(m.problems) || (action !== 'add' && m.existing === undefined)) continue;
    const d = m.draft;
    const base = action === 'update' && m.existing ? m.existing : undefined;
    if (base) updatedIds.push(base.id);
    if (action === 'add') added++;
    chosen.push(m);
    written.push({
      id: base?.id ?? newId(),
      surname: d.surname,
      name: d.name,
      patronymic: d.patronymic !== '' ? d.patronymic : (base?.patronymic ?? ''),
      iin: d.iin !== '' ? d.iin : (base?.iin ?? ''),
      position: d.position,
      category: d.category,
      unitId: unitIdFor(d),
      managerId: base?.managerId ?? null,
      appointedOn: d.appointedOn !== '' ? d.appointedOn : (base?.appointedOn ?? ''),
      publicServices: d.publicServices ?? base?.publicServices ?? false,
    });
  }

  // Managers are named by IIN or full name, among the file's people first, then those stored.
  // Indexed once: a roster of thousands names its managers thousands of times.
  const byIin = new Map<string, Employee>();
  const byName = new Map<string, Employee>();
  const namesManagers = chosen.some((m) => m.draft.managerRef !== '');
  const writtenIds = new Set(namesManagers ? written.map((e) => e.id) : []);
  for (const e of namesManagers ? [...written, ...existing.employees.filter((x) => !writtenIds.has(x.id))] : []) {
    if (e.iin !== '' && !byIin.has(e.iin)) byIin.set(e.iin, e);
    const k = key(fullName(e));
    if (!byName.has(k)) byName.set(k, e);
  }
  const findPerson = (ref: string) => byIin.get(ref) ?? byName.get(key(ref));
  const employees = namesManagers
    ? written.map((e, i) => {
        const ref = chosen[i]?.draft.managerRef ?? '';
        const manager = ref === '' ? undefined : findPerson(ref);
        return manager && manager.id !== e.id ? { ...e, managerId: manager.id } : e;
      })
    : written;

  // A dismissal already stored (the same person, the same day) is not written again.
  const storedDismissals = new Set(
    existing.statuses.filter((s) => s.kind === 'dismissed').map((s) => `${s.employeeId}\u0000${s.from}`),
  );
  const statuses: StatusInterval[] = [];
  written.forEach((e, i) => {
    const date = chosen[i]?.draft.dismissedOn ?? '';
    if (date === '' || storedDismissals.has(`${e.id}\u0000${date}`)) return;
    statuses.push({ id: newId(), employeeId: e.id, kind: 'dismissed', from: date, to: null, note: '' });
  });

  // The full roster's absentees HR chose, in the same plan: written with the rest or not at all.
  const inFile = new Set<string>();
  for (const m of dismissAbsent.length > 0 ? matches : []) if (m.existing) inFile.add(m.existing.id);
  const stored = new Set(dismissAbsent.length > 0 ? existing.employees.map((e) => e.id) : []);
  let dismissed = 0;
  for (const d of dismissAbsent) {
    if (inFile.has(d.employeeId) || !stored.has(d.employeeId)) continue;
    dismissed++;
    if (!storedDismissals.has(`${d.employeeId}\u0000${d.on}`))
      statuses.push({ id: newId(), employeeId: d.employeeId, kind: 'dismissed', from: d.on, to: null, note: '' });
  }

  return {
    units: newUnits,
    employees,
    statuses,
    updatedIds,
    counts: { added, updated: chosen.length - added, skipped: matches.length - chosen.length, dismissed },
  };
}
