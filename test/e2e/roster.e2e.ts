/**
 * Issue 19 §1, the roster import's last pieces: the template downloaded in the Kazakh UI and imported
 * back with no manual mapping; a full roster's absentees marked as dismissed on one day in the import
 * itself (a partial file dismissing nobody); the last import's column mapping kept with the agency
 * and offered, not applied silently, for the next file with the same headers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { AppModel } from './app';
import { expectNoAxeViolations, launch, useBuiltApp } from './harness';

const app$ = useBuiltApp();
const dir = mkdtempSync(join(tmpdir(), 'bagalau-roster-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a one-sheet roster workbook and returns its path. */
function roster(name: string, rows: readonly (readonly (string | number)[])[]): string {
  const file = join(dir, name);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows as (string | number)[][]), 'Список');
  writeFileSync(file, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
  return file;
}

/** A fresh browser with an empty agency created by hand, on its import page. */
async function importPage() {
  const s = await launch();
  const app = new AppModel(s.page);
  await app.open(app$().url);
  await app.createAgency({ ru: 'Тестовый аппарат' });
  await app.nav(/Импорт/);
  return { s, app };
}

const summary = (s: Awaited<ReturnType<typeof launch>>, word: string) =>
  s.page.getByRole('status').filter({ hasText: word }).innerText();

describe('the roster template (issue 19 §1)', () => {
  it('is downloaded in the Kazakh UI and, filled in, imports with no manual mapping', async () => {
    const { s, app } = await importPage();
    await s.page.getByLabel('Язык').selectOption('kk');
    await app.expectHeading(/Қызметшілер тізімін импорттау/);
    const template = s.page.getByRole('region', { name: 'Қызметшілер тізімінің үлгісі' });
    await expectNoAxeViolations(s.page, 'import page with the template (kk)');
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      template.getByRole('button', { name: 'Қазақша үлгі' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Қызметшілер тізімі \(үлгі\)\.xlsx$/);
    const file = join(dir, 'үлгі.xlsx');
    await download.saveAs(file);
    const wb = XLSX.read(readFileSync(file), { type: 'buffer' });
    const sheet = wb.Sheets['Тізім'] as XLSX.WorkSheet;
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(sheet, { header: 1 });
    expect(rows[2]).toEqual([
      'Тегі, аты, әкесінің аты',
      'ЖСН',
      'Лауазымы',
      'Санаты',
      'Құрылымдық бөлімше',
      'Лауазымға тағайындалған күні',
      'Мемлекеттік қызмет көрсету',
      'Тікелей басшысы',
      'Жұмыстан босатылған күні',
    ]);
    // HR fills it in as it is: two people under the header.
    XLSX.utils.sheet_add_aoa(
      sheet,
      [
        ['Жұмабаев Ғалым Бақытұлы', '880418300440', 'Бөлім басшысы', 'E-2', 'Заң бөлімі', '01.03.2022', 'жоқ', '', ''],
        ['Тоқтарова Айгүл Серікқызы', '', 'Бас маман', 'E-4', 'Заң бөлімі', '15.09.2023', 'иә', 'Жұмабаев Ғалым Бақытұлы', ''],
      ],
      { origin: 'A4' },
    );
    const filled = join(dir, 'толтырылған.xlsx');
    writeFileSync(filled, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    await s.page.locator('input[type=file]').setInputFiles(filled);
    await expect.poll(() => summary(s, 'қосу')).toMatch(/қосу: 2, жаңарту: 0, өткізу: 0, қатесі бар жолдар: 0/);
    expect(await s.page.locator('main').innerText()).not.toMatch(/тақырып жолы табылмады|бағанды таңдаңыз/i);
    await s.page.getByRole('button', { name: 'Импортты қолдану' }).click();
    await expect.poll(() => summary(s, 'файлынан импорт')).toMatch(/қосылды 2, жаңартылды 0, жаңа бөлімшелер 1/);
    await app.nav(/Қызметшілер/);
    await expect.poll(() => app.columnTexts('surname')).toEqual(['Жұмабаев', 'Тоқтарова']);
    await s.close();
  });
});

const HEADER = ['ФИО', 'Должность', 'Категория', 'Подразделение', 'Дата назначения'];
const person = (surname: string) => [`${surname} Тест Тестович`, 'Главный специалист', 'E-4', 'Отдел кадров', '01.03.2022'];

describe('the people a full roster leaves out (issue 19 §1)', () => {
  it('a partial file dismisses nobody; a full roster marks the ticked absentees as dismissed on one day, undone with the import', async () => {
    const { s } = await importPage();
    await s.page
      .locator('input[type=file]')
      .setInputFiles(roster('трое.xlsx', [HEADER, person('Алиев'), person('Бекова'), person('Власов')]));
    await expect.poll(() => summary(s, 'добавить')).toMatch(/добавить: 3/);
    await s.page.getByRole('button', { name: 'Применить импорт' }).click();
    await expect.poll(() => summary(s, 'Импорт из трое.xlsx')).toMatch(/добавлено 3/);

    // Next month's file names Алиев alone.
    const one = roster('один.xlsx', [HEADER, person('Алиев')]);
    await s.page.locator('input[type=file]').setInputFiles(one);
    const panel = s.page.getByRole('region', { name: 'Кого нет в файле' });
    await expect.poll(() => panel.innerText()).toMatch(/нет в файле \(2\): Бекова Тест Тестович, Власов Тест Тестович/);
    // Not said to be the full roster, it dismisses nobody: nothing to apply.
    expect(await panel.getByRole('checkbox', { name: /полный штатный список/ }).isChecked()).toBe(false);
    expect(await panel.getByLabel('Дата увольнения').count()).toBe(0);
    expect(await s.page.getByRole('button', { name: 'Применить импорт' }).isDisabled()).toBe(true);

    await panel.getByRole('checkbox', { name: /полный штатный список/ }).check();
    await expect.poll(() => panel.innerText()).toMatch(/Работают в органе, но нет в файле \(2\)/);
    expect(await panel.getByRole('checkbox', { name: 'Бекова Тест Тестович' }).isChecked()).toBe(true);
    expect(await panel.getByRole('checkbox', { name: 'Власов Тест Тестович' }).isChecked()).toBe(true);
    // Ticked people need the day; a day before their appointment is refused.
    await expect.poll(() => panel.getByRole('alert').innerText()).toMatch(/Укажите дату увольнения/);
    expect(await s.page.getByRole('button', { name: 'Применить импорт' }).isDisabled()).toBe(true);
    await panel.getByLabel('Дата увольнения').fill('01.01.2020');
    await expect
      .poll(() => panel.getByRole('alert').innerText())
      .toMatch(/раньше назначения на должность: Бекова Тест Тестович, Власов Тест Тестович/);
    await panel.getByLabel('Дата увольнения').fill('30.11.2026');
    // Власов is on leave, not gone: HR unticks him.
    await panel.getByRole('checkbox', { name: 'Власов Тест Тестович' }).uncheck();
    await expect.poll(() => summary(s, 'добавить')).toMatch(/пропустить: 1, строк с ошибками: 0; отметить уволенными: 1/);
    await expectNoAxeViolations(s.page, 'import: a full roster’s absentees');
    await s.page.getByRole('button', { name: 'Применить импорт' }).click();
    await expect
      .poll(() => summary(s, 'Импорт из один.xlsx'))
      .toMatch(/добавлено 0, обновлено 0, новых подразделений 0, уволено 1/);

    // The same file again: Бекова is dismissed now, only Власов is left out.
    await s.page.locator('input[type=file]').setInputFiles(one);
    await panel.getByRole('checkbox', { name: /полный штатный список/ }).check();
    await expect.poll(() => panel.innerText()).toMatch(/нет в файле \(1\)/);
    expect(await panel.getByRole('checkbox', { name: 'Бекова Тест Тестович' }).count()).toBe(0);

    // Undone, the import takes its dismissal back. The newest import is listed first.
    const recent = s.page.getByRole('region', { name: 'Последние импорты' }).getByRole('listitem');
    await expect
      .poll(() => recent.allInnerTexts())
      .toEqual([expect.stringMatching(/^один\.xlsx/), expect.stringMatching(/^трое\.xlsx/)]);
    await recent.first().getByRole('button', { name: 'Отменить этот импорт' }).click();
    await expect.poll(() => s.page.getByRole('status').filter({ hasText: 'Импорт отменён' }).count()).toBe(1);
    await s.page.locator('input[type=file]').setInputFiles(one);
    await panel.getByRole('checkbox', { name: /полный штатный список/ }).check();
    await expect.poll(() => panel.innerText()).toMatch(/нет в файле \(2\)/);
    await s.close();
  });
});

describe('the column mapping kept with the agency (issue 19 §1)', () => {
  it('is offered for the next file with the same headers, applied only when HR says so', async () => {
    const { s } = await importPage();
    // «Код подр.» is not a header the import knows: HR maps it to the unit by hand.
    const header = ['ФИО', 'Должность', 'Категория', 'Код подр.', 'Дата назначения'];
    await s.page.locator('input[type=file]').setInputFiles(roster('ноябрь.xlsx', [header, person('Алиев')]));
    await expect.poll(() => s.page.getByRole('alert').filter({ hasText: 'Выберите столбец для' }).count()).toBe(1);
    expect(await s.page.getByRole('group', { name: /Использовать сопоставление/ }).count()).toBe(0);
    await s.page.getByLabel('Поле: D Код подр.').selectOption({ label: 'Подразделение' });
    await expect.poll(() => summary(s, 'добавить')).toMatch(/добавить: 1/);
    await s.page.getByRole('button', { name: 'Применить импорт' }).click();
    await expect.poll(() => summary(s, 'Импорт из ноябрь.xlsx')).toMatch(/добавлено 1/);

    const december = roster('декабрь.xlsx', [header, person('Алиев'), person('Бекова')]);
    await s.page.locator('input[type=file]').setInputFiles(december);
    const offer = s.page.getByRole('group', { name: /Использовать сопоставление столбцов из последнего импорта/ });
    await expect.poll(() => offer.innerText()).toMatch(/из последнего импорта \(\d\d\.\d\d\.\d{4}\)\?/);
    // Offered, not applied: the column is still unmapped until HR says so.
    expect(await s.page.getByLabel('Поле: D Код подр.').inputValue()).toBe('');
    await expectNoAxeViolations(s.page, 'import: the last mapping offered');
    await offer.getByRole('button', { name: 'Не использовать' }).click();
    expect(await offer.count()).toBe(0);
    expect(await s.page.getByLabel('Поле: D Код подр.').inputValue()).toBe('');

    await s.page.locator('input[type=file]').setInputFiles(december);
    await offer.getByRole('button', { name: 'Использовать', exact: true }).click();
    expect(await offer.count()).toBe(0);
    expect(await s.page.getByLabel('Поле: D Код подр.').inputValue()).toBe('unit');
    await expect.poll(() => summary(s, 'добавить')).toMatch(/добавить: 1, обновить: 0, пропустить: 1, строк с ошибками: 0/);

    // Other headers: nothing is offered.
    await s.page.locator('input[type=file]').setInputFiles(roster('другой.xlsx', [HEADER, person('Алиев')]));
    await expect.poll(() => summary(s, 'добавить')).toMatch(/пропустить: 1/);
    expect(await offer.count()).toBe(0);
    await s.close();
  });
});
