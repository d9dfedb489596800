/**
 * Issue 6, the competency sheet (004 Appendix 3, METHODOLOGY §2.7) in the built app: HR opens the
 * grid of the demo agency's legal unit — no public services there, so the two public-service
 * competencies are greyed — chooses "meets" and "does not meet" by keyboard, names the indicators not
 * shown in the editor (the effective indicators of the person's group) with a note, finds it all
 * after a reload, and prints the Appendix 3 form filled in Russian and Kazakh and as `.xlsx`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';

const app$ = useBuiltApp();

describe('competency sheet', () => {
  it('fills meets / does not meet per unit, names the indicators not shown, and prints the Appendix 3 form', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /^Лист компетенций$/);
    await app.expectHeading(/Лист оценки по компетенциям/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    const grid = page.getByRole('region', { name: /^Лист оценки по компетенциям: Юридический отдел, \d{4}$/ });
    await expect.poll(() => grid.getByRole('row').count()).toBe(8);
    const rows = grid.getByRole('row');
    // A staff member (the head comes first): 9 competencies apply, the two public-service ones are not assessed.
    const person = await rows.nth(2).locator('th').innerText();
    expect(await rows.nth(2).getByText('не оценивается*').count()).toBe(2);
    expect(await rows.nth(2).getByRole('combobox').count()).toBe(9);
    expect(await rows.nth(2).innerText()).toMatch(/0 из 9\s+осталось заполнить: 9/);
    await expectNoAxeViolations(page, 'competency sheet, empty');

    // By keyboard: focus a cell, pick with the arrow keys; the choice is saved and the focus stays.
    const management = page.getByLabel(`Управление деятельностью — ${person}`);
    await management.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => rows.nth(2).innerText()).toMatch(/1 из 9\s+осталось заполнить: 8/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => rows.nth(2).innerText()).toMatch(/индикаторы не указаны/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Сотрудничество — ${person}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Принятие решений — ${person}`);

    // The indicators not shown: the effective ones of the staff group, two ticked, and a note.
    await page.getByRole('button', { name: `Индикаторы: ${person}` }).click();
    const editor = page.getByRole('region', { name: `Лист оценки по компетенциям: ${person}` });
    await editor.waitFor();
    expect(await editor.innerText()).toMatch(/«работники»/);
    expect(await editor.innerText()).toMatch(/Сотрудничество: «не соответствует» без указания непроявленных индикаторов/);
    const coop = editor.getByRole('group', { name: 'Сотрудничество' });
    const boxes = coop.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(1);
    const first = await coop.locator('li').nth(0).innerText();
    const second = await coop.locator('li').nth(1).innerText();
    await boxes.nth(1).check();
    // The note is saved when it loses focus — here to a tick of another indicator: both must land.
    await coop.getByLabel('Примечание (иные непроявленные индикаторы)').fill('на совещаниях отдела');
    await boxes.nth(0).check();
    await expect.poll(() => rows.nth(2).innerText()).toMatch(/указано индикаторов: 3/);
    await expect.poll(() => editor.innerText()).not.toMatch(/Сотрудничество: «не соответствует»/);
    await expectNoAxeViolations(page, 'competency sheet, editor');
    // Closing the editor gives the focus back to the button that opened it.
    await editor.getByRole('button', { name: 'Закрыть' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Индикаторы: ${person}`);

    // Everything is stored: after a reload the grid shows it again.
    await page.reload();
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await expect.poll(() => page.getByLabel(`Управление деятельностью — ${person}`).inputValue()).toBe('meets');
    expect(await page.getByLabel(`Сотрудничество — ${person}`).inputValue()).toBe('notMeets');

    // The Appendix 3 form prints what was entered, the indicators in the profile's order.
    await page.getByRole('link', { name: `Форма (прил. 3): ${person}` }).click();
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Лист оценки по компетенциям');
    const table = page.locator('article.official-form table');
    await expect
      .poll(() => table.locator('tbody tr').nth(0).innerText())
      .toMatch(/Управление деятельностью\s+соответствует ожиданиям/);
    expect(await table.locator('tbody tr').nth(1).innerText()).toMatch(
      new RegExp(`Сотрудничество\\s+не соответствует ожиданиям\\s+${escape(first)}; ${escape(second)}; на совещаниях отдела`),
    );
    expect(await table.locator('tbody tr').filter({ hasText: 'не оценивается*' }).count()).toBe(2);
    await expectNoAxeViolations(page, 'competency sheet form');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Выгрузить (.xlsx)' }).click(),
    ]);
    const wb = XLSX.read(readFileSync((await download.path()) as string));
    const sheetRows = XLSX.utils
      .sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0] ?? ''] as XLSX.WorkSheet, { header: 1, defval: null })
      .map((r) => r.filter((c) => c !== null).join(' | '));
    expect(sheetRows).toContain(`2 | Сотрудничество | не соответствует ожиданиям | ${first}; ${second}; на совещаниях отдела`);
    // In Kazakh: the same entries, the indicators in Kazakh.
    await page.getByLabel('Тіл / Язык').selectOption('kk');
    await expect
      .poll(() => table.locator('tbody tr').nth(1).innerText())
      .toMatch(/Ынтымақтастық\s+күтілетін нәтижеге сәйкес емес\s+\S/);
    expect(await table.locator('tbody tr').nth(1).innerText()).not.toContain(first);

    // Back to the grid of the same unit and year.
    await page.getByRole('link', { name: 'Оралу' }).click();
    await expect.poll(() => page.getByLabel(`Сотрудничество — ${person}`).inputValue()).toBe('notMeets');

    // The consolidated workbook for the secretary carries the year's sheets.
    await app.nav(/^Книги подразделений$/);
    const [consolidated] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать сводную книгу (.xlsx)' }).click(),
    ]);
    const book = XLSX.read(readFileSync((await consolidated.path()) as string));
    const name = book.SheetNames.find((n) => n.startsWith('Компетенции '));
    const lines = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name ?? ''] as XLSX.WorkSheet, { header: 1, defval: '' });
    expect(lines.map((r) => r[1])).toEqual(['Служащий', person]);
    expect(lines[1]?.slice(-2)).toEqual(['1 из 9', `Сотрудничество: ${first}; ${second}; на совещаниях отдела`]);
    await s.close();
  });

  it('Appendix 3: the filled sheet is signed by the manager, then by the person — acquainted; the form prints the days', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /^Лист компетенций$/, {
      today: new Date('2027-01-15T10:00:00+05:00'),
    });
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    const grid = page.getByRole('region', { name: /^Лист оценки по компетенциям: Юридический отдел, \d{4}$/ });
    const row = grid.getByRole('row').nth(2);
    await expect.poll(() => row.getByRole('combobox').count()).toBe(9);
    const person = await row.locator('th').innerText();
    await page.getByRole('button', { name: `Индикаторы: ${person}` }).click();
    const signatures = page.getByRole('form', { name: 'Подписи на листе' });
    // Not before every competency is assessed.
    await signatures.getByLabel('Непосредственный руководитель подписал').fill('2027-01-13');
    await signatures.getByRole('button', { name: 'Записать подписи' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Лист подписывается, когда оценены все компетенции/);
    await app.dismissNotices();
    for (const select of await row.getByRole('combobox').all()) await select.selectOption('meets');
    await expect.poll(() => row.innerText()).toMatch(/9 из 9\s+заполнен/);
    // The person signs after the manager.
    await signatures.getByLabel('Служащий подписал (ознакомлен)').fill('2027-01-12');
    await signatures.getByRole('button', { name: 'Записать подписи' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/после непосредственного руководителя/);
    await app.dismissNotices();
    await signatures.getByLabel('Служащий подписал (ознакомлен)').fill('2027-01-14');
    await signatures.getByRole('button', { name: 'Записать подписи' }).click();
    await expect.poll(() => row.innerText()).toMatch(/ознакомлен 14\.01\.2027/);
    await expectNoAxeViolations(page, 'competency sheet, signatures');
    await page.getByRole('link', { name: `Форма (прил. 3): ${person}` }).click();
    const form = page.locator('article.official-form');
    await expect
      .poll(() => form.locator('.form-signatures').innerText())
      .toMatch(/Служащий[\s\S]*дата 14\.01\.2027[\s\S]*дата 13\.01\.2027/);
    await s.close();
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
