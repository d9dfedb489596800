/**
 * Issue 5's official forms in the built app: from where a user works — the KCI page (individual
 * work plan, App. 1; KCI sheet, App. 2), the employee card (competency sheet, App. 3), the ranking
 * grid (the unit's ranking sheet) — each opened as its A4 print view in Russian and Kazakh, compared
 * with the expected layout (a screenshot with print styles, the clock fixed so the demo is the same
 * every day), checked by axe, and downloaded as `.xlsx` with its approval and signature blocks.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';
import { expectPrintedLayout, SCREENSHOT_DAY } from './screenshot';

const app$ = useBuiltApp();
/** Checks the form in both languages, then downloads its workbook and returns its rows. */
async function bothLanguages(page: Page, name: string, titles: { ru: string; kk: string }): Promise<unknown[][]> {
  await expect.poll(() => page.locator('main h1').innerText()).toBe(titles.ru);
  await expectNoAxeViolations(page, `${name} (ru)`);
  await expectPrintedLayout(page, `${name}-ru`);
  await page.getByLabel('Тіл / Язык').selectOption('kk');
  await expect.poll(() => page.locator('main h1').innerText()).toBe(titles.kk);
  await expectPrintedLayout(page, `${name}-kk`);
  await page.getByLabel('Тіл / Язык').selectOption('ru');
  await expect.poll(() => page.locator('main h1').innerText()).toBe(titles.ru);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Выгрузить (.xlsx)' }).click(),
  ]);
  const wb = XLSX.read(readFileSync((await download.path()) as string));
  expect(wb.SheetNames.at(-1)).toBe('_meta');
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0] ?? ''] as XLSX.WorkSheet, { header: 1, defval: null });
}

const texts = (rows: unknown[][]) => rows.map((r) => r.filter((c) => c !== null).join(' | '));

describe('official forms', () => {
  it('prints the individual work plan, the KCI sheet, the competency sheet and the ranking sheet in kk and ru, and exports them', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, undefined, { today: SCREENSHOT_DAY });

    // Appendices 1 and 2: from the KCI page of the legal unit's head.
    await app.nav(/^КЦИ$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await page.getByRole('link', { name: 'Индивидуальный план работы (прил. 1)' }).click();
    const plan = await bothLanguages(page, 'work-plan', {
      ru: 'Индивидуальный план работы административного государственного служащего корпуса «Б»',
      kk: '«Б» корпусы мемлекеттік әкімшілік қызметшісінің жеке жұмыс жоспары',
    });
    const planText = texts(plan);
    expect(planText.slice(0, 4)).toEqual([
      'Приложение 1 к методике оценки деятельности административных государственных служащих корпуса «Б»',
      'Форма',
      '«УТВЕРЖДАЮ»',
      'Вышестоящий руководитель',
    ]);
    expect(planText).toContain(
      '№ п/п | Наименование КЦИ | Из какого показателя меморандума политического служащего, соглашения служащего корпуса «А» либо документа системы государственного планирования вытекает | Единица измерения | Плановое значение | Сроки достижения | Конечный результат*',
    );
    expect(planText.filter((l) => /^Служащий \| |^Непосредственный руководитель \| /.test(l))).toHaveLength(2);
    expect(page.url()).toContain('kind=plan');

    await page.getByRole('link', { name: 'Назад' }).click();
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await page.getByRole('link', { name: 'Лист оценки по КЦИ (прил. 2)' }).click();
    const kci = texts(await bothLanguages(page, 'kci-sheet', { ru: 'Лист оценки по КЦИ', kk: 'НМИ бойынша бағалау парағы' }));
    expect(kci).toContain(
      '№ п/п | Наименование КЦИ | Единица измерения | Плановое значение | Фактическое значение | Результат достигнут / результат не достигнут | Оценка (от 0 до 5)',
    );
    expect(
      kci.some((l) => /^Результат оценки: \| .*\(неудовлетворительно, удовлетворительно, эффективно, превосходно\)$/.test(l)),
    ).toBe(true);

    // Appendix 3: from a person's card.
    await app.nav(/^Служащие$/);
    await page.locator('.ag-row .ag-cell[col-id="open"] a').first().click();
    await page.getByRole('link', { name: /Лист оценки по компетенциям \(прил\. 3\)/ }).click();
    const competency = texts(
      await bothLanguages(page, 'competency-sheet', {
        ru: 'Лист оценки по компетенциям',
        kk: 'Құзіреттер бойынша бағалау парағы',
      }),
    );
    expect(competency.filter((l) => /^\d+ \| /.test(l))).toHaveLength(11);
    expect(competency.some((l) => l.startsWith('* Государственные служащие корпуса «Б»'))).toBe(true);
    // Opened from the card, it goes back to the card.
    await page.getByRole('link', { name: 'Назад' }).click();
    await expect.poll(() => new URL(page.url()).hash || new URL(page.url()).pathname).toMatch(/\/employees\/[^/]+$/);

    // The ranking sheet of a unit: from the ranking grid, after a score is entered.
    await app.nav(/^Оценка$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await app.cell(0, 'name').waitFor();
    await page.getByRole('link', { name: 'Лист оценки методом ранжирования' }).click();
    const ranking = texts(
      await bothLanguages(page, 'ranking-sheet', {
        ru: 'Лист оценки методом ранжирования',
        kk: 'Саралау әдісімен бағалау парағы',
      }),
    );
    expect(ranking.filter((l) => /^\d+ \| /.test(l))).toHaveLength(6);
    expect(ranking.some((l) => l.startsWith('Оценивающее лицо (руководитель структурного подразделения) | '))).toBe(true);
    await s.close();
  });
});
