/**
 * Issue 19, item 3, in the built app: the ranking grid behaves like Excel — a range selected with
 * Shift+arrows and Shift+click, shown and announced (`aria-selected`); Ctrl+C puts it on the
 * clipboard as Excel does, and LibreOffice reads that text back as the same cells (the decimal
 * commas as numbers under a Russian locale); Ctrl+D fills a range down and Ctrl+Enter fills a typed
 * value, each undone in one step; a refused value stays in its cell, marked; Ctrl+Home / Ctrl+End
 * and Enter after a run of Tabs move as in Excel; a score column filters by a number with a comma.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';
import { convertWithLibreOffice } from './spreadsheet';

const app$ = useBuiltApp();
const UNIT = 'Отдел оказания государственных услуг';
const PARAMS = ['p:quality', 'p:deadlines', 'p:initiative', 'p:discipline'];

/** The grid cell that has the keyboard focus, as [row index, column id]. */
const focusedCell = (page: Page) =>
  page.evaluate(() => {
    const cell = document.activeElement?.closest('.ag-cell');
    return [Number(cell?.closest('.ag-row')?.getAttribute('row-index')), cell?.getAttribute('col-id')];
  });

/** The first sheet's rows of a file LibreOffice wrote: a CSV as its text (UTF-8, nothing parsed), a workbook with its typed values. */
const sheetRows = (file: string) => {
  const wb = file.endsWith('.csv')
    ? XLSX.read(readFileSync(file, 'utf8'), { type: 'string', raw: true })
    : XLSX.read(readFileSync(file), { type: 'buffer' });
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0] ?? ''] as XLSX.WorkSheet, {
    header: 1,
    defval: '',
    raw: true,
  });
};

describe('the ranking grid as a spreadsheet', () => {
  it('selects and copies a range as Excel does, fills it, keeps a refused value, and moves as Excel does', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /Оценка/);
    await page.getByLabel('Подразделение').selectOption({ label: UNIT });
    const cell = (row: number, col: string) => app.cell(row, col);
    await expect.poll(() => cell(9, 'name').count()).toBe(1);

    // Scores for four people, pasted as from Excel.
    const block = ['4,5\t4\t3,75\t5', '3\t3,5\t4\t4', '5\t5\t5\t4,25', '2\t3\t3\t3'].join('\r\n');
    await page.evaluate(async (text) => navigator.clipboard.writeText(text), block);
    await cell(0, 'p:quality').click();
    await page.keyboard.press('ControlOrMeta+v');
    await expect.poll(() => cell(3, 'p:discipline').innerText()).toBe('3,00');
    await app.dismissNotices();

    // Shift+arrows: a range from the focused cell, marked and announced as selected.
    await cell(0, 'p:quality').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    const selected = page.locator('.ag-cell.cell-in-range[aria-selected="true"]');
    await expect.poll(() => selected.count()).toBe(6);
    expect(await cell(1, 'p:deadlines').getAttribute('aria-selected')).toBe('true');
    expect(await cell(1, 'p:initiative').getAttribute('aria-selected')).toBeNull();
    await expectNoAxeViolations(page, 'ranking grid with a selected range');

    // A plain arrow collapses it; Shift+click selects from the focused cell to the clicked one.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => selected.count()).toBe(0);
    await cell(0, 'name').click();
    await cell(2, 'p:deadlines').click({ modifiers: ['Shift'] });
    // Name and two scores, over three rows (issue 19: the category and the status follow the results now).
    await expect.poll(() => selected.count()).toBe(9);

    // Ctrl+C: the cells as shown, tab between cells, CRLF between rows, no header.
    await page.keyboard.press('ControlOrMeta+c');
    const columns = ['name', 'p:quality', 'p:deadlines'];
    const shown: string[][] = [];
    for (const row of [0, 1, 2]) shown.push(await Promise.all(columns.map((c) => cell(row, c).innerText())));
    expect(shown[0]?.slice(1)).toEqual(['4,50', '4,00']);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown.map((r) => r.join('\t')).join('\r\n'));

    // LibreOffice, given that text as a paste (tab-separated, UTF-8), has the same cells …
    const dir = mkdtempSync(join(tmpdir(), 'bagalau-copy-'));
    const tsv = join(dir, 'copied.tsv');
    writeFileSync(tsv, copied);
    const csv = convertWithLibreOffice(tsv, 'csv:Text - txt - csv (StarCalc):44,34,76', 'CSV:9,34,76');
    expect(sheetRows(csv)).toEqual(shown);
    // … and, under a Russian locale, reads the decimal commas as the numbers they are.
    const xlsx = convertWithLibreOffice(tsv, 'xlsx:Calc MS Excel 2007 XML', 'CSV:9,34,76,1,,1049');
    expect(sheetRows(xlsx).map((r) => r.slice(1))).toEqual([
      [4.5, 4],
      [3, 3.5],
      [5, 5],
    ]);

    // Ctrl+D over a range: the top row's value down the column; one Ctrl+Z undoes the whole fill.
    await cell(0, 'p:initiative').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
    // As a user does: the range is drawn before Ctrl+D fills it.
    await expect.poll(() => selected.count()).toBe(4);
    await page.keyboard.press('ControlOrMeta+d');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Заполнено ячеек' }).innerText())
      .toMatch(/Заполнено ячеек: 3/);
    await expect
      .poll(() => Promise.all([1, 2, 3].map((r) => cell(r, 'p:initiative').innerText())))
      .toEqual(['3,75', '3,75', '3,75']);
    await page.keyboard.press('ControlOrMeta+z');
    await expect
      .poll(() => Promise.all([1, 2, 3].map((r) => cell(r, 'p:initiative').innerText())))
      .toEqual(['4,00', '5,00', '3,00']);
    await app.dismissNotices();

    // Ctrl+Enter: a value typed into a range goes into every cell of it.
    await cell(4, 'p:quality').click();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => selected.count()).toBe(4);
    await page.keyboard.type('4,5');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect
      .poll(() => Promise.all([4, 5].flatMap((r) => ['p:quality', 'p:deadlines'].map((c) => cell(r, c).innerText()))))
      .toEqual(['4,50', '4,50', '4,50', '4,50']);
    await app.dismissNotices();

    // A refused value stays in its cell, marked, with the problem; a valid one replaces it.
    await app.enter(6, 'p:quality', '7');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/Качество выполнения функциональных обязанностей: 7 вне диапазона 0–5/);
    await expect.poll(() => cell(6, 'p:quality').innerText()).toBe('7');
    expect(await cell(6, 'p:quality').getAttribute('aria-invalid')).toBe('true');
    expect(await cell(6, 'p:quality').getAttribute('class')).toMatch(/\bcell-invalid\b/);
    expect(await cell(6, 'score').innerText()).toBe('');
    await expectNoAxeViolations(page, 'ranking grid with a refused value');
    await app.dismissNotices();
    await app.enter(6, 'p:quality', '3');
    await expect.poll(() => cell(6, 'p:quality').innerText()).toBe('3,00');
    expect(await cell(6, 'p:quality').getAttribute('aria-invalid')).toBeNull();

    // Enter after a run of Tabs returns to the column the run began in, one row down.
    await cell(7, 'p:quality').click();
    for (const v of ['3', '4', '5']) {
      await page.keyboard.type(v);
      await page.keyboard.press(v === '5' ? 'Enter' : 'Tab');
    }
    await expect.poll(() => cell(7, 'p:initiative').innerText()).toBe('5,00');
    expect(await focusedCell(page)).toEqual([8, 'p:quality']);

    // Ctrl+End: the last displayed row and column; Ctrl+Home: the first.
    const lastRow = await page.evaluate(() =>
      Math.max(...[...document.querySelectorAll('.ag-row[row-index]')].map((r) => Number(r.getAttribute('row-index')))),
    );
    await page.keyboard.press('ControlOrMeta+End');
    await expect.poll(() => focusedCell(page)).toEqual([lastRow, 'comment']);
    await page.keyboard.press('ControlOrMeta+Home');
    await expect.poll(() => focusedCell(page)).toEqual([0, 'name']);
    await s.close();
  });

  it('filters a score column by a number typed with a decimal comma', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /Оценка/);
    await page.getByLabel('Подразделение').selectOption({ label: UNIT });
    await expect.poll(() => app.cell(3, 'name').count()).toBe(1);
    await page.evaluate(async (text) => navigator.clipboard.writeText(text), '3,75\r\n4,5\r\n3,75\r\n5');
    await app.cell(0, PARAMS[0] ?? '').click();
    await page.keyboard.press('ControlOrMeta+v');
    await expect.poll(() => app.cell(3, 'p:quality').innerText()).toBe('5,00');

    const header = page.locator('.ag-header-cell[col-id="p:quality"]');
    await header.hover();
    await header.locator('.ag-header-cell-filter-button, .ag-header-cell-menu-button').first().click();
    const input = page.locator('.ag-filter input[type="text"]').first();
    await input.fill('3,75');
    await expect.poll(() => app.columnTexts('p:quality')).toEqual(['3,75', '3,75']);
    await expectNoAxeViolations(page, 'a score column filtered');
    await s.close();
  });
});
