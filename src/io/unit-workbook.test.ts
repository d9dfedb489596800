import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  checkEnvelope,
  planUnitImport,
  planUnitImports,
  scoreKey,
  type ExchangeComponent,
  type ReturnedWorkbook,
} from '../domain';
import { editWorkbookBytes } from '../../test/support/workbook-edit';
import {
  fillUnitWorkbook,
  readUnitWorkbook,
  writeUnitWorkbook,
  type UnitSheetInput,
  type UnitWorkbookInput,
} from './unit-workbook';

/** The score cells' check as the document module makes it (0–5, two places, the workbook's words). */
const words = { title: 'Значение не принято', message: 'Введите число от 0 до 5; знаков после запятой — не более 2.' };
const scoreCheck = { kind: 'decimal', min: 0, max: 5, decimals: 2, ...words } as const;
const ranking: UnitSheetInput = {
  component: 'ranking',
  name: 'Ранжирование',
  title: 'Ранжирование служащих',
  subtitle: 'Юридический отдел · 3 кв. 2026',
  headers: ['ID', '№', 'ФИО', 'Категория', 'Статус'],
  widths: [5, 36, 10, 34],
  hashed: [2, 3],
  status: 4,
  params: [
    { id: 'quality', header: 'Качество (0–5)', check: scoreCheck },
    { id: 'deadlines', header: 'Сроки (0–5)', check: scoreCheck },
  ],
  rows: [
    { id: 'e1', cells: [1, 'Ахметов Ерлан', 'E-4', 'оценивается'], values: { quality: 400 } },
    { id: 'e2', cells: [2, '=HYPERLINK("http://x")', 'E-4', 'оценивается'], values: {} },
    { id: 'e3', cells: [3, 'Ким Ольга', 'E-3', 'не оценивается'], values: {}, excluded: true },
  ],
};
/** The heads the unit's head evaluates: a row per KCI, one score column. */
const kci: UnitSheetInput = {
  component: 'kci',
  name: 'КЦИ',
  title: 'Лист оценки по КЦИ',
  subtitle: 'Руководство · 3 кв. 2026',
  headers: [
    'ID',
    '№',
    'Руководитель',
    'Наименование КЦИ',
    'Единица измерения',
    'Плановое значение',
    'Фактическое значение',
    'Допустимый балл',
    'Статус',
  ],
  widths: [5, 30, 40, 14, 14, 14, 14, 22],
  hashed: [2, 3, 4, 5, 6],
  status: 8,
  params: [{ id: 'score', header: 'Балл, 0–5', check: scoreCheck }],
  rows: [
    {
      id: 'h1|k1',
      cells: [1, 'Сейтова Айгуль', 'Доля обращений, рассмотренных в срок', '%', '95', '97,5', '4–5', 'оценивается'],
      values: { score: 450 },
    },
    { id: 'h1|k2', cells: [2, 'Сейтова Айгуль', 'Число жалоб', 'шт.', '10', '12', '2–3', 'оценивается'], values: {} },
  ],
};
const input: UnitWorkbookInput = {
  instructions: { sheet: 'Инструкция', lines: ['Заполните столбцы с баллами 0–5.'] },
  sheets: [ranking],
  envelope: {
    agencyId: 'a1',
    periodId: '2026-Q3',
    unitId: 'u1',
    exportedAt: '2026-10-01T09:00:00.000Z',
    profileId: 'typical-2023',
    profileVersion: 1,
    lang: 'ru',
  },
};
const both: UnitWorkbookInput = { ...input, sheets: [ranking, kci] };

/** Edits cells of the ranking sheet as a spreadsheet program would, and writes the workbook again. */
const edit = (bytes: Uint8Array, cells: Record<string, string | number | null>, meta?: (rows: unknown[][]) => unknown[][]) =>
  editWorkbookBytes(bytes, 'Ранжирование', cells, meta);
const read = (bytes: Uint8Array): ReturnedWorkbook => {
  const r = readUnitWorkbook(bytes, 'отдел.xlsx');
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const never = () => false;
const base = {
  unitOf: new Map([
    ['e1', 'u1'],
    ['e2', 'u1'],
    ['e3', 'u1'],
    ['h1', 'u7'],
  ]),
  evaluated: (_: unknown, id: string) => id !== 'e3',
  locked: never,
  params: (component: ExchangeComponent) => new Set(component === 'ranking' ? ['quality', 'deadlines'] : ['k1', 'k2']),
};
/** Scores stored now, the ranking's by person. */
const now = (entries: [string, Record<string, number>][], component: ExchangeComponent = 'ranking') =>
  new Map(entries.map(([id, v]) => [scoreKey(component, id), v]));
const rowsOf = (file: ReturnedWorkbook, component: ExchangeComponent = 'ranking') =>
  file.sections.find((s) => s.component === component)?.rows ?? [];

describe('the unit workbook on the wire (issue 5)', () => {
  it('is written with the envelope, a hidden id column, text kept as text, and read back unchanged', () => {
    const bytes = writeUnitWorkbook(input);
    const wb = XLSX.read(bytes, { type: 'array', cellFormula: true, cellStyles: true });
    const ws = wb.Sheets['Ранжирование'] as XLSX.WorkSheet;
    expect(ws['C6']).toMatchObject({ t: 's', v: '=HYPERLINK("http://x")' });
    expect(ws['C6']?.f).toBeUndefined();
    expect(ws['F5']).toMatchObject({ t: 'n', v: 4 });
    expect(ws['!cols']?.[0]?.hidden).toBe(true);
    expect(wb.Workbook?.Sheets?.find((s) => s.name === '_meta')?.Hidden).toBe(1);
    const back = read(bytes);
    expect(back.envelope).toMatchObject({
      agencyId: 'a1',
      periodId: '2026-Q3',
      unitId: 'u1',
      sections: [{ component: 'ranking', params: ['quality', 'deadlines'] }],
    });
    expect(rowsOf(back).map((r) => [r.sheetRow, r.id])).toEqual([
      [5, 'e1'],
      [6, 'e2'],
      [7, 'e3'],
    ]);
    const plan = planUnitImport({ ...base, file: back, current: now([['e1', { quality: 400 }]]) });
    expect([plan.changes, plan.conflicts, plan.problems]).toEqual([[], [], []]);
  });

  it('a changed score is a change old → new with its row and column; the decimal comma is read; a second import changes nothing', () => {
    const file = read(edit(writeUnitWorkbook(input), { F5: '4,5', G6: 3.25 }));
    const plan = planUnitImport({ ...base, file, current: now([['e1', { quality: 400 }]]) });
    expect(plan.changes).toEqual([
      {
        component: 'ranking',
        employeeId: 'e1',
        param: 'quality',
        before: 400,
        after: 450,
        sheet: 'Ранжирование',
        sheetRow: 5,
        column: 'F',
      },
      {
        component: 'ranking',
        employeeId: 'e2',
        param: 'deadlines',
        before: undefined,
        after: 325,
        sheet: 'Ранжирование',
        sheetRow: 6,
        column: 'G',
      },
    ]);
    const again = planUnitImport({
      ...base,
      file,
      current: now([
        ['e1', { quality: 450 }],
        ['e2', { deadlines: 325 }],
      ]),
    });
    expect(again.changes).toEqual([]);
  });

  it('a value changed in Bagalau after the export and differently in the file is a conflict, not a change', () => {
    const file = read(edit(writeUnitWorkbook(input), { F5: 3 }));
    const plan = planUnitImport({ ...base, file, current: now([['e1', { quality: 350 }]]) });
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([
      {
        component: 'ranking',
        employeeId: 'e1',
        param: 'quality',
        before: 350,
        after: 300,
        exported: 400,
        sheet: 'Ранжирование',
        sheetRow: 5,
        column: 'F',
      },
    ]);
  });

  it('problem codes: scoreOutOfRange, scoreNotNumber, scoreTooPrecise, excluded, rowTampered, rowUnknown, rowDuplicate, rowOtherUnit — each with sheet, row and column', () => {
    const file = read(
      edit(writeUnitWorkbook(input), {
        F5: 7,
        G5: 'хорошо',
        F6: '3,333',
        F7: 4,
        C6: 'Другой Человек',
        A8: 'zz',
        F8: 4,
        A9: 'e1',
        C9: 'Ахметов Ерлан',
        D9: 'E-4',
      }),
    );
    const plan = planUnitImport({ ...base, file, current: new Map() });
    expect(plan.problems.map((p) => [p.code, p.sheet, p.row, p.column ?? ''])).toEqual([
      ['scoreOutOfRange', 'Ранжирование', 5, 'F'],
      ['scoreNotNumber', 'Ранжирование', 5, 'G'],
      ['rowTampered', 'Ранжирование', 6, ''],
      ['excluded', 'Ранжирование', 7, 'F'],
      ['rowUnknown', 'Ранжирование', 8, ''],
      ['rowDuplicate', 'Ранжирование', 9, ''],
    ]);
    const moved = planUnitImport({
      ...base,
      unitOf: new Map([['e1', 'u2']]),
      file: read(edit(writeUnitWorkbook(input), { F5: 3 })),
      current: new Map(),
    });
    expect(moved.problems.map((p) => p.code)).toEqual(['rowOtherUnit']);
    const precise = planUnitImport({ ...base, file: read(edit(writeUnitWorkbook(input), { F5: '3,333' })), current: new Map() });
    expect(precise.problems.map((p) => [p.code, p.column])).toEqual([['scoreTooPrecise', 'F']]);
  });

  it('problem codes: periodLocked takes nothing from a submitted period; paramUnknown for a column the profile no longer scores', () => {
    const file = read(edit(writeUnitWorkbook(input), { F5: 3, G5: 3 }));
    const locked = planUnitImport({ ...base, locked: () => true, file, current: new Map() });
    expect([locked.changes, locked.problems.map((p) => [p.code, p.params])]).toEqual([[], [['periodLocked', { cells: 2 }]]]);
    const changedProfile = planUnitImport({
      ...base,
      params: () => new Set(['quality']),
      file,
      current: now([['e1', { quality: 400 }]]),
    });
    expect(changedProfile.problems.map((p) => p.code)).toEqual(['paramUnknown']);
    expect(changedProfile.changes.map((c) => c.param)).toEqual(['quality']);
  });

  it('refusals before any cell is trusted: not ours, another type, a newer format, a changed layout; then another agency, period or unit', () => {
    expect(readUnitWorkbook(new TextEncoder().encode('not a workbook\u0000'), 'x.xlsx')).toMatchObject({
      ok: false,
      error: { code: 'notSpreadsheet' },
    });
    const plain = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(plain, XLSX.utils.aoa_to_sheet([['a']]), 'Лист1');
    expect(
      readUnitWorkbook(new Uint8Array(XLSX.write(plain, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'x.xlsx'),
    ).toMatchObject({ ok: false, error: { code: 'notOurs' } });
    const setMeta = (key: string, value: string | number) => (rows: unknown[][]) =>
      rows.map((r) => (r[0] === key ? [key, value] : r));
    expect(readUnitWorkbook(edit(writeUnitWorkbook(input), {}, setMeta('type', 'bagalau-backup')), 'x.xlsx')).toMatchObject({
      ok: false,
      error: { code: 'otherType' },
    });
    expect(readUnitWorkbook(edit(writeUnitWorkbook(input), {}, setMeta('formatVersion', 3)), 'x.xlsx')).toMatchObject({
      ok: false,
      error: { code: 'newerFormat' },
    });
    expect(readUnitWorkbook(edit(writeUnitWorkbook(input), { F4: 'Другое' }), 'x.xlsx')).toMatchObject({
      ok: false,
      error: { code: 'layoutChanged' },
    });
    const envelope = read(writeUnitWorkbook(input)).envelope;
    const scope = { agencyId: 'a1', periods: new Set(['2026-Q3']), units: new Set(['u1', 'u2']) };
    expect(checkEnvelope(envelope, scope)).toBeUndefined();
    expect(checkEnvelope(envelope, { ...scope, agencyId: 'a2' })).toBe('otherAgency');
    expect(checkEnvelope(envelope, { ...scope, periodId: '2026-Q2' })).toBe('otherPeriod');
    expect(checkEnvelope(envelope, { ...scope, unitId: 'u2' })).toBe('otherUnit');
    expect(checkEnvelope(envelope, { ...scope, units: new Set(['u2']) })).toBe('unknownUnit');
    expect(checkEnvelope(envelope, { ...scope, periods: new Set() })).toBe('unknownPeriod');
  });

  it('two returned files: the same change once, a different change to the same cell a conflict', () => {
    const a = read(edit(writeUnitWorkbook(input), { F5: 3 }));
    const same = read(edit(writeUnitWorkbook(input), { F5: 3, G6: 2 }));
    const other = read(edit(writeUnitWorkbook(input), { F5: '4,5' }));
    const plans = planUnitImports([a, same, other], { ...base, locked: () => false, current: now([['e1', { quality: 400 }]]) });
    expect(
      plans.map((p) => [
        p.changes.map((c) => `${c.employeeId}.${c.param}=${c.after}`),
        p.conflicts.map((c) => `${c.employeeId}.${c.param}: ${c.before} / ${c.after}`),
      ]),
    ).toEqual([
      [['e1.quality=300'], []],
      [['e2.deadlines=200'], []],
      [[], ['e1.quality: 300 / 450']],
    ]);
  });

  it('formulas in a returned workbook are read as their cached values only', () => {
    const wb = XLSX.read(writeUnitWorkbook(input), { type: 'array' });
    (wb.Sheets['Ранжирование'] as XLSX.WorkSheet)['F5'] = { t: 'n', v: 3, f: 'SUM(1,2)' };
    const file = read(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(rowsOf(file)[0]?.cells[0]?.raw).toBe(3);
  });
  it('the KCI sheet: a row per KCI of the heads the unit head evaluates; its one score column is the KCI; changes, conflicts and a removed KCI located', () => {
    const bytes = writeUnitWorkbook(both);
    const back = read(bytes);
    expect(back.sections.map((s) => [s.component, s.sheet, s.rows.length])).toEqual([
      ['ranking', 'Ранжирование', 3],
      ['kci', 'КЦИ', 2],
    ]);
    expect(rowsOf(back, 'kci').map((r) => [r.id, r.readOnly[1], r.cells.map((c) => [c.param, c.column, c.raw])])).toEqual([
      ['h1|k1', 'Доля обращений, рассмотренных в срок', [['k1', 'J', 4.5]]],
      ['h1|k2', 'Число жалоб', [['k2', 'J', null]]],
    ]);
    const file = read(editWorkbookBytes(bytes, 'КЦИ', { J5: '4', J6: 3 }));
    const plan = planUnitImport({ ...base, file, current: now([['h1', { k1: 450 }]], 'kci') });
    expect(plan.changes).toEqual([
      {
        component: 'kci',
        employeeId: 'h1',
        param: 'k1',
        before: 450,
        after: 400,
        sheet: 'КЦИ',
        sheetRow: 5,
        column: 'J',
        item: 'Доля обращений, рассмотренных в срок',
      },
      {
        component: 'kci',
        employeeId: 'h1',
        param: 'k2',
        before: undefined,
        after: 300,
        sheet: 'КЦИ',
        sheetRow: 6,
        column: 'J',
        item: 'Число жалоб',
      },
    ]);
    // The head is in another unit: that is what the KCI sheet is for, not a row of someone who left.
    expect(plan.problems).toEqual([]);
    const conflict = planUnitImport({ ...base, file, current: now([['h1', { k1: 350 }]], 'kci') });
    expect(conflict.conflicts.map((c) => [c.param, c.exported, c.before, c.after])).toEqual([['k1', 450, 350, 400]]);
    const removed = planUnitImport({
      ...base,
      params: (c) => new Set(c === 'ranking' ? ['quality', 'deadlines'] : ['k1']),
      file,
      current: now([['h1', { k1: 450 }]], 'kci'),
    });
    expect(removed.problems.map((p) => [p.code, p.sheet, p.row, p.column, p.params?.['param']])).toEqual([
      ['kciUnknown', 'КЦИ', 6, 'J', 'Число жалоб'],
    ]);
    const tampered = planUnitImport({
      ...base,
      file: read(editWorkbookBytes(bytes, 'КЦИ', { G5: '90', J5: 5 })),
      current: new Map(),
    });
    expect(tampered.problems.map((p) => [p.code, p.row])).toEqual([['rowTampered', 5]]);
  });

  it('problem codes: kciLocked takes nothing for a head whose KCI sheet is with the superior manager or agreed', () => {
    const file = read(editWorkbookBytes(writeUnitWorkbook(both), 'КЦИ', { J5: 4, J6: 3 }));
    const plan = planUnitImport({ ...base, locked: (c) => c === 'kci', file, current: now([['h1', { k1: 450 }]], 'kci') });
    expect([plan.changes, plan.problems.map((p) => [p.code, p.params])]).toEqual([
      [],
      [['kciLocked', { name: 'Сейтова Айгуль', cells: 2 }]],
    ]);
  });

  it('evaluator mode writes the head’s scores into both sheets and keeps the envelope exactly', () => {
    const bytes = writeUnitWorkbook(both);
    const file = read(bytes);
    const filled = read(
      fillUnitWorkbook(
        bytes,
        file,
        new Map([
          [scoreKey('ranking', 'e2'), { deadlines: 275 }],
          [scoreKey('ranking', 'e1'), { quality: 400 }],
          [scoreKey('kci', 'h1'), { k1: 450, k2: 300 }],
        ]),
      ),
    );
    expect(filled.envelope).toEqual(file.envelope);
    const plan = planUnitImport({ ...base, file: filled, current: now([['e1', { quality: 400 }]]) });
    expect(plan.changes.map((c) => `${c.component}.${c.employeeId}.${c.param}=${c.after}`)).toEqual([
      'ranking.e2.deadlines=275',
      'kci.h1.k2=300',
    ]);
  });

  it('a format-1 workbook (the ranking sheet only, flat keys) is still read', () => {
    const bytes = writeUnitWorkbook(input);
    const v1 = editWorkbookBytes(bytes, 'Ранжирование', {}, (rows) => [
      ...rows
        .filter((r) => r[0] !== 'sections' && !String(r[0]).startsWith('row:'))
        .map((r) => (r[0] === 'formatVersion' ? ['formatVersion', 1] : r)),
      ['sheet', 'Ранжирование'],
      ['headerRow', 4],
      ['headers', JSON.stringify(['ID', '№', 'ФИО', 'Категория', 'Статус', 'Качество (0–5)', 'Сроки (0–5)'])],
      ['params', JSON.stringify(['quality', 'deadlines'])],
      ...rows
        .filter((r) => String(r[0]).startsWith('row:ranking:'))
        .map((r) => [String(r[0]).replace('row:ranking:', 'row:'), r[1]]),
    ]);
    const plan = planUnitImport({
      ...base,
      file: read(editWorkbookBytes(v1, 'Ранжирование', { G5: 2 })),
      current: now([['e1', { quality: 400 }]]),
    });
    expect(plan.changes.map((c) => `${c.employeeId}.${c.param}=${c.after}`)).toEqual(['e1.deadlines=200']);
    expect(plan.problems).toEqual([]);
  });
});

/** A written workbook's parts as text: a sheet's XML by its name, and whether a cell's style is locked. */
function partsOf(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const names = [...text('xl/workbook.xml').matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
  const sheet = (name: string) => text(`xl/worksheets/sheet${names.indexOf(name) + 1}.xml`);
  const xfs = [
    ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text('xl/styles.xml'))?.[1] ?? '').matchAll(/<xf\b[\s\S]*?(?:\/>|<\/xf>)/g),
  ].map((m) => m[0]);
  /** Each written cell of a sheet, and whether its style keeps it locked (Excel's default). */
  const cells = (name: string) =>
    new Map(
      [...sheet(name).matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>)/g)].map((m) => {
        const style = Number(/\bs="(\d+)"/.exec(m[2] ?? '')?.[1] ?? 0);
        return [m[1] ?? '', { locked: !(xfs[style] ?? '').includes('locked="0"') }];
      }),
    );
  return { sheet, cells, files };
}
const unlockedCells = (cells: Map<string, { locked: boolean }>) => [...cells].filter(([, c]) => !c.locked).map(([ref]) => ref);

describe('the unit workbook guards what the head must not change (issue 19 §3)', () => {
  it('the ranking sheet: header rows and names frozen, the sheet protected, only the evaluated people’s score cells unlocked and checked 0–5 with two places', () => {
    const { sheet, cells } = partsOf(writeUnitWorkbook(both));
    const xml = sheet('Ранжирование');
    expect(xml).toContain('<pane xSplit="3" ySplit="4" topLeftCell="D5" activePane="bottomRight" state="frozen"/>');
    expect(xml).toMatch(/<sheetProtection sheet="1"[^>]*\/>/);
    // e3 is not evaluated: its cells stay locked; the empty G5, F6 are written, unlocked.
    expect(unlockedCells(cells('Ранжирование')).sort()).toEqual(['F5', 'F6', 'G5', 'G6']);
    const validations = [...xml.matchAll(/<dataValidation [^>]*>[\s\S]*?<\/dataValidation>/g)].map((m) => m[0]);
    expect(validations).toHaveLength(1);
    expect(validations[0]).toContain('sqref="F5:G6"');
    expect(validations[0]).toContain('<formula1>AND(ISNUMBER(F5),F5&gt;=0,F5&lt;=5,ROUND(F5,2)=F5)</formula1>');
    expect(validations[0]).toContain('errorStyle="stop"');
    expect(validations[0]).toContain('error="Введите число от 0 до 5; знаков после запятой — не более 2."');
    expect(validations[0]).toContain('errorTitle="Значение не принято"');
    // CT_Worksheet's order: views before the data, protection right after it, validations after the merges.
    const at = (tag: string) => xml.indexOf(`<${tag}`);
    expect(at('dimension')).toBeLessThan(at('sheetViews'));
    expect(at('sheetViews')).toBeLessThan(at('cols'));
    expect(xml.indexOf('</sheetData>')).toBeLessThan(at('sheetProtection'));
    expect(at('sheetProtection')).toBeLessThan(at('mergeCells'));
    expect(at('mergeCells')).toBeLessThan(at('dataValidations'));
    expect(at('dataValidations')).toBeLessThan(at('ignoredErrors') < 0 ? xml.length : at('ignoredErrors'));
  });

  it('the KCI sheet: its one score column unlocked and checked; the instructions and the envelope untouched', () => {
    const { sheet, cells } = partsOf(writeUnitWorkbook(both));
    expect(unlockedCells(cells('КЦИ')).sort()).toEqual(['J5', 'J6']);
    expect(sheet('КЦИ')).toContain('sqref="J5:J6"');
    expect(sheet('КЦИ')).toContain('<pane xSplit="3" ySplit="4" topLeftCell="D5"');
    for (const name of ['Инструкция', '_meta']) {
      expect(sheet(name)).not.toContain('<sheetProtection');
      expect(sheet(name)).not.toContain('<pane');
      expect(sheet(name)).not.toContain('<dataValidation');
    }
  });

  it('evaluator mode’s saved file keeps the guards it came with: the same view, validations and unlocked cells', () => {
    const bytes = writeUnitWorkbook(both);
    const filled = fillUnitWorkbook(bytes, read(bytes), new Map([[scoreKey('ranking', 'e2'), { deadlines: 275 }]]));
    const [sent, saved] = [partsOf(bytes), partsOf(filled)];
    for (const name of ['Ранжирование', 'КЦИ']) {
      const pick = (xml: string) =>
        [/<sheetViews>[\s\S]*?<\/sheetViews>/, /<sheetProtection[^>]*>/, /<dataValidations[\s\S]*?<\/dataValidations>/].map(
          (r) => r.exec(xml)?.[0],
        );
      expect(pick(saved.sheet(name))).toEqual(pick(sent.sheet(name)));
      expect(unlockedCells(saved.cells(name)).sort()).toEqual(unlockedCells(sent.cells(name)).sort());
    }
    expect(unlockedCells(saved.cells('Ранжирование')).sort()).toEqual(['F5', 'F6', 'G5', 'G6']);
    expect(rowsOf(read(filled))[1]?.cells.map((c) => c.raw)).toEqual([null, 2.75]);
  });

  it('a returned workbook still imports: the guarded file read back is what was sent, and a score typed into it is a change', () => {
    const bytes = writeUnitWorkbook(both);
    const back = read(bytes);
    expect(rowsOf(back).map((r) => [r.sheetRow, r.id, r.cells.map((c) => c.raw)])).toEqual([
      [5, 'e1', [4, null]],
      [6, 'e2', [null, null]],
      [7, 'e3', [null, null]],
    ]);
    const file = read(edit(bytes, { G5: '3,5' }));
    const plan = planUnitImport({ ...base, file, current: now([['e1', { quality: 400 }]]) });
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((c) => [c.employeeId, c.param, c.after])).toEqual([['e1', 'deadlines', 350]]);
  });
});
