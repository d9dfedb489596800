/**
 * Issue 2, data in and out: roster import with located problems and a mapping fix, refusals of
 * bad files, undo of a whole import; backup restored into a fresh profile; offline reload through
 * the service worker; the single-file copy from file:// surviving a browser restart.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { bombData, rezip } from '../support/zip-craft';
import { AppModel } from './app';
import { E2E_BUILD, expectNoAxeViolations, launch, serve, SINGLE_FILE, useBuiltApp, type Session } from './harness';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const IGNORE = '(не загружать)';

const app$ = useBuiltApp();

/** A fresh browser with an empty agency created by hand, on its staff page. */
async function agencyByHand() {
  const s = await launch();
  const app = new AppModel(s.page);
  await app.open(app$().url);
  await app.createAgency({ kk: 'Тест мәслихаты' });
  await app.expectHeading(/Служащие/);
  return { s, app };
}

describe('roster import', () => {
  it('refuses a 200,000-row file and a zip bomb with a clear reason while the page stays responsive', async () => {
    const { s, app } = await agencyByHand();
    await app.nav(/Импорт/);
    // Every main-thread task over 50 ms is recorded from here on.
    await s.page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    const dir = mkdtempSync(join(tmpdir(), 'bagalau-big-'));
    const rows = ['Фамилия;Имя;Отчество;ИИН;Должность;Подразделение'];
    for (let i = 0; i < 200_000; i++)
      rows.push(`Иванов${i};Иван;Иванович;${String(850312300449 + i)};Специалист;Отдел ${i % 40}`);
    const big = join(dir, 'roster-200k.csv');
    writeFileSync(big, rows.join('\r\n'));
    await s.page.locator('input[type=file]').setInputFiles(big);
    await expect.poll(() => s.page.locator('main .error-box').innerText()).toMatch(/больше 100.000 строк/);
    const bomb = join(dir, 'bomb.xlsx');
    writeFileSync(
      bomb,
      rezip(readFileSync(fixture('roster-ru.xlsx')), (parts) => ({
        ...parts,
        'xl/sharedStrings.xml': { name: 'xl/sharedStrings.xml', data: bombData(400), method: 8, declaredSize: 0 },
      })),
    );
    await s.page.locator('input[type=file]').setInputFiles(bomb);
    await expect.poll(() => s.page.locator('main .error-box').innerText()).toMatch(/разворачивается больше чем в 80 МБ/);
    expect(await s.page.evaluate(() => (window as unknown as { longest: number }).longest)).toBeLessThan(200);
    rmSync(dir, { recursive: true, force: true });
    await s.close();
  });

  it('previews located problems, lets the user fix the mapping, applies in one go, and undoes it', async () => {
    const s = await launch();
    const app = new AppModel(s.page);
    await app.open(app$().url);
    await app.loadDemo();
    const before = await app.rowCount();
    await app.nav(/Импорт/);

    // A file that is not a spreadsheet gets one clear sentence.
    await s.page.locator('input[type=file]').setInputFiles(fixture('not-a-spreadsheet.pdf'));
    await expect.poll(() => s.page.locator('main .error-box').innerText()).toMatch(/не электронная таблица/);
    await s.page.locator('input[type=file]').setInputFiles(fixture('encrypted.xlsx'));
    await expect.poll(() => s.page.locator('main .error-box').innerText()).toMatch(/защищена паролем/);

    await s.page.locator('input[type=file]').setInputFiles(fixture('roster-problems.xlsx'));
    // «Отдел/сектор» and «Принят на должность» are recognised as the unit and the appointment.
    await expect
      .poll(() => s.page.getByRole('status').filter({ hasText: 'добавить' }).innerText())
      .toMatch(/добавить: 1, обновить: 0, пропустить: 4, строк с ошибками: 4/);
    // Unmapped, the unit is said once above the preview (not on every row) and holds the import.
    await s.page.getByLabel('Поле: E Отдел/сектор').selectOption({ label: IGNORE });
    await expect
      .poll(() => s.page.getByRole('alert').filter({ hasText: 'Выберите столбец для' }).innerText())
      .toMatch(/Выберите столбец для: «Подразделение»/);
    expect(await s.page.getByRole('button', { name: 'Применить импорт' }).isDisabled()).toBe(true);
    await s.page.getByLabel('Поле: E Отдел/сектор').selectOption({ label: 'Подразделение' });
    // (The mapping of an applied import, kept with the agency and offered next time: roster.e2e.ts.)
    await expect
      .poll(() => s.page.getByRole('status').filter({ hasText: 'добавить' }).innerText())
      .toMatch(/добавить: 1, обновить: 0, пропустить: 4, строк с ошибками: 4/);

    const problems = await s.page.locator('.ag-row .ag-cell').allInnerTexts();
    const text = problems.join('\n');
    expect(text).toContain('Лист «Сотрудники», строка 3, столбец B: В ИИН «870605300446» неверная контрольная цифра');
    expect(text).toContain('Лист «Сотрудники», строка 4, столбец D: Неизвестная категория «Е-9»');
    expect(text).toContain('Лист «Сотрудники», строка 4, столбец F: «31.02.2021» — не дата');
    expect(text).toContain('Лист «Сотрудники», строка 5, столбец C: Поле «Должность» обязательно');
    expect(text).toMatch(/ИИН 870605300445 повторяется в строках 5/);
    expect(text).toContain('Будет создано подразделение «Отдел ЗАГС»');
    await expectNoAxeViolations(s.page, 'import preview');

    await s.page.getByRole('button', { name: 'Применить импорт' }).click();
    await expect
      .poll(() => s.page.getByRole('status').filter({ hasText: 'Импорт из' }).innerText())
      .toMatch(/добавлено 1, обновлено 0, новых подразделений 1/);
    await app.nav(/Служащие/);
    await expect.poll(() => app.rowCount()).toBe(before + 1);
    await s.page.getByLabel('Поиск').fill('Серікбаев Талғат');
    await expect.poll(() => s.page.locator('main p.muted').first().innerText()).toMatch(/^1 из/);

    await app.nav(/Импорт/);
    await s.page.getByRole('button', { name: 'Отменить этот импорт' }).click();
    await expect.poll(() => s.page.getByRole('status').filter({ hasText: 'Импорт отменён' }).count()).toBe(1);
    await app.nav(/Служащие/);
    await expect.poll(() => app.rowCount()).toBe(before);
    await app.nav(/Подразделения/);
    expect(await s.page.getByText('Отдел ЗАГС').count()).toBe(0);
    await s.close();
  });

  it('imports a Kazakh CSV into an empty agency created by hand, from the empty staff page’s own button', async () => {
    const { s, app } = await agencyByHand();
    // A new agency says what to do first (issue 19 §8) and goes there in one click.
    const empty = s.page.getByRole('region', { name: 'Служащих пока нет' });
    await expect.poll(() => empty.innerText()).toMatch(/шаблон на казахском и русском/);
    await expectNoAxeViolations(s.page, 'empty staff page');
    await empty.getByRole('link', { name: 'Загрузить штатный список' }).click();
    await app.expectHeading(/Импорт/);
    await s.page.locator('input[type=file]').setInputFiles(fixture('roster-kk.csv'));
    await expect
      .poll(() => s.page.getByRole('status').filter({ hasText: 'добавить' }).innerText())
      .toMatch(/добавить: 2, обновить: 0, пропустить: 0, строк с ошибками: 0/);
    await s.page.getByRole('button', { name: 'Применить импорт' }).click();
    await app.nav(/Служащие/);
    await expect.poll(() => app.columnTexts('surname')).toEqual(['Жұмабаев', 'Тоқтарова']);
    expect(await s.page.getByRole('region', { name: 'Служащих пока нет' }).count()).toBe(0);
    await s.close();
  });
});

describe('a roster as a Kazakh HR office keeps it (issue 19)', () => {
  it('imports «Т.А.Ә.» / «Отдел/сектор» / «Принят на должность» under two title rows in the Kazakh UI, with no manual mapping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bagalau-roster-kk-'));
    const file = join(dir, 'тізім.xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['«Тест мәслихатының аппараты» ММ'],
        ['Қызметкерлер тізімі'],
        ['№', 'Т.А.Ә.', 'ЖСН', 'Лауазымы', 'Санаты', 'Отдел/сектор', 'Принят на должность'],
        [1, 'Жұмабаев Ғалым Бақытұлы', '880418300440', 'Бас маман', 'E-4', 'Заң бөлімі', '01.03.2022'],
        [2, 'Тоқтарова Айгүл Серікқызы', '', 'Жетекші маман', 'E-5', 'Заң бөлімі', '15.09.2023'],
      ]),
      'Тізім',
    );
    writeFileSync(file, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    const { s, app } = await agencyByHand();
    await s.page.getByLabel('Язык').selectOption('kk');
    await app.nav(/Тізімді импорттау/);
    await s.page.locator('input[type=file]').setInputFiles(file);
    await expect
      .poll(() => s.page.getByRole('status').filter({ hasText: 'қосу' }).innerText())
      .toMatch(/қосу: 2, жаңарту: 0, өткізу: 0, қатесі бар жолдар: 0/);
    expect(await s.page.locator('main').innerText()).not.toMatch(/тақырып жолы табылмады|бағанды таңдаңыз/i);
    await expectNoAxeViolations(s.page, 'roster import (kk)');
    await s.page.getByRole('button', { name: 'Импортты қолдану' }).click();
    await app.nav(/Қызметшілер/);
    await expect.poll(() => app.columnTexts('surname')).toEqual(['Жұмабаев', 'Тоқтарова']);
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a bilingual staff list (issue 19 §6)', () => {
  it('reads a unit column per language with no manual mapping; the new unit shows its Russian name, and its Kazakh one in the Kazakh UI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bagalau-roster-bilingual-'));
    const file = join(dir, 'список.xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['ФИО', 'Должность', 'Категория', 'Подразделение (на казахском)', 'Подразделение (на русском)', 'Дата назначения'],
        ['Жұмабаев Ғалым Бақытұлы', 'Главный специалист', 'E-4', 'Цифрландыру секторы', 'Сектор цифровизации', '01.03.2022'],
        ['Тоқтарова Айгүл Серікқызы', 'Ведущий специалист', 'E-5', 'Цифрландыру секторы', 'Сектор цифровизации', '15.09.2023'],
      ]),
      'Список',
    );
    writeFileSync(file, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    const { s, app } = await agencyByHand();
    await app.nav(/Импорт/);
    await s.page.locator('input[type=file]').setInputFiles(file);
    await expect
      .poll(() => s.page.getByRole('status').filter({ hasText: 'добавить' }).innerText())
      .toMatch(/добавить: 2, обновить: 0, пропустить: 0, строк с ошибками: 0/);
    await s.page.getByRole('button', { name: 'Применить импорт' }).click();
    await app.nav(/Подразделения/);
    await expect.poll(() => s.page.locator('.unit-name').allInnerTexts()).toEqual(['Сектор цифровизации']);
    await app.chooseLanguage('Қазақша');
    await expect.poll(() => s.page.locator('.unit-name').allInnerTexts()).toEqual(['Цифрландыру секторы']);
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

/**
 * The first rows the employees grid draws. It draws what the window leaves it room for, and a banner
 * more or less (the offline notice before a reload, the backup reminder) changes that by a row or two.
 */
const firstShown = (surnames: readonly string[]) => {
  expect(surnames.length).toBeGreaterThanOrEqual(20);
  return surnames.slice(0, 20);
};

describe('backup and restore', () => {
  it('a backup restored into a fresh browser profile shows the same agency', async () => {
    const downloads = mkdtempSync(join(tmpdir(), 'bagalau-dl-'));
    const first = await launch();
    const app = new AppModel(first.page);
    await app.open(app$().url);
    await app.loadDemo();
    const surnames = await app.columnTexts('surname');
    await app.nav(/Резервная/);
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: 'Скачать резервную копию' }).click(),
    ]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^bagalau-backup-.+\.xlsx$/);
    await expect.poll(() => first.page.getByText(/Последняя резервная копия:/).count()).toBe(1);
    await first.close();

    const second = await launch();
    const app2 = new AppModel(second.page);
    await app2.open(app$().url);
    // A fresh profile: create any agency, then restore the backup from its data page.
    await app2.createAgency({ ru: 'Временная' });
    await app2.nav(/Резервная/);
    await second.page.locator('input[type=file]').setInputFiles(fixture('roster-ru.xlsx'));
    await expect.poll(() => second.page.locator('main .error-box').innerText()).toMatch(/не резервная копия/);
    await second.page.locator('input[type=file]').setInputFiles(file);
    await expect
      .poll(() => second.page.getByRole('dialog').innerText())
      .toMatch(/Восстановить «Аппарат акима города Аксу \(демо\)» \(39 чел\./);
    await second.page.getByRole('dialog').getByRole('button', { name: 'Подтвердить' }).click();
    await expect.poll(() => second.page.locator('header select').first().inputValue()).not.toBe('');
    await expect.poll(() => second.page.locator('header select').first().locator('option:checked').innerText()).toMatch(/Аксу/);
    await app2.nav(/Служащие/);
    await expect.poll(async () => firstShown(await app2.columnTexts('surname'))).toEqual(firstShown(surnames));
    await second.close();
    rmSync(downloads, { recursive: true, force: true });
  });
});

/** Issue 21: each page's code is loaded on first use — offline, every page of the navigation opens. */
async function openEveryPage(s: Session, app: AppModel): Promise<void> {
  const nav = s.page.getByRole('navigation', { name: 'Основное меню' });
  const pages = await nav.getByRole('link', { includeHidden: true }).allTextContents();
  expect(pages.length).toBeGreaterThan(10);
  for (const name of pages) {
    await app.nav(new RegExp(`^${name}$`));
    await expect.poll(() => s.page.locator('main h1').count()).toBeGreaterThan(0);
    expect(await s.page.locator('main').innerText()).not.toMatch(/^Загрузка/);
  }
}

describe('offline and the file share', () => {
  it.skipIf(E2E_BUILD === 'file')('reloads with its data while offline (service worker)', async () => {
    const local = await serve('dist');
    const s = await launch();
    const app = new AppModel(s.page);
    await app.open(local.url);
    await app.loadDemo();
    await expect.poll(() => s.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect.poll(() => s.page.getByText('Бағалау теперь работает без сети.').count()).toBe(1);
    const names = await app.columnTexts('surname');
    await local.close();
    await s.context.setOffline(true);
    await s.page.reload();
    await s.page.locator('.ag-row').first().waitFor();
    await expect.poll(async () => firstShown(await app.columnTexts('surname'))).toEqual(firstShown(names));
    // Each page's code from the service worker's cache.
    await openEveryPage(s, app);
    await s.context.setOffline(false);
    await s.close();
  });

  it.runIf(E2E_BUILD === 'file')(
    'the single file works with no network at all: every page opens, a reload keeps the data',
    async () => {
      const s = await launch();
      await s.context.setOffline(true);
      const app = new AppModel(s.page);
      await app.open(SINGLE_FILE.href);
      await app.loadDemo();
      const names = await app.columnTexts('surname');
      await s.page.reload();
      await app.nav(/Служащие/);
      await s.page.locator('.ag-row').first().waitFor();
      await expect.poll(async () => firstShown(await app.columnTexts('surname'))).toEqual(firstShown(names));
      await openEveryPage(s, app);
      await s.context.setOffline(false);
      await s.close();
    },
  );

  it('the single-file copy runs from file:// and keeps its data across a browser restart', async () => {
    const html = SINGLE_FILE;
    // The copy on a share carries everything in itself: no script or worker is fetched beside it.
    expect(readFileSync(html, 'utf8')).not.toMatch(/<script[^>]+src=/);
    const first = await launch();
    const app = new AppModel(first.page);
    await app.open(html.href);
    await app.loadDemo();
    const names = await app.columnTexts('surname');
    await expectNoAxeViolations(first.page, 'file:// employees');
    await first.close({ keepProfile: true });

    const again = await launch({ profileDir: first.profileDir });
    const app2 = new AppModel(again.page);
    await app2.open(html.href);
    // The home page is the deadline board; the people are one click away.
    await app2.expectHeading(/Сроки/);
    await app2.nav(/Служащие/);
    await again.page.locator('.ag-row').first().waitFor();
    await expect.poll(async () => firstShown(await app2.columnTexts('surname'))).toEqual(firstShown(names));
    // Workbooks are written and read in a worker, inlined in the single file: a backup made here
    // is read back here (the restore asks to confirm, so the file was read whole).
    await app2.nav(/Резервная/);
    const downloads = mkdtempSync(join(tmpdir(), 'bagalau-dl-'));
    const [download] = await Promise.all([
      again.page.waitForEvent('download'),
      again.page.getByRole('button', { name: 'Скачать резервную копию' }).click(),
    ]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    await again.page.locator('input[type=file]').setInputFiles(file);
    await expect
      .poll(() => again.page.getByRole('dialog').innerText())
      .toMatch(/«Аппарат акима города Аксу \(демо\)» \(39 чел\./);
    await again.page.getByRole('dialog').getByRole('button', { name: 'Отмена' }).click();
    rmSync(downloads, { recursive: true, force: true });
    expect(again.requests.every((u) => u.startsWith('file://') || u.startsWith('data:') || u.startsWith('blob:'))).toBe(true);
    await again.close();
  });
});
