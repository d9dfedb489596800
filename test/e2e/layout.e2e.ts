/**
 * Issue 19 §2, screens that fit the office laptop (1366×768, the harness's window): every page of
 * the navigation as wide as the window, the navigation on one row in each language and usable by
 * keyboard, the ranking grid of a 40-person unit showing at least twelve rows with its results in
 * view, three Tabs from a page's heading to a grid cell, and notices that stay off the scores, go
 * when their cause is put right and do not follow the user to another page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, launch, useBuiltApp } from './harness';
import { bigUnitRoster } from './rosters';

const app$ = useBuiltApp();

const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));

/** The offsetTop of each top-level item of the main navigation. */
const navRows = (page: Page) =>
  page.locator('nav.main-nav .nav-top > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).offsetTop));

/** How many Tabs from the start of the page's main region (where the skip link leaves the focus) reach a grid cell; 0 if none of the first `max` does. */
async function tabsToGrid(page: Page, max = 6): Promise<number> {
  await page.locator('#main').focus();
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.closest('.ag-cell') !== null && document.activeElement !== null))
      return n;
  }
  return 0;
}

/**
 * What the ranking grid shows: its rows wholly in the window, whether the grade, rank and final
 * result columns are in view, the headers cut (or a word broken without a soft hyphen) and the names cut.
 */
const gridFit = (page: Page) =>
  page.evaluate(() => {
    const grid = document.querySelector('.ag-root-wrapper');
    const header = grid?.querySelector('.ag-header')?.getBoundingClientRect();
    const hScroll = grid?.querySelector<HTMLElement>('.ag-body-horizontal-scroll');
    const vScroll = grid?.querySelector<HTMLElement>('.ag-body-vertical-scroll');
    const box = grid?.getBoundingClientRect();
    if (!grid || !header || !box) return undefined;
    const bottom = Math.min(innerHeight, hScroll && hScroll.offsetHeight > 0 ? hScroll.getBoundingClientRect().top : box.bottom);
    const right = vScroll && vScroll.offsetWidth > 0 ? vScroll.getBoundingClientRect().left : box.right;
    const rows = [...grid.querySelectorAll('.ag-cell[col-id="name"]')].filter((cell) => {
      const r = cell.getBoundingClientRect();
      return r.top >= header.bottom - 0.5 && r.bottom <= bottom + 0.5;
    }).length;
    const inView = (id: string) => {
      const r = grid.querySelector(`.ag-header-cell[col-id="${id}"]`)?.getBoundingClientRect();
      return r !== undefined && r.left >= box.left && r.right <= right + 0.5;
    };
    // A header cut rather than wrapped shows less than its text; a word broken where it has no soft hyphen is cut too.
    const brokenWord = (t: HTMLElement) =>
      [...(t.textContent ?? '').matchAll(/[^\s\u00ad]+/g)].some((m) => {
        const node = t.firstChild;
        if (!node || m.index === undefined) return false;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        // (The hyphen drawn at a soft hyphen's break is a sliver of its own: not a part of the word.)
        const parts = [...range.getClientRects()].filter((r) => r.width >= 6);
        return new Set(parts.map((r) => Math.round(r.top))).size > 1;
      });
    const cut = [...grid.querySelectorAll<HTMLElement>('.ag-header-cell-text')]
      .filter((t) => t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1 || brokenWord(t))
      .map((t) => t.textContent);
    const names = [...grid.querySelectorAll<HTMLElement>('.ag-cell[col-id="name"] .ag-cell-value, .ag-cell[col-id="name"]')]
      .filter((c) => c.scrollWidth > c.clientWidth + 1)
      .map((c) => c.textContent);
    return { rows, grade: inView('grade'), rank: inView('rank'), final: inView('final'), cut, names };
  });

/** A 40-person unit imported into a new agency, on its ranking grid. */
async function bigUnitGrid() {
  const s = await launch();
  const app = new AppModel(s.page);
  const page = s.page;
  await app.open(app$().url);
  await app.createAgency({ ru: 'Управление на сорок человек' });
  await app.nav(/^Импорт списка$/);
  await page.locator('input[type=file]').setInputFiles(bigUnitRoster(40));
  await page.getByRole('button', { name: 'Применить импорт' }).click();
  await page.getByRole('status').filter({ hasText: 'Импорт из' }).waitFor();
  await app.nav(/^Оценка$/);
  await page.getByLabel('Подразделение').selectOption({ label: 'Большое управление' });
  await expect.poll(() => app.cell(20, 'name').count()).toBe(1);
  return { s, app, page };
}

describe('screens that fit 1366×768', () => {
  it('every page of the navigation is as wide as the window and passes axe; the card’s manager picker keeps to its column', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url);
    const names = await app.navLinks(/./).allTextContents();
    expect(names.length).toBeGreaterThan(15);
    for (const name of names) {
      await app.nav(new RegExp(`^${name}$`));
      await expect.poll(() => page.locator('main').innerText()).not.toMatch(/^Загрузка/);
      const width = await pageWidth(page);
      expect(width.scroll, `the page "${name}" is ${width.scroll} px wide`).toBeLessThanOrEqual(width.client);
      await expectNoAxeViolations(page, name);
    }

    // The KCI page: once a head's plan has its KCIs, the sheet's grid comes before the plan —
    // three Tabs from the heading (the demo's plans are in the quarter before today's).
    await app.nav(/^КЦИ$/);
    const now = new Date();
    const quarter = Math.floor(now.getUTCMonth() / 3);
    const previous = quarter === 0 ? `${now.getUTCFullYear() - 1} · 4 кв.` : `${now.getUTCFullYear()} · ${quarter} кв.`;
    await page.getByLabel('Период').selectOption({ label: previous });
    await page.getByRole('region', { name: 'Оценочный лист по КЦИ' }).waitFor();
    // The sheet drawn and settled (its columns fitted to the width), as a user finds it.
    expect((await app.columnTexts('p:score')).length).toBeGreaterThanOrEqual(3);
    const kciTabs = await tabsToGrid(page);
    expect(kciTabs).toBeGreaterThan(0);
    expect(kciTabs).toBeLessThanOrEqual(3);
    await expectNoAxeViolations(page, 'KCI sheet first');

    await app.nav(/^Служащие$/);
    await page.locator('.ag-row[row-index="0"] .ag-cell[col-id="open"] a').click();
    const unit = await page.getByLabel('Подразделение', { exact: true }).boundingBox();
    const manager = await page.getByLabel('Непосредственный руководитель').boundingBox();
    expect(unit && manager && (unit.x + unit.width <= manager.x || manager.y >= unit.y + unit.height)).toBe(true);
    expect((await pageWidth(page)).scroll).toBeLessThanOrEqual(1366);
    await s.close();
  });

  it('the navigation is one row in Kazakh, Russian and English; a group opens and closes by keyboard, and marks the page shown', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /^Оценка$/);
    for (const lang of ['Қазақша', 'English', 'Русский'] as const) {
      await app.chooseLanguage(lang);
      await expect.poll(async () => new Set(await navRows(page)).size, { message: lang }).toBe(1);
      expect((await navRows(page)).length).toBeGreaterThanOrEqual(6);
      expect((await pageWidth(page)).scroll).toBeLessThanOrEqual(1366);
    }

    // The group holding the page shown is marked; its link says it is the current page.
    const scoring = page.getByRole('button', { name: 'Оценивание' });
    expect(await page.locator('.nav-group.current > button').innerText()).toBe('Оценивание');
    expect(await scoring.getAttribute('aria-expanded')).toBe('false');
    const menu = page.locator(`#${(await scoring.getAttribute('aria-controls')) ?? ''}`);
    await scoring.focus();
    await page.keyboard.press('Enter');
    expect(await scoring.getAttribute('aria-expanded')).toBe('true');
    expect(await menu.getByRole('link', { name: 'Оценка' }).getAttribute('aria-current')).toBe('page');
    await expectNoAxeViolations(page, 'navigation with a group open');
    // Tab walks the group's links; Escape closes it and gives the focus back to its button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Оценка');
    await page.keyboard.press('Escape');
    expect(await menu.isVisible()).toBe(false);
    expect(await scoring.evaluate((b) => b === document.activeElement)).toBe(true);
    // Space opens it too; a press elsewhere closes it; following a link closes it and opens the page.
    await page.keyboard.press('Space');
    expect(await menu.isVisible()).toBe(true);
    await page.locator('main h1').click();
    expect(await menu.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Настройки' }).click();
    await page.getByRole('link', { name: 'Календарь' }).click();
    await app.expectHeading(/Рабочие дни и сроки/);
    expect(await page.locator('.nav-menu:not([hidden])').count()).toBe(0);
    expect(await page.locator('.nav-group.current > button').innerText()).toBe('Настройки');
    await s.close();
  });

  it('the ranking grid of a 40-person unit shows twelve rows or more, with the grade, rank and final result in view, and three Tabs from the heading reach a cell', async () => {
    const { s, app, page } = await bigUnitGrid();
    const fit = await gridFit(page);
    expect(fit?.rows).toBeGreaterThanOrEqual(12);
    expect(fit).toMatchObject({ grade: true, rank: true, final: true, cut: [], names: [] });
    expect((await pageWidth(page)).scroll).toBeLessThanOrEqual(1366);
    await expectNoAxeViolations(page, 'ranking grid of 40');
    // The same in the other languages: the results in view, no header cut, twelve rows.
    for (const [lang, code] of [
      ['Қазақша', 'kk'],
      ['English', 'en'],
      ['Русский', 'ru'],
    ] as const) {
      await app.chooseLanguage(lang);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(code);
      await expect.poll(async () => (await gridFit(page))?.rows ?? 0, { message: lang }).toBeGreaterThanOrEqual(12);
      await expect
        .poll(() => gridFit(page), { message: lang })
        .toMatchObject({ grade: true, rank: true, final: true, cut: [], names: [] });
    }

    // Keyboard only: from the heading, the unit, the period, and the third Tab is in the grid.
    expect(await tabsToGrid(page)).toBeGreaterThan(0);
    expect(await tabsToGrid(page)).toBeLessThanOrEqual(3);
    // The year's grid and the employees' grid the same.
    const year = await page.getByLabel('Период').locator('option', { hasText: '· год' }).first().textContent();
    await page.getByLabel('Период').selectOption({ label: year ?? '' });
    await app.expectHeading(/Годовые результаты/);
    await expect.poll(() => app.cell(0, 'name').count()).toBe(1);
    expect(await tabsToGrid(page)).toBeLessThanOrEqual(3);
    await app.nav(/^Служащие$/);
    await expect.poll(() => app.cell(0, 'surname').count()).toBe(1);
    const employees = await tabsToGrid(page);
    expect(employees).toBeGreaterThan(0);
    expect(employees).toBeLessThanOrEqual(3);
    await s.close();
  });

  it('a notice keeps off the scores, goes when the cell it is about is corrected, and does not follow to another page', async () => {
    const { s, app, page } = await bigUnitGrid();
    const alert = page.getByRole('alert').filter({ hasText: 'вне диапазона' });
    await app.enter(2, 'p:quality', '9');
    await alert.waitFor();
    const covers = await page.evaluate(() => {
      const notice = document.querySelector('.notice-list.error li')?.getBoundingClientRect();
      if (!notice) return ['no notice'];
      return [...document.querySelectorAll('.ag-header-cell, .ag-cell')]
        .filter((c) => /^(p:|score$)/.test(c.getAttribute('col-id') ?? ''))
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return r.left < notice.right && notice.left < r.right && r.top < notice.bottom && notice.top < r.bottom;
        })
        .map((c) => c.getAttribute('col-id'));
    });
    expect(covers, 'score cells under the notice').toEqual([]);

    // Corrected, the cell is no longer marked and its notice is gone by itself.
    await app.enter(2, 'p:quality', '4');
    await expect.poll(() => app.cell(2, 'p:quality').innerText()).toBe('4,00');
    await expect.poll(() => alert.count()).toBe(0);

    // A notice belongs to its page: another page opens without it.
    await app.enter(3, 'p:quality', '9');
    await alert.waitFor();
    await app.nav(/^Сроки$/);
    expect(await alert.count()).toBe(0);
    expect(await page.locator('.notices li').count()).toBe(0);
    await s.close();
  });
});
