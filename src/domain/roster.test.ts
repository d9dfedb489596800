import { describe, expect, it } from 'vitest';
import type { Employee } from './model';
import { findHeader, fieldForHeader, mapHeaderRow, mappingIsUsable, unmappedRequired, type Cell } from './roster-headers';
import { absentFromRoster, planRosterImport, matchDrafts } from './roster-plan';
import { rowsToDrafts, splitFullName } from './roster-rows';
import { FULL_HEADER, HR_UNIT, storedPerson } from './roster-test-support';

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
    // Headers as HR offices write them: the abbreviations, «Отдел/сектор», the day of hiring.
    ['Т.А.Ә.', 'fullName'],
    ['Т. А. Ә.', 'fullName'],
    ['Отдел/сектор', 'unit'],
    ['Бөлім/сектор', 'unit'],
    ['Принят на должность', 'appointedOn'],
    ['Дата приёма на работу', 'appointedOn'],
    ['Лауазымға қабылданған күні', 'appointedOn'],
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

describe('a Kazakh roster as HR keeps it (issue 19)', () => {
  const rows: Cell[][] = [
    ['«Ақсу қаласы әкімінің аппараты» ММ'],
    ['Қызметкерлер тізімі, 01.10.2026'],
    ['№', 'Т.А.Ә.', 'ЖСН', 'Лауазымы', 'Санаты', 'Отдел/сектор', 'Принят на должность'],
    [1, 'Жұмабаев Ғалым Бақытұлы', '880418300440', 'Бас маман', 'E-4', 'Заң бөлімі', '01.03.2022'],
  ];
  it('is recognised under its two title rows without manual mapping: «Т.А.Ә.», «Отдел/сектор», «Принят на должность»', () => {
    const guess = findHeader(rows);
    expect(guess).toEqual({ headerRow: 2, mapping: [null, 'fullName', 'iin', 'position', 'category', 'unit', 'appointedOn'] });
    const drafts = rowsToDrafts(rows, 2, guess?.mapping ?? [], 'Тізім');
    expect(drafts[0]).toMatchObject({ surname: 'Жұмабаев', unitName: 'Заң бөлімі', appointedOn: '2022-03-01', problems: [] });
    expect(unmappedRequired(guess?.mapping ?? [])).toEqual([]);
  });

  it('a required field with no column is said once for the file, not as a problem on every row', () => {
    const mapping = [null, 'fullName', 'iin', 'position', 'category', null, 'appointedOn'] as const;
    expect(unmappedRequired(mapping)).toEqual(['unit']);
    const drafts = rowsToDrafts(rows, 2, mapping, 'Тізім');
    expect(drafts[0]?.problems).toEqual([]);
    // A mapped column left blank in a row is that row's problem.
    const blank = rowsToDrafts(
      [...rows.slice(0, 3), [2, 'Ким Ольга', '', 'Маман', 'E-5', '', '01.03.2022']],
      2,
      findHeader(rows)?.mapping ?? [],
      'Тізім',
    );
    expect(blank[0]?.problems.map((p) => `${p.code}@${p.column}${p.row}`)).toEqual(['required@F4']);
  });
});

describe('a unit named in a column per language (issue 19 §6)', () => {
  const header: Cell[] = [
    'ФИО',
    'Должность',
    'Категория',
    'Подразделение (на казахском языке)',
    'Подразделение (на русском языке)',
    'Дата назначения',
  ];
  const rows: Cell[][] = [
    header,
    ['Ким Виктор Петрович', 'Специалист', 'E-4', 'Цифрландыру секторы', 'Сектор цифровизации', '01.01.2020'],
  ];

  it.each([
    ['Подразделение (на казахском языке)', 'unitKk'],
    ['Бөлімше (қазақша)', 'unitKk'],
    ['Наименование подразделения на государственном языке', 'unitKk'],
    ['Бөлімшенің атауы (мемлекеттік тілде)', 'unitKk'],
    ['Подразделение (рус.)', 'unitRu'],
    ['Бөлімше (орыс тілінде)', 'unitRu'],
    ['Структурное подразделение', 'unit'],
    ['Отдел/сектор', 'unit'],
  ])('“%s” maps to %s', (h, f) => expect(fieldForHeader(h)).toBe(f));

  it('the two columns name the unit: nothing said missing, the row carries both names', () => {
    const mapping = mapHeaderRow(header);
    expect(unmappedRequired(mapping)).toEqual([]);
    const [d] = rowsToDrafts(rows, 0, mapping, 'S');
    expect(d?.unitName).toBe('Сектор цифровизации');
    expect(d?.unitNames).toEqual({ kk: 'Цифрландыру секторы', ru: 'Сектор цифровизации' });
    expect(d?.problems).toEqual([]);
  });

  it('a new unit is created with both names; a stored unit is found by its Kazakh name alone', () => {
    const drafts = rowsToDrafts(rows, 0, mapHeaderRow(header), 'S');
    const matches = matchDrafts(drafts, { units: [], employees: [] });
    const plan = planRosterImport({
      matches,
      actions: new Map(),
      existing: { units: [], employees: [], statuses: [] },
      newId: () => 'n1',
    });
    expect(plan.units).toEqual([
      {
        id: 'n1',
        name: 'Сектор цифровизации',
        names: { kk: 'Цифрландыру секторы', ru: 'Сектор цифровизации' },
        parentId: null,
        order: 0,
      },
    ]);
    const stored = { id: 'u9', name: 'Другое имя', names: { kk: 'Цифрландыру секторы' }, parentId: null, order: 0 };
    expect(matchDrafts(drafts, { units: [stored], employees: [] })[0]?.problems.map((p) => p.code)).not.toContain('unitNew');
  });

  it('a row with both unit cells empty says the unit is required once, at the Russian column (read first)', () => {
    const [d] = rowsToDrafts(
      [header, ['Ким Виктор Петрович', 'Специалист', 'E-4', '', '', '01.01.2020']],
      0,
      mapHeaderRow(header),
      'S',
    );
    expect(d?.problems.map((p) => `${p.code}@${p.column}`)).toEqual(['required@E']);
  });
});

describe('matching and the import plan', () => {
  const unit = HR_UNIT;
  const stored = storedPerson();
  const header: Cell[] = [...FULL_HEADER];
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

  it('issue 19 §6: a row naming the unit by its Kazakh name is the unit, no new unit proposed', () => {
    const named = { ...unit, names: { kk: 'Кадр бөлімі', ru: unit.name } };
    const kk = rowsToDrafts(
      [header, ['Иванова Ольга Петровна', '', 'Специалист', 'E-4', 'кадр бөлімі', '16.09.2021', '', '']],
      0,
      mapHeaderRow(header),
      'S',
    );
    const [m] = matchDrafts(kk, { units: [named], employees: [stored] });
    expect(m).toMatchObject({ matchedBy: 'nameUnit' });
    expect(m?.problems.map((p) => p.code)).not.toContain('unitNew');
    const plan = planRosterImport({
      matches: m ? [m] : [],
      actions: new Map([[m?.draft.row ?? 0, 'update']]),
      existing: { units: [named], employees: [stored], statuses: [] },
      newId,
    });
    expect(plan.units).toEqual([]);
    expect(plan.employees[0]?.unitId).toBe(unit.id);
  });

  it('plans new units, updates in place, resolves managers from the file, records dismissals', () => {
    const matches = matchDrafts(drafts, { units: [unit], employees: [stored] });
    const plan = planRosterImport({
      matches,
      actions: new Map(),
      existing: { units: [unit], employees: [stored], statuses: [] },
      newId,
    });
    expect(plan.counts).toEqual({ added: 1, updated: 1, skipped: 1, dismissed: 0 });
    expect(plan.units.map((u) => u.name)).toEqual(['Юридический отдел']);
    const updated = plan.employees.find((e) => e.id === 'e1');
    expect(updated).toMatchObject({ position: 'Главный специалист', category: 'E-3', unitId: 'u1' });
    const added = plan.employees.find((e) => e.surname === 'Ким');
    expect(added).toMatchObject({ unitId: plan.units[0]?.id, managerId: 'e1' });
    expect(plan.statuses).toMatchObject([{ employeeId: added?.id, kind: 'dismissed', from: '2026-10-01', to: null }]);
  });

  it('a dismissal date for a stored person who has none is an update — recorded once, not proposed again', () => {
    const dismissal = rowsToDrafts(
      [header, ['Иванова Ольга Петровна', '900101400023', 'Специалист', 'E-4', 'Отдел кадров', '16.09.2021', '', '30.09.2026']],
      0,
      mapHeaderRow(header),
      'S',
    );
    const [m] = matchDrafts(dismissal, { units: [unit], employees: [stored], statuses: [] });
    expect(m).toMatchObject({ suggested: 'update', changes: [], dismissal: '2026-09-30' });
    const plan = planRosterImport({
      matches: m ? [m] : [],
      actions: new Map(),
      existing: { units: [unit], employees: [stored], statuses: [] },
      newId,
    });
    expect(plan.statuses).toMatchObject([{ employeeId: 'e1', kind: 'dismissed', from: '2026-09-30' }]);
    const recorded = [{ id: 's1', employeeId: 'e1', kind: 'dismissed' as const, from: '2026-09-30', to: null, note: '' }];
    expect(matchDrafts(dismissal, { units: [unit], employees: [stored], statuses: recorded })[0]).toMatchObject({
      suggested: 'skip',
      dismissal: null,
    });
  });

  it('names the stored people of the file’s units that no row matches (they may have left); others’ units are not the file’s', () => {
    const other: Employee = { ...stored, id: 'e2', surname: 'Петров', iin: '', unitId: 'u2' };
    const left: Employee = { ...stored, id: 'e3', surname: 'Сидорова', iin: '' };
    const units = [unit, { ...unit, id: 'u2', name: 'Бухгалтерия' }];
    const matches = matchDrafts(drafts, { units, employees: [stored, other, left] });
    expect(absentFromRoster(matches, { units, employees: [stored, other, left] }).map((e) => e.id)).toEqual(['e3']);
    const gone = [{ id: 's1', employeeId: 'e3', kind: 'dismissed' as const, from: '2026-01-01', to: null, note: '' }];
    expect(absentFromRoster(matches, { units, employees: [stored, other, left], statuses: gone })).toEqual([]);
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
