import { describe, expect, it } from 'vitest';
import { absentDismissals, absentFromAgency } from './roster-absent';
import { mapHeaderRow } from './roster-headers';
import { matchDrafts, planRosterImport, previewRoster } from './roster-plan';
import { rowsToDrafts } from './roster-rows';
import { FULL_HEADER, HR_UNIT, storedPerson } from './roster-test-support';
import type { Cell } from './roster-headers';
import type { StatusInterval, Unit } from './model';

const LEGAL: Unit = { id: 'u2', name: 'Юридический отдел', parentId: null, order: 1 };
const units = [HR_UNIT, LEGAL];
const ivanova = storedPerson();
const kim = storedPerson({ id: 'e2', surname: 'Ким', name: 'Виктор', iin: '', unitId: 'u2', appointedOn: '2024-02-01' });
const left = storedPerson({ id: 'e3', surname: 'Сейтова', name: 'Алия', iin: '', unitId: 'u2' });
const employees = [ivanova, kim, left];
const dismissedLeft: StatusInterval = { id: 's1', employeeId: 'e3', kind: 'dismissed', from: '2026-01-01', to: null, note: '' };

/** A roster of the HR unit alone, naming Иванова only. */
const rows: Cell[][] = [
  [...FULL_HEADER],
  ['Иванова Ольга Петровна', '900101400023', 'Специалист', 'E-4', 'Отдел кадров', '16.09.2021', '', ''],
];
const matches = () => matchDrafts(rowsToDrafts(rows, 0, mapHeaderRow(FULL_HEADER), 'S'), { units, employees });
let n = 0;
const newId = () => `id${++n}`;

describe('issue 19 §1: the people a full roster leaves out', () => {
  it('given a file naming one person, then everyone else stored and not dismissed is absent from the agency, by name', () => {
    expect(absentFromAgency(matches(), { employees }).map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(absentFromAgency(matches(), { employees, statuses: [dismissedLeft] }).map((e) => e.id)).toEqual(['e2']);
  });

  it('given absentees stored in any order, then they are listed by full name', () => {
    const people = [
      storedPerson({ id: 'x', surname: 'Ә' }),
      storedPerson({ id: 'y', surname: 'Б' }),
      storedPerson({ id: 'z', surname: 'А' }),
    ];
    expect(absentFromAgency([], { employees: people }).map((e) => e.surname)).toEqual(['А', 'Ә', 'Б']);
  });

  it('given the preview, then it lists the agency’s absentees besides those of the units the file names', () => {
    const preview = previewRoster({
      rows,
      headerRow: 0,
      mapping: mapHeaderRow(FULL_HEADER),
      sheet: 'S',
      existing: { units, employees },
    });
    // The file names the HR unit only: of its people nobody is missing; of the agency, Ким and Сейтова.
    expect(preview.absent).toEqual([]);
    expect(preview.absentFromAgency.map((e) => e.id)).toEqual(['e2', 'e3']);
  });

  it('given a partial file, then nobody is dismissed, whoever is ticked and whatever day is typed', () => {
    const absent = absentFromAgency(matches(), { employees });
    expect(absentDismissals(absent, { scope: 'partial', on: '2026-11-30', chosen: new Set(['e2', 'e3']) })).toEqual({
      ok: true,
      value: [],
    });
  });

  it('given a full roster, then the ticked absentees are dismissed on the one day given, the unticked and the present never', () => {
    const absent = absentFromAgency(matches(), { employees });
    expect(absentDismissals(absent, { scope: 'full', on: '2026-11-30', chosen: new Set(['e3', 'e1']) })).toEqual({
      ok: true,
      value: [{ employeeId: 'e3', on: '2026-11-30' }],
    });
    expect(absentDismissals(absent, { scope: 'full', on: '', chosen: new Set() })).toEqual({ ok: true, value: [] });
  });

  it('given a full roster with people ticked, then a missing day, or a day before a ticked person’s appointment, is refused', () => {
    const absent = absentFromAgency(matches(), { employees });
    expect(absentDismissals(absent, { scope: 'full', on: '', chosen: new Set(['e2']) })).toEqual({
      ok: false,
      error: { code: 'dateRequired' },
    });
    expect(absentDismissals(absent, { scope: 'full', on: '2026-02-30', chosen: new Set(['e2']) })).toEqual({
      ok: false,
      error: { code: 'dateRequired' },
    });
    // Ким was appointed on 01.02.2024: a dismissal on 31.01.2024 comes before it.
    expect(absentDismissals(absent, { scope: 'full', on: '2024-01-31', chosen: new Set(['e2', 'e3']) })).toEqual({
      ok: false,
      error: { code: 'beforeAppointment', people: [kim] },
    });
  });

  it('given dismissals of absentees, then the plan writes them with the file’s rows and counts them; never for a person the file names', () => {
    const plan = planRosterImport({
      matches: matches(),
      actions: new Map(),
      existing: { units, employees, statuses: [] },
      newId,
      dismissAbsent: [
        { employeeId: 'e2', on: '2026-11-30' },
        // Иванова is in the file, and 'ghost' is nobody stored: neither is dismissed.
        { employeeId: 'e1', on: '2026-11-30' },
        { employeeId: 'ghost', on: '2026-11-30' },
      ],
    });
    expect(plan.statuses.map((s) => [s.employeeId, s.kind, s.from, s.to])).toEqual([['e2', 'dismissed', '2026-11-30', null]]);
    expect(plan.counts.dismissed).toBe(1);
  });
});
