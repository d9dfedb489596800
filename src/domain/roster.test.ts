import { describe, expect, it } from 'vitest';
import type { Employee, Unit } from './model';
import { findHeader, fieldForHeader, mapHeaderRow, mappingIsUsable, type Cell } from './roster-headers';
import { planRosterImport, matchDrafts } from './roster-plan';
import { rowsToDrafts, splitFullName } from './roster-rows';

describe('roster headers in kk, ru and en', () => {
  it.each([
    ['ФИО', 'fullName'],
    ['Аты-жөні', 'fullName'],
    ['Ф.И.О.', 'fullName'],
    ['Лауазымы', 'position'],
    ['Должность', 'position'],
    ['ЖСН', 'iin'],
    ['ИИН сотрудника', 'iin'],
    ['Санаты', 'category'],
    ['Категория', 'category'],
    ['Бөлімше', 'unit'],
    ['Подразделение', 'unit'],
    ['Структурное подразделение', 'unit'],
    ['Дата назначения на должность', 'appointedOn'],
    ['Лауазымға тағайындалған күні', 'appointedOn'],
    ['Surname', 'surname'],
    ['Full name', 'fullName'],
  ] as const)('“%s” maps to %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('leaves unknown headers unmapped and maps a field once', () => {
    expect(fieldForHeader('Телефон')).toBeNull();
    expect(mapHeaderRow(['ФИО', 'ИИН', 'Ф.И.О.'])).toEqual(['fullName', 'iin', null]);
  });

  it('finds the header under title lines', () => {
    const rows: Cell[][] = [['Список сотрудников'], [], ['№', 'ФИО', 'Должность'], [1, 'Ким Ольга', 'Специалист']];
    expect(findHeader(rows)).toEqual({ headerRow: 2, mapping: [null, 'fullName', 'position'] });
  });

  it('needs a name to be usable', () => {
    expect(mappingIsUsable(['iin', 'position'])).toBe(false);
    expect(mappingIsUsable(['surname', 'name'])).toBe(true);
    expect(findHeader([['Телефон', 'Адрес']])).toBeUndefined();
  });
});

describe('roster rows become drafts with located problems', () => {
  const header: Cell[] = ['ФИО', 'ИИН', 'Должность', 'Категория', 'Подразделение', 'Дата назначения', 'Госуслуги'];
  const rows: Cell[][] = [
    header,
    ['Иванова Ольга Петровна', 900101400023, 'Главный специалист', 'Е-3', 'Отдел кадров', 44455, 'да'],
    [null, null, null, null, null, null, null],
    ['Ахметов Данияр', '900101400024', '', 'E-9', 'Отдел кадров', '31.02.2021', 'может быть'],
    ['Ким Виктор', '900101400023', 'Специалист', 'E-4', '', '01.01.2020', ''],
  ];
  const drafts = rowsToDrafts(rows, 0, mapHeaderRow(header), 'Список');

  it('skips blank rows and keeps sheet row numbers', () => {
    expect(drafts.map((d) => d.row)).toEqual([2, 4, 5]);
  });

  it('reads a good row: names split, IIN, category normalised, Excel date, yes/no', () => {
    expect(drafts[0]).toMatchObject({
      surname: 'Иванова',
      name: 'Ольга',
      patronymic: 'Петровна',
      iin: '900101400023',
      category: 'E-3',
      unitName: 'Отдел кадров',
      appointedOn: '2021-09-16',
      publicServices: true,
      problems: [{ code: 'iinDuplicateInFile', sheet: 'Список', row: 2 }],
    });
  });

  it('locates every problem by sheet, row and column letter', () => {
    const where = drafts[1]?.problems.map((p) => `${p.code}@${p.sheet}!${p.column ?? ''}${p.row}`);
    expect(where).toEqual([
      'iinChecksum@Список!B4',
      'required@Список!C4',
      'categoryUnknown@Список!D4',
      'dateInvalid@Список!F4',
      'booleanInvalid@Список!G4',
    ]);
  });

  it('flags a duplicate IIN inside the file on both rows, and a missing unit', () => {
    expect(drafts[2]?.problems.map((p) => p.code)).toEqual(['required', 'iinDuplicateInFile']);
    expect(drafts[2]?.problems[1]?.params).toMatchObject({ rows: '2' });
  });

  it('splits Kazakh two-word patronymics into the patronymic', () => {
    expect(splitFullName('Омарова Айжан Нұрлан қызы')).toEqual({ surname: 'Омарова', name: 'Айжан', patronymic: 'Нұрлан қызы' });
  });
});

describe('matching and the import plan', () => {
  const unit: Unit = { id: 'u1', name: 'Отдел кадров', parentId: null, order: 0 };
  const stored: Employee = {
    id: 'e1',
    surname: 'Иванова',
    name: 'Ольга',
    patronymic: 'Петровна',
    iin: '900101400023',
    position: 'Специалист',
    category: 'E-4',
    unitId: 'u1',
    managerId: null,
    appointedOn: '2021-09-16',
    publicServices: false,
  };
  const header: Cell[] = [
    'ФИО',
    'ИИН',
    'Должность',
    'Категория',
    'Подразделение',
    'Дата назначения',
    'Руководитель',
    'Дата увольнения',
  ];
  const rows: Cell[][] = [
    header,
    ['Иванова Ольга Петровна', '900101400023', 'Главный специалист', 'E-3', 'Отдел кадров', '16.09.2021', '', ''],
    ['Ким Виктор Петрович', '', 'Специалист', 'E-4', 'Юридический отдел', '01.01.2020', 'Иванова Ольга Петровна', '01.10.2026'],
    ['Плохой Ряд', '123', 'Специалист', 'E-4', 'Отдел кадров', '01.01.2020', '', ''],
  ];
  const drafts = rowsToDrafts(rows, 0, mapHeaderRow(header), 'S');
  let n = 0;
  const newId = () => `new${++n}`;

  it('matches by IIN, proposes update with the changed fields, add for new people, skip for errors', () => {
    const matches = matchDrafts(drafts, { units: [unit], employees: [stored] });
    expect(matches.map((m) => [m.suggested, m.matchedBy])).toEqual([
      ['update', 'iin'],
      ['add', null],
      ['skip', null],
    ]);
    expect(matches[0]?.changes).toEqual(['position', 'category']);
    expect(matches[1]?.problems.map((p) => p.code)).toEqual(['unitNew']);
  });

  it('matches by full name and unit when there is no IIN', () => {
    const noIin = rowsToDrafts(
      [header, ['Иванова Ольга Петровна', '', 'Специалист', 'E-4', 'отдел кадров', '16.09.2021', '', '']],
      0,
      mapHeaderRow(header),
      'S',
    );
    expect(matchDrafts(noIin, { units: [unit], employees: [stored] })[0]).toMatchObject({
      matchedBy: 'nameUnit',
      suggested: 'skip',
    });
  });

  it('plans new units, updates in place, resolves managers from the file, records dismissals', () => {
    const matches = matchDrafts(drafts, { units: [unit], employees: [stored] });
    const plan = planRosterImport({
      matches,
      actions: new Map(),
      existing: { units: [unit], employees: [stored], statuses: [] },
      newId,
    });
    expect(plan.counts).toEqual({ added: 1, updated: 1, skipped: 1 });
    expect(plan.units.map((u) => u.name)).toEqual(['Юридический отдел']);
    const updated = plan.employees.find((e) => e.id === 'e1');
    expect(updated).toMatchObject({ position: 'Главный специалист', category: 'E-3', unitId: 'u1' });
    const added = plan.employees.find((e) => e.surname === 'Ким');
    expect(added).toMatchObject({ unitId: plan.units[0]?.id, managerId: 'e1' });
    expect(plan.statuses).toMatchObject([{ employeeId: added?.id, kind: 'dismissed', from: '2026-10-01', to: null }]);
  });

  it('honours the user’s choice to skip, and never writes a row with errors', () => {
    const matches = matchDrafts(drafts, { units: [unit], employees: [stored] });
    const actions = new Map([
      [2, 'skip' as const],
      [4, 'add' as const],
    ]);
    const plan = planRosterImport({ matches, actions, existing: { units: [unit], employees: [stored], statuses: [] }, newId });
    expect(plan.employees.map((e) => e.surname)).toEqual(['Ким']);
    expect(plan.counts.skipped).toBe(2);
  });
});
