/**
 * Issue 5 in the built app: a unit workbook exported from the demo agency, its scores changed and the
 * copy opened and re-saved by a real spreadsheet program (LibreOffice), imported with a preview —
 * changes, a conflict chosen, problems located — applied in one go and seen in the grid; a second
 * import changes nothing; a workbook of another unit, a newer format and a tampered name row are
 * refused or flagged with their reason.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { AppModel } from './app';
import { expectNoAxeViolations, launch, useBuiltApp } from './harness';
import { convertWithLibreOffice, editWorkbook, metaOf, odsCells, resaveWithLibreOffice } from './spreadsheet';

const app$ = useBuiltApp();
const SHEET = 'Ранжирование';

/** HR, on a fresh demo agency, downloads a unit's workbook in Russian into `dir`. */
async function hrWithWorkbook(unit: string, dir: string) {
  const hr = await AppModel.startDemo(app$().url, /^Книги подразделений$/);
  await hr.page.getByLabel('Язык книг').selectOption('ru');
  const [download] = await Promise.all([
    hr.page.waitForEvent('download'),
    hr.page.getByRole('button', { name: `Скачать книгу подразделения ${unit}` }).click(),
  ]);
  const exported = join(dir, download.suggestedFilename());
  await download.saveAs(exported);
  return { hr, exported, fileName: download.suggestedFilename() };
}

describe('unit workbooks', () => {
  it('exports a unit workbook, takes it back after LibreOffice re-saved an edited copy, previews, resolves a conflict and applies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bagalau-exchange-'));
    const { s, app, page } = await AppModel.startDemo(app$().url, /^Книги подразделений$/);
    await app.expectHeading(/Книги подразделений/);
    await page.getByLabel('Язык книг').selectOption('ru');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать книгу подразделения Юридический отдел' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bagalau-Юридический отдел-\d{4}-Q\d-ru\.xlsx$/);
    const exported = join(dir, 'legal.xlsx');
    await download.saveAs(exported);
    expect(metaOf(exported)).toMatchObject({ type: 'bagalau-unit-workbook', formatVersion: 2 });
    // Only the unit's people (004 §§16, 21): its six staff, no one else.
    const sheetRows = XLSX.utils
      .sheet_to_json<unknown[]>(XLSX.read(readFileSync(exported)).Sheets[SHEET] as XLSX.WorkSheet, { header: 1 })
      .slice(4);
    expect(sheetRows).toHaveLength(6);
    const exportedNames = sheetRows.map((r) => r[2]);
    await expectNoAxeViolations(page, 'unit workbooks');

    // Issue 19 §3: a real spreadsheet program opens the workbook as sent — the ranking sheet
    // protected, its score cells alone unprotected and refusing anything but 0–5 with two places.
    const fods = readFileSync(convertWithLibreOffice(exported, 'fods'), 'utf8');
    const from = fods.indexOf(`<table:table table:name="${SHEET}"`);
    expect(fods.slice(from, fods.indexOf('>', from))).toContain('table:protected="true"');
    expect(fods).toContain(
      'table:condition="of:is-true-formula(AND(ISNUMBER([.F5]);[.F5]&gt;=0;[.F5]&lt;=5;ROUND([.F5];2)=[.F5]))"',
    );
    const grid = odsCells(fods, SHEET, 9);
    // The header row locked; each person's id, №, name, category and status locked, their four scores open and checked.
    expect(grid[3]?.map((c) => c.protected)).toEqual(Array(9).fill(true));
    const people = grid.slice(4, 10);
    expect(people.map((row) => row[2]?.text)).toEqual(exportedNames);
    for (const row of people) {
      expect(row.map((c) => c.protected)).toEqual([true, true, true, true, true, false, false, false, false]);
      expect(row.map((c) => c.validation !== undefined)).toEqual([false, false, false, false, false, true, true, true, true]);
    }
    // …and reads it as the workbook it is: the ranking sheet as CSV has the header and the six people.
    const csv = convertWithLibreOffice(exported, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2');
    const csvRows = readFileSync(csv.replace(/\.csv$/, `-${SHEET}.csv`), 'utf8')
      .trim()
      .split('\n');
    expect(csvRows[3]).toMatch(/^ID,№,ФИО,Категория,Статус,/);
    expect(csvRows.slice(4).map((r) => r.split(',')[2])).toEqual(exportedNames);
    // Saved by it unchanged, the guarded workbook still imports (below: nothing to change).
    const sentResaved = resaveWithLibreOffice(exported);
    expect(metaOf(sentResaved)).toMatchObject({ type: 'bagalau-unit-workbook', formatVersion: 2, exportId: expect.any(String) });

    // The unit head's answers: two scores for the first person (one with a decimal comma), one for the second.
    const edited = editWorkbook(exported, join(dir, 'edited.xlsx'), SHEET, { F5: 4, G5: '3,5', F6: 5 });
    const resaved = resaveWithLibreOffice(edited);
    expect(metaOf(resaved)).toMatchObject({ type: 'bagalau-unit-workbook', formatVersion: 2, exportId: expect.any(String) });
    const tampered = editWorkbook(exported, join(dir, 'tampered.xlsx'), SHEET, { C5: 'Иванов Иван', F5: 2 });
    const newer = editWorkbook(exported, join(dir, 'newer.xlsx'), SHEET, {}, (rows) =>
      rows.map((r) => (r[0] === 'formatVersion' ? ['formatVersion', 3] : r)),
    );
    // Forged: an export id this agency never issued (as a hand-made or re-addressed file has).
    const forged = editWorkbook(exported, join(dir, 'forged.xlsx'), SHEET, { F5: 5 }, (rows) =>
      rows.map((r) => (r[0] === 'exportId' ? ['exportId', 'made-up'] : r)),
    );

    // Meanwhile in Bagalau, the first person's quality is changed: the file's 4 becomes a conflict.
    await app.nav(/^Оценка$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await expect.poll(() => app.cell(5, 'name').count()).toBe(1);
    const first = await app.cell(0, 'name').innerText();
    const second = await app.cell(1, 'name').innerText();
    expect(new Set(exportedNames)).toEqual(new Set(await app.columnTexts('name')));
    await app.cell(0, 'p:quality').click();
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.cell(0, 'p:quality').innerText()).toBe('3,00');

    await app.nav(/^Книги подразделений$/);
    const input = page.locator('main input[type=file]');
    await input.setInputFiles([resaved, newer, forged]);
    const preview = page.getByRole('region', { name: 'Предпросмотр' });
    await expect
      .poll(() => preview.innerText())
      .toMatch(/edited\.xlsx · Юридический отдел · \d{4}-Q\d · выгружена .+: изменений 2, конфликтов 1, проблем 0/);
    expect(await page.getByRole('alert').filter({ hasText: 'newer.xlsx' }).innerText()).toMatch(
      /newer\.xlsx: не загружена — она создана более новой версией Bagalau/,
    );
    expect(await page.getByRole('alert').filter({ hasText: 'forged.xlsx' }).innerText()).toMatch(
      /forged\.xlsx: не загружена — в этом органе нет записи о его выгрузке, поэтому его строки нельзя проверить/,
    );
    expect(await preview.getByRole('row', { name: new RegExp(second) }).innerText()).toMatch(
      /Качество.*\s+пусто\s+5,00\s+Ранжирование, F6/,
    );
    expect(await preview.innerText()).toMatch(/При выгрузке пусто, сейчас 3,00 в Bagalau, 4,00 в файле/);
    expect(await preview.getByRole('button', { name: /Применить/ }).isDisabled()).toBe(true);
    await preview.getByLabel('Взять 4,00 из файла').check();
    await expectNoAxeViolations(page, 'import preview');
    await preview.getByRole('button', { name: 'Применить изменений: 3' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Применено' }).innerText())
      .toMatch(/Применено изменений: 3 из книг: 1/);

    await app.nav(/^Оценка$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await expect.poll(() => app.cell(0, 'p:quality').innerText()).toBe('4,00');
    expect(await app.cell(0, 'name').innerText()).toBe(first);
    expect(await app.cell(0, 'p:deadlines').innerText()).toBe('3,50');
    expect(await app.cell(1, 'p:quality').innerText()).toBe('5,00');

    // The same file again changes nothing; a tampered name row is not read; another unit's workbook is refused.
    await app.nav(/^Книги подразделений$/);
    await input.setInputFiles([resaved, tampered, sentResaved]);
    // All three are previewed. A file's part of the preview below the window is laid out as it comes
    // into view (content-visibility, issue 21), and only then is it in the page's text: wait for it.
    // (The page's text, so that a refusal would be in the message.)
    const line = (file: string, problems: number) =>
      `(?=[\\s\\S]*${file}\\.xlsx · .+: изменений 0, конфликтов 0, проблем ${problems})`;
    await expect
      .poll(() => page.locator('main').innerText())
      .toMatch(new RegExp(`^${line('edited', 0)}${line('tampered', 1)}${line('legal', 0)}`));
    expect(await preview.innerText()).toMatch(
      /Лист «Ранжирование», строка 5: ФИО или категория \(Иванов Иван\) изменены в файле; строка не читается\./,
    );
    await page.getByLabel('Загружать для').selectOption({ label: 'Отдел управления персоналом' });
    await input.setInputFiles(resaved);
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'edited.xlsx' }).innerText())
      .toMatch(/edited\.xlsx: не загружена — она другого подразделения \(Юридический отдел\)/);

    // The consolidated workbook for the secretary: results by unit with inputs, the year, the distribution, assumptions, the draft protocol.
    const [consolidated] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать сводную книгу (.xlsx)' }).click(),
    ]);
    expect(consolidated.suggestedFilename()).toMatch(/^bagalau-consolidated-\d{4}-Q\d-ru\.xlsx$/);
    const wb = XLSX.read(readFileSync((await consolidated.path()) as string));
    expect(wb.SheetNames).toEqual(['Результаты', 'Год', 'Распределение', 'Допущения', 'Протокол (проект)', '_meta']);
    const results = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Результаты'] as XLSX.WorkSheet, { header: 1 });
    const firstRow = results.find((r) => r[2] === first) ?? [];
    expect(firstRow.slice(0, 7)).toEqual(['Юридический отдел', expect.any(Number), first, 'E-4', 'Ранжирование', 4, 3.5]);
    expect(new Set(results.slice(3).map((r) => r[0]))).toEqual(
      new Set([
        'Руководство аппарата',
        'Отдел организационно-контрольной работы',
        'Отдел управления персоналом',
        'Отдел оказания государственных услуг',
        'Юридический отдел',
      ]),
    );
    expect(XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Допущения'] as XLSX.WorkSheet, { header: 1 }).length).toBeGreaterThan(
      1,
    );
    // Appendix 5 opens with its heading lines and the approval block («УТВЕРЖДАЮ», the authorised person), then the title.
    const protocolRows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Протокол (проект)'] as XLSX.WorkSheet, { header: 1 });
    expect(protocolRows.slice(0, 3)).toEqual([
      ['', '', 'Приложение 5'],
      ['', '', 'Форма'],
      ['', '', '«УТВЕРЖДАЮ»'],
    ]);
    expect(protocolRows).toContainEqual(['Протокол заседания Комиссии по оценке']);
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('evaluator mode: a unit head without the agency’s database fills the workbook in Bagalau and saves it back; HR imports it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bagalau-evaluator-'));
    const { hr, exported, fileName } = await hrWithWorkbook('Юридический отдел', dir);

    // The unit head's own browser: no agency, straight from the first screen.
    const head = await launch();
    const app = new AppModel(head.page);
    await app.open(app$().url);
    await head.page.getByRole('link', { name: 'Заполнить полученную книгу подразделения (руководителю)' }).click();
    await app.expectHeading(/Заполнение книги подразделения/);
    await head.page.locator('main input[type=file]').setInputFiles(exported);
    await expect.poll(() => app.cell(5, 'name').count()).toBe(1);
    expect(await head.page.locator('main h2').innerText()).toMatch(
      /Лист ранжирования государственных служащих корпуса «Б» · .+ · Юридический отдел/,
    );
    const name = await app.cell(0, 'name').innerText();
    await app.cell(0, 'p:quality').click();
    await head.page.keyboard.type('4,5');
    await head.page.keyboard.press('Enter');
    await expect.poll(() => app.cell(0, 'p:quality').innerText()).toBe('4,50');
    await app.cell(1, 'p:deadlines').click();
    await head.page.keyboard.type('3');
    await head.page.keyboard.press('Enter');
    await head.page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => app.cell(1, 'p:deadlines').innerText()).toBe('');
    await head.page.keyboard.press('ControlOrMeta+y');
    await expect.poll(() => app.cell(1, 'p:deadlines').innerText()).toBe('3,00');
    await expect
      .poll(() => head.page.getByRole('status').filter({ hasText: 'Поставлено баллов' }).innerText())
      .toMatch(/Поставлено баллов: \d+/);
    await expectNoAxeViolations(head.page, 'evaluator mode');
    const [filled] = await Promise.all([
      head.page.waitForEvent('download'),
      head.page.getByRole('button', { name: 'Сохранить заполненную книгу (.xlsx)' }).click(),
    ]);
    expect(filled.suggestedFilename()).toBe(fileName);
    const filledPath = join(dir, 'filled.xlsx');
    await filled.saveAs(filledPath);
    expect(metaOf(filledPath)).toMatchObject({ type: 'bagalau-unit-workbook', formatVersion: 2 });
    await head.close();

    // Back at HR: the head's two scores, nothing else.
    await hr.page.locator('main input[type=file]').setInputFiles(filledPath);
    const preview = hr.page.getByRole('region', { name: 'Предпросмотр' });
    await expect.poll(() => preview.innerText()).toMatch(/изменений 2, конфликтов 0, проблем 0/);
    expect(await preview.getByRole('row', { name: new RegExp(name) }).innerText()).toMatch(/4,50/);
    await hr.s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the KCI sheet: the heads the unit head evaluates, scored in evaluator mode and imported into their KCI sheets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bagalau-kci-wire-'));
    const { hr, exported } = await hrWithWorkbook('Руководство аппарата', dir);
    const wb = XLSX.read(readFileSync(exported));
    expect(wb.SheetNames).toEqual(['Инструкция', 'Ранжирование', 'КЦИ', '_meta']);
    const kciRows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['КЦИ'] as XLSX.WorkSheet, { header: 1 });
    expect(kciRows[3]).toEqual([
      'ID',
      '№',
      'Руководитель',
      'Подразделение',
      'Наименование КЦИ',
      'Единица измерения',
      'Плановое значение',
      'Фактическое значение',
      'Допустимый балл',
      'Статус',
      'Балл, 0–5',
    ]);
    // The four other units' heads, each with their 3–5 KCIs; the leadership's own staff are not on it.
    const data = kciRows.slice(4);
    expect(new Set(data.map((r) => r[3]))).toEqual(
      new Set([
        'Отдел организационно-контрольной работы',
        'Отдел управления персоналом',
        'Отдел оказания государственных услуг',
        'Юридический отдел',
      ]),
    );
    expect(data.length).toBeGreaterThanOrEqual(12);
    const [head, unit, kci] = [String(data[0]?.[2]), String(data[0]?.[3]), String(data[0]?.[4])];

    // The chief fills the first KCI in their own browser.
    const chief = await launch();
    const app = new AppModel(chief.page);
    await app.open(app$().url);
    await chief.page.getByRole('link', { name: 'Заполнить полученную книгу подразделения (руководителю)' }).click();
    await chief.page.locator('main input[type=file]').setInputFiles(exported);
    const grid = chief.page.getByRole('region', { name: 'КЦИ' });
    const score = grid.locator('.ag-row[row-index="0"] .ag-cell[col-id="p:score"]');
    await score.click();
    await chief.page.keyboard.type('4');
    await chief.page.keyboard.press('Enter');
    await expect.poll(() => score.innerText()).toBe('4,00');
    expect(await grid.locator('.ag-row[row-index="0"] .ag-cell[col-id="name"]').innerText()).toBe(head);
    await expectNoAxeViolations(chief.page, 'evaluator mode with the KCI sheet');
    const [filled] = await Promise.all([
      chief.page.waitForEvent('download'),
      chief.page.getByRole('button', { name: 'Сохранить заполненную книгу (.xlsx)' }).click(),
    ]);
    const filledPath = join(dir, 'filled.xlsx');
    await filled.saveAs(filledPath);
    await chief.close();

    // HR: the KCI's score old → new with its place, applied into the head's KCI sheet.
    await hr.page.locator('main input[type=file]').setInputFiles(filledPath);
    const preview = hr.page.getByRole('region', { name: 'Предпросмотр' });
    await expect.poll(() => preview.innerText()).toMatch(/изменений 1, конфликтов 0, проблем 0/);
    expect(await preview.getByRole('row', { name: new RegExp(head) }).innerText()).toMatch(
      new RegExp(`КЦИ «${kci.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}»\\s+пусто\\s+4,00\\s+КЦИ, K5`),
    );
    await preview.getByRole('button', { name: 'Применить изменений: 1' }).click();
    await expect
      .poll(() => hr.page.getByRole('status').filter({ hasText: 'Применено' }).innerText())
      .toMatch(/Применено изменений: 1/);
    await hr.app.nav(/^КЦИ$/);
    await hr.page.getByLabel('Подразделение').selectOption({ label: unit });
    await expect.poll(() => hr.app.cell(0, 'p:score').innerText()).toMatch(/^4,00/);
    expect(await hr.app.cell(0, 'name').innerText()).toBe(kci);
    await hr.s.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
