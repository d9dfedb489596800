/**
 * Issue 3 in the built app: methodology profiles with cited parameters and visible assumption
 * markers; clone, edit (a changed value needs its own source), validate, save as a new version,
 * use it for the agency.
 */
import { describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, launch, useBuiltApp } from './harness';

const app$ = useBuiltApp();

describe('methodology profiles', () => {
  it('shows sources and assumptions, clones, edits, refuses a missing source, saves versions and is used by the agency', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /Методика/);

    // Typical 2023 is in use; its parameters cite seed paragraphs; assumptions are marked visibly.
    await expect.poll(() => page.getByRole('heading', { name: 'Типовая методика 2023', level: 2 }).count()).toBe(1);
    const tenure = page.getByRole('group', { name: 'Минимум месяцев на должности' });
    await expect.poll(() => tenure.innerText()).toContain('Источник: 004 п. 6');
    const permissible = page.getByRole('group', { name: 'Допустимый балл по проценту достижения КЦИ' });
    await expect.poll(() => permissible.innerText()).toMatch(/Допущение:.*Приложение 3 Типовой методики/);
    expect(await page.locator('.assumption').count()).toBeGreaterThanOrEqual(6);
    expect(await page.getByRole('button', { name: 'Изменить' }).count()).toBe(0);
    // The sources legend (issue 19 §6): each act's number with its title, date and number.
    const acts = page.getByRole('region', { name: 'Цитируемые акты' });
    await expect
      .poll(() => acts.innerText())
      .toMatch(/004\s+Постановление акимата города Аксу Павлодарской области от 4 мая 2018 года № 278\/5/);
    await expect
      .poll(() => acts.innerText())
      .toMatch(/002\s+Приказ Министра юстиции Республики Казахстан от 22 июня 2017 года № 777/);
    await expectNoAxeViolations(page, 'methodology (view)');

    await page.getByRole('button', { name: 'Копировать для изменения' }).click();
    await page.getByLabel('Наименование на русском').fill('Методика аппарата 2026');
    const field = page.getByRole('textbox', { name: 'Минимум месяцев на должности', exact: true });
    await field.fill('2');
    await field.press('Tab');
    await expectNoAxeViolations(page, 'methodology (edit)');
    await page.getByRole('button', { name: 'Сохранить как новую версию' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Замечаний' }).innerText()).toMatch(/Замечаний: \d+/);
    await expect
      .poll(() => page.getByRole('group', { name: 'Минимум месяцев на должности' }).locator('.field-error').count())
      .toBeGreaterThan(0);
    // Said in the user's words, not the validator's English.
    expect(
      await page.getByRole('group', { name: 'Минимум месяцев на должности' }).locator('.field-error').first().innerText(),
    ).toBe('У изменённого значения должен быть свой источник: укажите акт и его пункт.');

    await page
      .getByRole('textbox', { name: 'Источник: Минимум месяцев на должности' })
      .fill('Приказ руководителя аппарата № 15 от 12.01.2026');
    await page.getByRole('button', { name: 'Сохранить как новую версию' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Сохранено как версия 1' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Методика аппарата 2026', level: 2 }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('group', { name: 'Минимум месяцев на должности' }).innerText())
      .toContain('Приказ руководителя аппарата № 15');

    // A second edit is version 2; the agency can use it.
    await page.getByRole('button', { name: 'Изменить' }).click();
    await page.getByRole('textbox', { name: 'Ознакомление в течение рабочих дней', exact: true }).fill('3');
    await page.getByRole('textbox', { name: 'Источник: Ознакомление в течение рабочих дней' }).fill('Приказ № 16');
    // Issue 19 §6: a ranking parameter the agency adds is named in Kazakh and in Russian.
    await page.getByRole('button', { name: 'Добавить строку: Параметры ранжирования' }).click();
    const added = 'Параметры ранжирования, 5: Наименования (kk / ru)';
    await page.getByRole('textbox', { name: `${added} (kk)`, exact: true }).fill('Цифрлық сауаттылық');
    await page.getByRole('textbox', { name: `${added} (ru)`, exact: true }).fill('Цифровая грамотность');
    await page.getByRole('textbox', { name: 'Источник: Параметры ранжирования' }).fill('Приказ № 16');
    await page.getByRole('button', { name: 'Сохранить как новую версию' }).click();
    await expect.poll(() => page.getByRole('navigation', { name: 'Профили' }).innerText()).toContain('версия 2');
    await page.getByRole('button', { name: 'Использовать в государственном органе' }).click();
    await expect
      .poll(() =>
        page.getByRole('navigation', { name: 'Профили' }).locator('li', { hasText: 'Методика аппарата 2026' }).innerText(),
      )
      .toContain('Используется');
    await app.nav(/Государственный орган/);
    await expect
      .poll(() => page.getByLabel('Профиль методики').locator('option:checked').innerText())
      .toBe('Методика аппарата 2026');
    // The ranking grid heads the added parameter in the interface's language.
    await app.nav(/^Оценка$/);
    const header = page.locator('.ag-header-cell[col-id="p:new-5"]');
    await expect
      .poll(async () =>
        (await header.innerText())
          .replace(/\u00ad/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .toBe('Цифровая грамотность');
    await app.chooseLanguage('Қазақша');
    await expect
      .poll(async () =>
        (await header.innerText())
          .replace(/\u00ad/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .toBe('Цифрлық сауаттылық');
    await app.chooseLanguage('Русский');
    await s.close();
  });

  it('shows the working-day calendar with its moved days, takes an amendment, and lists the year’s deadlines', async () => {
    const { s, page } = await AppModel.startDemo(app$().url, /Календарь/);
    await page.getByRole('combobox', { name: /^Год/ }).selectOption('2026');
    const daysOff = page.getByRole('region', { name: 'Выходные и праздничные дни' });
    await expect.poll(() => daysOff.innerText()).toMatch(/24\.03\.2026\s+вторник\s+Перенос с выходного/);
    await expect.poll(() => daysOff.innerText()).toMatch(/27\.05\.2026\s+среда\s+Курбан айт · Без переноса/);
    await page.getByLabel('Дата', { exact: true }).fill('31.12.2026');
    await page.getByLabel('Постановление или причина').fill('Постановление № 1');
    await page.getByRole('button', { name: 'Добавить выходной' }).click();
    await expect.poll(() => daysOff.innerText()).toContain('31.12.2026');
    await expect
      .poll(() => page.getByRole('region', { name: 'Изменения' }).innerText())
      .toContain('31.12.2026 — Выходной (Постановление № 1)');
    const schedule = page.getByRole('region', { name: /График года/ });
    await expect.poll(() => schedule.innerText()).toMatch(/Установление КЦИ\s+1 кв\.\s+19\.01\.2026\s+Просрочено\s+004 п. 23/);
    await expect.poll(() => schedule.innerText()).toMatch(/Квартальная оценка\s+4 кв\.\s+10\.01\.2027/);
    // A citation names its act on hover.
    expect(await schedule.locator('.citation').first().getAttribute('title')).toMatch(/^00\d — \S/);
    expect(await schedule.locator('.citation[title*="278/5"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'calendar');
    await s.close();
  });

  it('shows on the card why a person is not evaluated in a period, with the rule', async () => {
    const s = await launch();
    const app = new AppModel(s.page);
    await app.open(app$().url);
    await app.loadDemo();
    const page = s.page;
    // The demo appoints one person in the middle of the previous quarter (15.08.2026 for a run in Q4 2026).
    await page.getByLabel('Поиск').fill('Уволен');
    await expect.poll(() => page.locator('main p.muted').first().innerText()).toMatch(/^1 из/);
    // Every row but the one found gone (rows filtered out fade away for a moment first).
    const open = page.locator('.ag-row .ag-cell[col-id="open"] a');
    await expect.poll(() => open.count()).toBe(1);
    await open.click();
    const table = page
      .getByRole('region', { name: /Оценка в \d{4} году/ })
      .or(page.locator('section[aria-labelledby="eligibility-title"]'));
    await expect.poll(() => table.innerText()).toMatch(/Уволен: оценка без участия; срок \d\d\.\d\d\.\d{4}\s+004 п. 7/);
    await expectNoAxeViolations(page, 'card with eligibility');
    await s.close();
  });
});

describe('profile changes and submitted periods', () => {
  it('a new profile recomputes open periods only; a submitted period keeps the profile version it was scored with', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /Оценка/);
    const cell = (row: number, col: string) => app.cell(row, col);
    const scoreRow = async (row: number, values: string[]) => {
      for (const [i, v] of values.entries()) {
        await cell(row, ['p:quality', 'p:deadlines', 'p:initiative', 'p:discipline'][i] ?? '').click();
        await page.keyboard.type(v);
        await page.keyboard.press('Enter');
      }
    };
    // Unit A is scored and submitted; unit B is scored and left open.
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await scoreRow(0, ['5', '3', '3', '3']);
    await expect.poll(() => cell(0, 'score').innerText()).toBe('3,50 ≈');
    await app.submitPeriod();
    await page.getByLabel('Подразделение').selectOption({ label: 'Отдел организационно-контрольной работы' });
    await scoreRow(0, ['5', '3', '3', '3']);
    await expect.poll(() => cell(0, 'score').innerText()).toBe('3,50 ≈');

    // A cloned profile weighs quality three times: (3·5 + 3 + 3 + 3) / 6 = 4.00.
    await app.nav(/Методика/);
    await page.getByRole('button', { name: 'Копировать для изменения' }).click();
    await page.getByLabel('Наименование на русском').fill('С весами');
    await page.getByRole('textbox', { name: 'Параметры ранжирования, 1: Вес' }).fill('3');
    await page.getByRole('textbox', { name: 'Источник: Параметры ранжирования' }).fill('Приказ № 20');
    await page.getByRole('combobox', { name: 'Сведение параметров' }).selectOption({ label: 'Взвешенное среднее' });
    await page.getByRole('textbox', { name: 'Источник: Сведение параметров' }).fill('Приказ № 20');
    await page.getByRole('button', { name: 'Сохранить как новую версию' }).click();
    await page.getByRole('button', { name: 'Использовать в государственном органе' }).click();
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Профили' }).locator('li', { hasText: 'С весами' }).innerText())
      .toContain('Используется');

    await app.nav(/Оценка/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Отдел организационно-контрольной работы' });
    await expect.poll(() => cell(0, 'score').innerText()).toBe('4,00 ≈'); // half-up rounding is still an assumption
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await expect.poll(() => cell(0, 'score').innerText()).toBe('3,50 ≈');
    await cell(0, 'score').click();
    await expect
      .poll(() => page.getByRole('region', { name: /Почему 3,50\?/ }).innerText())
      .toMatch(/Типовая методика 2023, версия 1|typical-2023, версия 1/);
    await s.close();
  });

  it('004/000 Appendix 4: shows the behavioural indicators of each competency per group of positions, in Kazakh and Russian', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /Методика/);
    const sheet = page.getByRole('group', { name: 'Лист оценки компетенций', exact: true });
    const indicator = (lang: 'kk' | 'ru') =>
      sheet.getByRole('textbox', {
        name: `Лист оценки компетенций, 1: Поведенческие индикаторы: Руководители структурных подразделений: Эффективное поведение, 2 (${lang})`,
        exact: true,
      });
    await expect
      .poll(() => indicator('ru').inputValue())
      .toBe('Планирует и организует работу вверенного коллектива, содействует в достижении ими запланированных результатов');
    expect(await indicator('kk').inputValue()).toBe(
      'Сеніп тапсырылған ұжымның жұмысын жоспарлайды және ұйымдастырады, олардың жоспарланған нәтижелерге қол жеткізуіне ықпал етеді',
    );
    expect(await sheet.innerText()).toMatch(/Источник: 004, приложения 3–4; 000, приложение 4/);
    await expect
      .poll(() =>
        page
          .getByRole('group', { name: /^Группы категорий для индикаторов/ })
          .first()
          .innerText(),
      )
      .toMatch(/Источник: 000, приложение 4/);

    // The employee card names the group whose indicators apply to the person (000 Appendix 4).
    await app.nav(/Служащие/);
    await page.locator('.ag-row .ag-cell[col-id="open"] a').first().click();
    await app.expectHeading(/\S+/);
    const category = await page.getByLabel('Категория').inputValue();
    const group =
      category === 'E-1'
        ? 'Руководители органов и крупных подразделений'
        : /^E-(R-)?2$/.test(category)
          ? 'Руководители структурных подразделений'
          : 'Служащие';
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain(`Лист компетенций: индикаторы группы «${group}» (000, приложение 4).`);
    await s.close();
  });
});
