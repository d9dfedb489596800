import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  excelSerial,
  kindWordsOf,
  planUnitImport,
  planUnitImports,
  withEntry,
  type EntryScale,
  type PointsLists,
  type ReturnedWorkbook,
  type UnitImportInput,
} from '../domain';
import { editWorkbookBytes } from '../../test/support/workbook-edit';
import {
  fillUnitWorkbook,
  readUnitWorkbook,
  writeUnitWorkbook,
  type UnitSheetInput,
  type UnitWorkbookInput,
} from './unit-workbook';

const scale: EntryScale = {
  period: { start: '2026-07-01', end: '2026-09-30' },
  activities: [
    { id: 'a1', points: 5, names: { kk: 'Заң жобасын әзірлеу', ru: 'Разработка законопроекта' } },
    { id: 'a2', points: 3, names: { kk: 'Семинар өткізу', ru: 'Проведение семинара' } },
  ],
  range: { min: 1, max: 5 },
};
const quarterDate = {
  kind: 'date',
  start: '2026-07-01',
  end: '2026-09-30',
  title: 'Значение не принято',
  message: 'Введите дату в пределах квартала: 01.07.2026 – 30.09.2026 (дд.мм.гггг).',
} as const;
const fixed = { headers: ['ID', '№', 'ФИО', 'Категория', 'Статус'], widths: [5, 36, 10, 20], hashed: [2, 3], status: 4 };
const person = [1, 'Ахметов Ерлан', 'E-4', 'оценивается'];
const other = [2, 'Ким Ольга', 'E-3', 'оценивается'];
/** Row 5: e1's incentive i1; rows 6–7: e1's empty rows; row 8: e2's empty row. */
const incentives: UnitSheetInput = {
  component: 'incentives',
  name: 'Поощрения',
  title: 'Поощряемые виды деятельности',
  subtitle: 'Юридический отдел · 3 кв. 2026',
  ...fixed,
  params: [
    { id: 'activity', header: 'Вид деятельности', kind: 'text' },
    {
      id: 'points',
      header: 'Баллы',
      kind: 'integer',
      check: { kind: 'whole', min: 1, max: 5, title: 'Значение не принято', message: 'Введите целое число от 1 до 5.' },
    },
    { id: 'date', header: 'Дата', kind: 'date', check: quarterDate },
    { id: 'note', header: 'Примечание', kind: 'text' },
  ],
  rows: [
    {
      id: 'e1|i1',
      cells: person,
      values: {},
      fields: ['1. Разработка законопроекта (+5)', 5, '2026-07-15', ''],
      entry: { activityId: 'a1', points: 5, date: '2026-07-15', note: '' },
    },
    { id: 'e1|n1', cells: person, values: {}, fields: [] },
    { id: 'e1|n2', cells: person, values: {}, fields: [] },
    { id: 'e2|n3', cells: other, values: {}, fields: [] },
  ],
};
/** Row 5: e1's violation v1; row 6: e1's empty row. */
const violations: UnitSheetInput = {
  component: 'violations',
  name: 'Нарушения',
  title: 'Нарушения дисциплины',
  subtitle: 'Юридический отдел · 3 кв. 2026',
  ...fixed,
  params: [
    {
      id: 'kind',
      header: 'Вид дисциплины',
      kind: 'text',
      check: {
        kind: 'list',
        values: ['исполнительская', 'трудовая'],
        title: 'Значение не принято',
        message: 'Выберите из списка: исполнительская, трудовая.',
      },
    },
    { id: 'date', header: 'Дата', kind: 'date', check: quarterDate },
    { id: 'note', header: 'Примечание', kind: 'text' },
  ],
  rows: [
    {
      id: 'e1|v1',
      cells: person,
      values: {},
      fields: ['трудовая', '2026-08-03', 'опоздание'],
      entry: { kind: 'labour', date: '2026-08-03', note: 'опоздание' },
    },
    { id: 'e1|n4', cells: person, values: {}, fields: [] },
  ],
};
const input: UnitWorkbookInput = {
  instructions: { sheet: 'Инструкция', lines: ['Запишите поощрения и нарушения.'] },
  sheets: [incentives, violations],
  references: [
    {
      name: 'Шкала',
      title: 'Шкала',
      headers: ['№', 'Вид деятельности', 'Баллы'],
      widths: [5, 60, 8],
      rows: scale.activities.map((a, i) => [i + 1, a.names.ru, a.points]),
    },
  ],
  envelope: {
    agencyId: 'a1',
    periodId: '2026-Q3',
    unitId: 'u1',
    exportedAt: '2026-10-01T09:00:00.000Z',
    profileId: 'justice-2017',
    profileVersion: 1,
    lang: 'ru',
    points: scale,
  },
};
const stored: PointsLists = {
  incentives: [{ id: 'i1', activityId: 'a1', points: 5, date: '2026-07-15', note: '' }],
  violations: [{ id: 'v1', kind: 'labour', date: '2026-08-03', note: 'опоздание' }],
};
const read = (bytes: Uint8Array): ReturnedWorkbook => {
  const r = readUnitWorkbook(bytes, 'отдел.xlsx');
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const never = () => false;
const base = (current: ReadonlyMap<string, PointsLists> = new Map([['e1', stored]])): Omit<UnitImportInput, 'file'> => ({
  unitOf: new Map([
    ['e1', 'u1'],
    ['e2', 'u1'],
  ]),
  evaluated: () => true,
  locked: never,
  current: new Map(),
  params: () => new Set(),
  points: {
    context: {
      ...scale,
      kindWords: kindWordsOf([
        { executive: 'исполнительская', labour: 'трудовая' },
        { executive: 'атқарушылық', labour: 'еңбек' },
      ]),
    },
    current,
  },
});
const summary = (plan: ReturnType<typeof planUnitImport>) =>
  plan.entries.map(
    (c) =>
      `${c.list}.${c.employeeId}.${c.entryId}: ${JSON.stringify(c.before ?? null)} → ${JSON.stringify(c.after ?? null)} @${c.sheet}!${c.sheetRow}`,
  );
const written = writeUnitWorkbook(input);

describe('the points model’s entries in the unit workbook (issue 5; 002 §§17–22)', () => {
  it('002 §§17–22: an entry a row with dates as dates, empty rows for new entries, the scale beside; read back unchanged, nothing to import', () => {
    const wb = XLSX.read(written, { type: 'array', cellStyles: true });
    expect(wb.SheetNames).toEqual(['Инструкция', 'Поощрения', 'Нарушения', 'Шкала', '_meta']);
    const ws = wb.Sheets['Поощрения'] as XLSX.WorkSheet;
    expect(ws['F5']).toMatchObject({ t: 's', v: '1. Разработка законопроекта (+5)' });
    expect(ws['H5']).toMatchObject({ t: 'n', z: 'dd.mm.yyyy' });
    expect(ws['F6']?.v).toBeUndefined();
    const file = read(written);
    expect(file.envelope.points).toEqual(scale);
    expect(file.sections.map((s) => [s.component, s.rows.length])).toEqual([
      ['incentives', 4],
      ['violations', 2],
    ]);
    const plan = planUnitImport({ ...base(), file });
    expect(plan.entries).toEqual([]);
    expect(plan.entryConflicts).toEqual([]);
    expect(plan.problems).toEqual([]);
  });

  it('002 §18: a new entry in an empty row (blank points take the scale’s), a changed one, a cleared one removed; the same file twice changes nothing', () => {
    let bytes = editWorkbookBytes(written, 'Поощрения', { F6: '2', H6: '20.08.2026', I6: 'для судей', G5: 4 });
    bytes = editWorkbookBytes(bytes, 'Нарушения', { F5: null, G5: null, H5: null, F6: 'Исполнительская', G6: 46260 });
    const file = read(bytes);
    const plan = planUnitImport({ ...base(), file });
    expect(plan.problems).toEqual([]);
    expect(summary(plan)).toEqual([
      'incentives.e1.i1: {"activityId":"a1","points":5,"date":"2026-07-15","note":""} → {"activityId":"a1","points":4,"date":"2026-07-15","note":""} @Поощрения!5',
      'incentives.e1.n1: null → {"activityId":"a2","points":3,"date":"2026-08-20","note":"для судей"} @Поощрения!6',
      'violations.e1.v1: {"kind":"labour","date":"2026-08-03","note":"опоздание"} → null @Нарушения!5',
      'violations.e1.n4: null → {"kind":"executive","date":"2026-08-26","note":""} @Нарушения!6',
    ]);
    // Applied, then the same file again: nothing left to do.
    const after = plan.entries.reduce((lists, c) => withEntry(lists, c), stored);
    expect(after.incentives.map((e) => e.id)).toEqual(['i1', 'n1']);
    expect(after.violations.map((e) => e.id)).toEqual(['n4']);
    const again = planUnitImport({ ...base(new Map([['e1', after]])), file });
    expect(again.entries).toEqual([]);
    expect(again.entryConflicts).toEqual([]);
    // Two files planned together: the second sees the first's entries.
    const twice = planUnitImports([file, file], base());
    expect(twice[1]?.entries).toEqual([]);
  });

  it('an entry changed in Bagalau after the export and differently in the file is a conflict with all three versions', () => {
    const file = read(editWorkbookBytes(written, 'Поощрения', { G5: 4 }));
    const plan = planUnitImport({
      ...base(new Map([['e1', { ...stored, incentives: [{ ...stored.incentives[0]!, points: 2 }] }]])),
      file,
    });
    expect(plan.entries).toEqual([]);
    expect(plan.entryConflicts).toMatchObject([
      { list: 'incentives', entryId: 'i1', exported: { points: 5 }, before: { points: 2 }, after: { points: 4 }, sheetRow: 5 },
    ]);
  });

  it('problem codes: activityUnknown, scoreOutOfRange, scoreNotNumber, dateOutsidePeriod, dateInvalid, required, violationKindUnknown — each with sheet, row and column', () => {
    let bytes = editWorkbookBytes(written, 'Поощрения', {
      F5: '99',
      F6: '2',
      G6: 7,
      H6: '01.01.2026',
      F7: 'Проведение семинара',
      G7: 'три',
      H7: '32.13.2026',
      F8: 'Разработка законопроекта',
    });
    bytes = editWorkbookBytes(bytes, 'Нарушения', { F6: 'прочее', G6: '10.08.2026' });
    const plan = planUnitImport({ ...base(), file: read(bytes) });
    expect(plan.entries).toEqual([]);
    expect(plan.problems.map((p) => `${p.code}@${p.sheet}!${p.column}${p.row}`)).toEqual([
      'activityUnknown@Поощрения!F5',
      'dateOutsidePeriod@Поощрения!H6',
      'scoreOutOfRange@Поощрения!G6',
      'dateInvalid@Поощрения!H7',
      'scoreNotNumber@Поощрения!G7',
      'required@Поощрения!H8',
      'violationKindUnknown@Нарушения!F6',
    ]);
  });

  it('problem codes: excluded for a person not evaluated in the quarter, periodLocked for a submitted unit, rowTampered for a changed name', () => {
    const bytes = editWorkbookBytes(
      editWorkbookBytes(written, 'Поощрения', { F6: '2', H6: '20.08.2026', F8: '1', H8: '21.08.2026', C8: 'Другое Имя' }),
      'Нарушения',
      { F6: 'трудовая', G6: '10.08.2026' },
    );
    const file = read(bytes);
    const excluded = planUnitImport({ ...base(), file, evaluated: (_, id) => id !== 'e1' });
    expect(excluded.problems.map((p) => `${p.code}@${p.sheet}!${p.row}`)).toEqual([
      'excluded@Поощрения!6',
      'rowTampered@Поощрения!8',
      'excluded@Нарушения!6',
    ]);
    const locked = planUnitImport({ ...base(), file, locked: (component, id) => component === 'points' && id === 'e1' });
    expect(locked.entries).toEqual([]);
    expect(locked.problems.map((p) => `${p.code}@${p.sheet}:${p.params?.['cells'] ?? ''}`)).toEqual([
      'rowTampered@Поощрения:',
      'periodLocked@Поощрения:1',
      'periodLocked@Нарушения:1',
    ]);
  });

  it('evaluator mode writes the head’s entries into their rows (dates as dates) and keeps the envelope exactly', () => {
    const file = read(written);
    const filled = read(
      fillUnitWorkbook(
        written,
        file,
        new Map(),
        new Map([
          ['incentives:e1|n2', ['2. Проведение семинара (+3)', '', '05.09.2026', '']],
          ['violations:e1|v1', ['', '', '']],
        ]),
      ),
    );
    expect(filled.envelope).toEqual(file.envelope);
    const ws = XLSX.read(
      fillUnitWorkbook(written, file, new Map(), new Map([['incentives:e1|n2', ['2', '4', '05.09.2026', '']]])),
      { type: 'array' },
    ).Sheets['Поощрения'] as XLSX.WorkSheet;
    expect(ws['G7']).toMatchObject({ t: 'n', v: 4 });
    expect(ws['H7']).toMatchObject({ t: 'n' });
    expect(summary(planUnitImport({ ...base(), file: filled }))).toEqual([
      'incentives.e1.n2: null → {"activityId":"a2","points":3,"date":"2026-09-05","note":""} @Поощрения!7',
      'violations.e1.v1: {"kind":"labour","date":"2026-08-03","note":"опоздание"} → null @Нарушения!5',
    ]);
  });
});

describe('the servant’s self-assessment in the unit workbook (002 §23)', () => {
  const selfSheet: UnitSheetInput = {
    component: 'self',
    name: 'Самооценка',
    title: 'Самооценка служащего',
    subtitle: 'Юридический отдел · 3 кв. 2026',
    ...fixed,
    params: [
      { id: 'selfIncentives', header: 'Сведения о поощряемых показателях', kind: 'text' },
      { id: 'selfExecutive', header: 'Исполнительская дисциплина', kind: 'text' },
      { id: 'selfLabour', header: 'Трудовая дисциплина', kind: 'text' },
      { id: 'selfPoints', header: 'Результат самооценки (баллы)', kind: 'integer' },
    ],
    rows: [
      {
        id: 'e1|self',
        cells: person,
        values: {},
        fields: ['Законопроект разработан', 'нет', 'нет', 105],
        entry: { incentives: 'Законопроект разработан', executive: 'нет', labour: 'нет', points: 105 },
      },
      { id: 'e2|self', cells: other, values: {}, fields: [] },
    ],
  };
  const withSelf = writeUnitWorkbook({ ...input, sheets: [incentives, violations, selfSheet] });
  const storedSelf: PointsLists = {
    ...stored,
    self: { incentives: 'Законопроект разработан', executive: 'нет', labour: 'нет', points: 105 },
  };
  const plan = (bytes: Uint8Array, current: PointsLists = storedSelf) =>
    planUnitImport({ ...base(new Map([['e1', current]])), file: read(bytes) });

  it('002 §23: one row a person; a self-assessment typed in, changed or cleared comes back as the person’s one self-assessment; the same file twice changes nothing', () => {
    expect(plan(withSelf).entries).toEqual([]);
    const bytes = editWorkbookBytes(withSelf, 'Самооценка', { I5: 106, F6: 'Проведён семинар', I6: '103' });
    const p = plan(bytes);
    expect(p.problems).toEqual([]);
    expect(summary(p)).toEqual([
      'self.e1.self: {"incentives":"Законопроект разработан","executive":"нет","labour":"нет","points":105} → {"incentives":"Законопроект разработан","executive":"нет","labour":"нет","points":106} @Самооценка!5',
      'self.e2.self: null → {"incentives":"Проведён семинар","executive":"","labour":"","points":103} @Самооценка!6',
    ]);
    const e1 = p.entries.filter((c) => c.employeeId === 'e1').reduce((lists, c) => withEntry(lists, c), storedSelf);
    expect(e1.self).toEqual({ incentives: 'Законопроект разработан', executive: 'нет', labour: 'нет', points: 106 });
    expect(plan(bytes, e1).entries.filter((c) => c.employeeId === 'e1')).toEqual([]);
    const cleared = plan(editWorkbookBytes(withSelf, 'Самооценка', { F5: null, G5: null, H5: null, I5: null }));
    expect(summary(cleared)).toEqual([
      'self.e1.self: {"incentives":"Законопроект разработан","executive":"нет","labour":"нет","points":105} → null @Самооценка!5',
    ]);
    expect(withEntry(storedSelf, cleared.entries[0]!).self).toBeNull();
  });

  it('002 §23: the self-assessed points are a whole number — «сто пять» or 105,5 is refused with its cell', () => {
    const p = plan(editWorkbookBytes(withSelf, 'Самооценка', { I5: 'сто пять', I6: 105.5, F6: 'x' }));
    expect(p.entries).toEqual([]);
    expect(p.problems.map((x) => `${x.code}@${x.sheet}!${x.column}${x.row}`)).toEqual([
      'scoreNotNumber@Самооценка!I5',
      'scoreOutOfRange@Самооценка!I6',
    ]);
  });
});

describe('the entry sheets guard what the head must not change (issue 19 §3)', () => {
  const files = unzipSync(written);
  const names = [...strFromU8(files['xl/workbook.xml'] ?? new Uint8Array()).matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
  const sheet = (name: string) => strFromU8(files[`xl/worksheets/sheet${names.indexOf(name) + 1}.xml`] ?? new Uint8Array());
  const validations = (name: string) =>
    [...sheet(name).matchAll(/<dataValidation [^>]*>[\s\S]*?<\/dataValidation>/g)].map((m) => m[0]);

  it('002 §18: the points a whole number within the profile’s range; 002 §§17, 19: a date within the quarter; every entry cell unlocked', () => {
    const [points, date] = validations('Поощрения');
    expect(points).toMatch(
      /^<dataValidation type="whole" operator="between" [^>]*sqref="G5:G8"><formula1>1<\/formula1><formula2>5<\/formula2>/,
    );
    expect(date).toContain(`type="date" operator="between"`);
    expect(date).toContain(
      `sqref="H5:H8"><formula1>${excelSerial('2026-07-01')}</formula1><formula2>${excelSerial('2026-09-30')}</formula2>`,
    );
    expect(date).toContain('error="Введите дату в пределах квартала: 01.07.2026 – 30.09.2026 (дд.мм.гггг)."');
    const [kind, when] = validations('Нарушения');
    expect(kind).toMatch(
      /^<dataValidation type="list" [^>]*sqref="F5:F6"><formula1>&quot;исполнительская,трудовая&quot;<\/formula1>/,
    );
    expect(when).toContain('sqref="G5:G6"');
    const cells = [...sheet('Поощрения').matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1]);
    for (const ref of ['F5', 'G6', 'H7', 'I8']) expect(cells).toContain(ref);
    expect(sheet('Поощрения')).toContain(
      '<pane xSplit="3" ySplit="4" topLeftCell="D5" activePane="bottomRight" state="frozen"/>',
    );
    // The scale beside is a reference: no guard on it.
    expect(sheet('Шкала')).not.toContain('<sheetProtection');
  });
});
