/**
 * Issue 5, points model (seed 002) in the built app: an agency on the Justice 2017 profile sends a
 * unit workbook with the incentives and violations sheets (an entry a row, empty rows for new ones,
 * the scale beside); the unit head changes an entry and adds two in a copy LibreOffice re-saves; HR
 * previews and applies them and the quarter's points follow (100 + a − b). In evaluator mode the
 * head adds a violation in the grid, a date outside the quarter is flagged in place, and HR takes it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { AppModel } from './app';
import { expectNoAxeViolations, launch, useBuiltApp } from './harness';
import { editWorkbook, metaOf, resaveWithLibreOffice } from './spreadsheet';

const app$ = useBuiltApp();
const UNIT = 'Юридический отдел';
const rowsOf = (file: string, sheet: string) =>
  XLSX.utils
    .sheet_to_json<unknown[]>(XLSX.read(readFileSync(file)).Sheets[sheet] as XLSX.WorkSheet, { header: 1, defval: null })
    .slice(4);

/** A demo agency switched to the Justice 2017 profile, on the points page of the unit. */
async function justiceAgency() {
  const started = await AppModel.startDemo(app$().url, /Методика/);
  const { page } = started;
  await page
    .getByRole('navigation', { name: 'Профили' })
    .getByRole('button', { name: /Министерство юстиции 2017 \(балльная модель\)/ })
    .click();
  await page.getByRole('button', { name: 'Использовать в государственном органе' }).click();
  await expect.poll(() => started.app.navLinks(/^Баллы$/).count()).toBe(1);
  return started;
}

async function download(app: AppModel, dir: string, name: string): Promise<string> {
  await app.nav(/^Книги подразделений$/);
  await app.page.getByLabel('Язык книг').selectOption('ru');
  const [file] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: `Скачать книгу подразделения ${UNIT}` }).click(),
  ]);
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
}

/** The quarter's points of a person on the points page. */
async function pointsOf(app: AppModel, name: string): Promise<string> {
  await app.nav(/^Баллы$/);
  await app.page.getByLabel('Подразделение').selectOption({ label: UNIT });
  await expect.poll(() => app.rowWhere('name', name)).toBeGreaterThanOrEqual(0);
  // The points rest on the reconstructed formula of 002 §26 (marked ≈).
  return (await app.cell(await app.rowWhere('name', name), 'points').innerText()).replace(/ ≈$/, '');
}

describe('unit workbooks, points model (002)', () => {
  it('exports incentives and violations an entry a row, takes changed and new entries back after LibreOffice, and the points follow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bagalau-points-wire-'));
    const { s, app, page } = await justiceAgency();
    // The unit's staff as the workbook lists them (its head is in the leadership's workbook).
    const names = [...new Set(rowsOf(await download(app, dir, 'first.xlsx'), 'Поощрения').map((r) => String(r[2])))];
    expect(names.length).toBe(6);
    const [a, b] = names as [string, string];

    // An incentive recorded in Bagalau for the first person: +5 from the scale.
    await pointsOf(app, a);
    await app.cell(await app.rowWhere('name', a), 'name').click();
    await page
      .getByRole('region', { name: `Записи: ${a}` })
      .getByRole('button', { name: 'Добавить вид деятельности' })
      .click();
    await expect.poll(async () => app.cell(await app.rowWhere('name', a), 'points').innerText()).toBe('105 ≈');

    const exported = await download(app, dir, 'legal.xlsx');
    const wb = XLSX.read(readFileSync(exported));
    // A points profile has no ranking: the two entry sheets, the self-assessments and the scale; nothing of other units.
    expect(wb.SheetNames).toEqual(['Инструкция', 'Поощрения', 'Нарушения', 'Самооценка', 'Шкала', '_meta']);
    const incentives = rowsOf(exported, 'Поощрения');
    expect(XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Поощрения'] as XLSX.WorkSheet, { header: 1 })[3]).toEqual([
      'ID',
      '№',
      'ФИО',
      'Категория',
      'Статус',
      'Вид деятельности (№ по шкале)',
      'Баллы, +1…+5',
      'Дата',
      'Примечание',
    ]);
    // a's entry, then three empty rows under each person.
    expect(incentives[0]?.slice(2, 7)).toEqual([
      a,
      expect.any(String),
      'оценивается',
      expect.stringMatching(/^1\. .*исполнение поручений.*\(\+5\)$/),
      5,
    ]);
    expect(incentives.filter((r) => r[2] === b).every((r) => r[5] === null)).toBe(true);
    expect(incentives).toHaveLength(1 + 6 * 3);
    expect(XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Шкала'] as XLSX.WorkSheet, { header: 1 })).toHaveLength(3 + 18);
    const day = incentives[0]?.[7] as number;
    expect(typeof day).toBe('number');
    const bRow = 5 + incentives.findIndex((r) => r[2] === b);
    const bViolation = 5 + rowsOf(exported, 'Нарушения').findIndex((r) => r[2] === b);
    // 002 §23: one self-assessment row a person.
    const selves = rowsOf(exported, 'Самооценка');
    expect(selves.map((r) => r[2])).toEqual(
      incentives.filter((r, i, all) => all.findIndex((x) => x[2] === r[2]) === i).map((r) => r[2]),
    );
    const aSelf = 5 + selves.findIndex((r) => r[2] === a);

    // The unit head: a's +5 becomes +3; b gets an inspection (+3, №13) and a labour violation (−2).
    const edited = editWorkbook(
      editWorkbook(
        editWorkbook(exported, join(dir, 'edited.xlsx'), 'Поощрения', { G5: 3, [`F${bRow}`]: '13', [`H${bRow}`]: day }),
        join(dir, 'edited.xlsx'),
        'Нарушения',
        { [`F${bViolation}`]: 'трудовая', [`G${bViolation}`]: day, [`H${bViolation}`]: 'опоздание' },
      ),
      join(dir, 'edited.xlsx'),
      'Самооценка',
      { [`F${aSelf}`]: 'Поручения министерства исполнены', [`I${aSelf}`]: 106 },
    );
    const resaved = resaveWithLibreOffice(edited);
    expect(metaOf(resaved)).toMatchObject({ type: 'bagalau-unit-workbook', formatVersion: 2 });

    await app.nav(/^Книги подразделений$/);
    await page.locator('main input[type=file]').setInputFiles(resaved);
    const preview = page.getByRole('region', { name: 'Предпросмотр' });
    await expect
      .poll(() => preview.innerText())
      .toMatch(/edited\.xlsx · Юридический отдел · .+: изменений 4, конфликтов 0, проблем 0/);
    expect(await preview.getByRole('row', { name: new RegExp(`${a}.*Поощрение`) }).innerText()).toMatch(
      /Поощрение \(002 п\. 17–18\)\s+.*исполнение поручений.* · \+5 · \d\d\.\d\d\.\d{4}\s+.*исполнение поручений.* · \+3 · \d\d\.\d\d\.\d{4}\s+Поощрения, строка 5/,
    );
    expect(await preview.getByRole('row', { name: new RegExp(`${b}.*Нарушение`) }).innerText()).toMatch(
      /нет записи\s+Трудовая дисциплина.* · опоздание/,
    );
    expect(await preview.getByRole('row', { name: new RegExp(`${a}.*Самооценка`) }).innerText()).toMatch(
      /Самооценка \(002 п\. 23\)\s+нет записи\s+Поручения министерства исполнены · 106 баллов/,
    );
    await expectNoAxeViolations(page, 'import preview with entries');
    await preview.getByRole('button', { name: 'Применить изменений: 4' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Применено' }).innerText())
      .toMatch(/Применено изменений: 4 из книг: 1/);

    // 100 + 3 for a; 100 + 3 − 2 for b.
    expect(await pointsOf(app, a)).toBe('103');
    expect(await pointsOf(app, b)).toBe('101');
    // The self-assessment the head passed on is a's own, beside the manager's entries; it scores nothing.
    await app.cell(await app.rowWhere('name', a), 'name').click();
    const self = page.getByRole('form', { name: 'Самооценка служащего (прил. 3)' });
    await expect
      .poll(() =>
        self.getByLabel('Сведения о поощряемых показателях и видах деятельности — по самооценке служащего').inputValue(),
      )
      .toBe('Поручения министерства исполнены');
    expect(await self.getByLabel('Результат самооценки (баллы)').inputValue()).toBe('106');
    // The same file again changes nothing.
    await app.nav(/^Книги подразделений$/);
    await page.locator('main input[type=file]').setInputFiles(resaved);
    await expect.poll(() => preview.innerText()).toMatch(/edited\.xlsx · .+: изменений 0, конфликтов 0, проблем 0/);
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('evaluator mode: the unit head adds a violation in the grid, a date outside the quarter is flagged, and HR takes the entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bagalau-points-evaluator-'));
    const hr = await justiceAgency();
    const exported = await download(hr.app, dir, 'legal.xlsx');
    const first = String(rowsOf(exported, 'Нарушения')[0]?.[2]);

    const head = await launch();
    const app = new AppModel(head.page);
    await app.open(app$().url);
    await head.page.getByRole('link', { name: 'Заполнить полученную книгу подразделения (руководителю)' }).click();
    await head.page.locator('main input[type=file]').setInputFiles(exported);
    const grid = head.page.getByRole('region', { name: 'Нарушения' });
    const cell = (col: string) => grid.locator(`.ag-row[row-index="0"] .ag-cell[col-id="f:${col}"]`);
    await cell('kind').waitFor();
    expect(await grid.locator('.ag-row[row-index="0"] .ag-cell[col-id="name"]').innerText()).toBe(first);
    // The kind from its list: F2 edits, ↓ opens the list, ↓ goes to the first kind, Enter picks it, Enter ends the edit.
    await cell('kind').click();
    for (const key of ['F2', 'ArrowDown', 'ArrowDown', 'Enter', 'Enter']) await head.page.keyboard.press(key);
    await expect.poll(() => cell('kind').innerText()).toBe('исполнительская');
    // No date yet, then a date outside the quarter: flagged beside the grid with the cell's place.
    await expect
      .poll(() => grid.getByRole('status').innerText())
      .toMatch(/Лист «Нарушения», строка 5, столбец G: Поле «Дата» обязательно/);
    await cell('date').click();
    await head.page.keyboard.type('01.01.2020');
    await head.page.keyboard.press('Enter');
    await expect.poll(() => grid.getByRole('status').innerText()).toMatch(/Дата 01\.01\.2020 вне периода/);
    expect(await cell('date').getAttribute('class')).toMatch(/cell-invalid/);
    await expectNoAxeViolations(head.page, 'evaluator mode with entry sheets');
    // The quarter's first day, as the sheet's title states the quarter.
    const quarter = /(\d) квартал (\d{4})/.exec(await head.page.locator('main h2').innerText());
    const start = `01.${String((Number(quarter?.[1]) - 1) * 3 + 1).padStart(2, '0')}.${quarter?.[2]}`;
    await cell('date').click();
    await head.page.keyboard.type(start);
    await head.page.keyboard.press('Enter');
    await expect.poll(() => grid.getByRole('status').count()).toBe(0);
    // 002 §23: the servant's self-assessment the head received, typed into the person's one row.
    const selfGrid = head.page.getByRole('region', { name: 'Самооценка' });
    const selfCell = (col: string) => selfGrid.locator(`.ag-row[row-index="0"] .ag-cell[col-id="f:${col}"]`);
    expect(await selfGrid.locator('.ag-row[row-index="0"] .ag-cell[col-id="name"]').innerText()).toBe(first);
    await selfCell('selfPoints').click();
    await head.page.keyboard.type('98,5');
    await head.page.keyboard.press('Enter');
    await expect.poll(() => selfGrid.getByRole('status').innerText()).toMatch(/строка 5, столбец I/);
    await selfCell('selfPoints').click();
    await head.page.keyboard.type('99');
    await head.page.keyboard.press('Enter');
    await expect.poll(() => selfGrid.getByRole('status').count()).toBe(0);
    const [filled] = await Promise.all([
      head.page.waitForEvent('download'),
      head.page.getByRole('button', { name: 'Сохранить заполненную книгу (.xlsx)' }).click(),
    ]);
    const filledPath = join(dir, 'filled.xlsx');
    await filled.saveAs(filledPath);
    await head.close();

    await hr.app.nav(/^Книги подразделений$/);
    await hr.page.locator('main input[type=file]').setInputFiles(filledPath);
    const preview = hr.page.getByRole('region', { name: 'Предпросмотр' });
    await expect.poll(() => preview.innerText()).toMatch(/изменений 2, конфликтов 0, проблем 0/);
    expect(await preview.getByRole('row', { name: new RegExp(`${first}.*Самооценка`) }).innerText()).toMatch(
      /нет записи\s+99 баллов/,
    );
    expect(await preview.getByRole('row', { name: new RegExp(`${first}.*Нарушение`) }).innerText()).toMatch(
      new RegExp(`нет записи\\s+Исполнительская дисциплина.* · ${start.replace(/\./g, '\\.')}`),
    );
    await preview.getByRole('button', { name: 'Применить изменений: 2' }).click();
    await expect
      .poll(() => hr.page.getByRole('status').filter({ hasText: 'Применено' }).innerText())
      .toMatch(/Применено изменений: 2/);
    expect(await pointsOf(hr.app, first)).toBe('98');
    await hr.s.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
