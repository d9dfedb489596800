/** A page model of Bagalau for e2e tests: what a user does, by accessible roles and labels. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { launch, type Session } from './harness';

export class AppModel {
  constructor(readonly page: Page) {}

  /** A fresh browser with a new agency of this Russian name, its staff brought in from a roster file. */
  static async startWithRoster(url: string, name: string, roster: string): Promise<{ s: Session; app: AppModel; page: Page }> {
    const s = await launch();
    const app = new AppModel(s.page);
    await app.open(url);
    await app.createAgency({ ru: name });
    await app.nav(/Импорт/);
    await s.page.locator('input[type=file]').setInputFiles(roster);
    await s.page.getByRole('button', { name: 'Применить импорт' }).click();
    await s.page.getByRole('status').filter({ hasText: 'Импорт из' }).waitFor();
    return { s, app, page: s.page };
  }

  /** A fresh browser with the demo agency loaded, optionally on a page of the main navigation. */
  static async startDemo(
    url: string,
    nav?: RegExp,
    opts: { today?: Date } = {},
  ): Promise<{ s: Session; app: AppModel; page: Page }> {
    const s = await launch();
    // A fixed day makes the demo agency (its quarter, plans and dates) the same on every run.
    if (opts.today) await s.page.clock.setFixedTime(opts.today);
    const app = new AppModel(s.page);
    await app.open(url);
    await app.loadDemo();
    if (nav) await app.nav(nav);
    return { s, app, page: s.page };
  }

  /** A grid cell by row index and column id (the same in every AG Grid container). */
  cell(row: number, col: string) {
    return this.page.locator(`.ag-row[row-index="${row}"] .ag-cell[col-id="${col}"]`);
  }

  /** Types `text` into a grid cell (clicked first) and presses Enter, as a user enters a value. */
  async enter(row: number, col: string, text: string): Promise<void> {
    await this.cell(row, col).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('main').waitFor();
  }

  /** The UI language chosen in the header, waited for: a language's words load when it is first chosen. */
  async chooseLanguage(label: 'Қазақша' | 'Русский' | 'English'): Promise<void> {
    await this.page.locator('header select').last().selectOption({ label });
    const code = { Қазақша: 'kk', Русский: 'ru', English: 'en' }[label];
    await expect.poll(() => this.page.locator('html').getAttribute('lang')).toBe(code);
  }

  /** The agency's methodology profile chosen on the agency page, waited for. */
  async useProfile(label: string): Promise<void> {
    await this.nav(/^Государственный орган$/);
    const select = this.page.getByLabel('Профиль методики');
    await select.selectOption({ label });
    await expect.poll(() => select.locator('option:checked').innerText()).toBe(label);
  }

  /** The name the helpers give when the app asks who is working on this computer. */
  static readonly OPERATOR = 'Айгерим Тестова';

  /** Whether this browser knows who is working (asked once per browser, on the first agency screen). */
  async knowsOperator(): Promise<boolean> {
    return this.page.evaluate(() => (localStorage.getItem('bagalau.operatorName') ?? '') !== '');
  }

  /** Answers "Who is working on this computer?" with `name`, and waits for the dialog to close. */
  async answerOperator(name = AppModel.OPERATOR): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: /Кто работает на этом компьютере|Осы компьютерде кім|Who is working/ });
    await dialog.getByLabel(/Ваше имя|Сіздің атыңыз|Your name/).fill(name);
    await dialog.getByRole('button', { name: /Сохранить|Сақтау|Save/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Loads the demo agency from the first screen, answering who is working when the browser does not know yet. */
  async loadDemo(): Promise<void> {
    const known = await this.knowsOperator();
    await this.page
      .getByRole('button', { name: /demo agency|демонстрационный государственный орган|демо мемлекеттік органды/i })
      .click();
    if (!known) await this.answerOperator();
    await this.gridRows().first().waitFor();
  }

  /** Creates an agency by hand on the first screen (its Kazakh and/or Russian name), answering who is working. */
  async createAgency(names: { readonly kk?: string; readonly ru?: string }): Promise<void> {
    const known = await this.knowsOperator();
    if (names.kk !== undefined) await this.page.getByLabel('Наименование на казахском').fill(names.kk);
    if (names.ru !== undefined) await this.page.getByLabel('Наименование на русском').fill(names.ru);
    await this.page.getByRole('button', { name: 'Создать государственный орган' }).click();
    if (!known) await this.answerOperator();
  }

  /**
   * Submits the unit's period shown: confirms it, or — when people have no complete result — gives
   * each the reason they are not evaluated and submits with the reasons.
   */
  async submitPeriod(reason = 'Не оценивается в этом периоде'): Promise<void> {
    const page = this.page;
    await page.getByRole('button', { name: 'Сдать и закрыть' }).click();
    const dialog = page.getByRole('dialog').getByRole('button', { name: 'Сдать и закрыть' });
    const panel = page.getByRole('form', { name: /^Без полного результата: \d+$/ });
    await expect.poll(async () => (await dialog.count()) + (await panel.count())).toBeGreaterThan(0);
    if ((await dialog.count()) > 0) await dialog.click();
    else {
      for (const input of await panel.getByRole('textbox').all()) await input.fill(reason);
      await panel.getByRole('button', { name: 'Сдать с указанными причинами' }).click();
    }
    await page.getByRole('status').filter({ hasText: 'баллы закрыты' }).waitFor();
  }

  /** The main navigation's links named `name`, shown or inside a closed group. */
  navLinks(name: RegExp) {
    return this.page.getByRole('navigation').getByRole('link', { name, includeHidden: true });
  }

  /** Follows the main navigation's link `name`, opening the group that holds it first when it is in one. */
  async nav(name: RegExp): Promise<void> {
    const nav = this.page.getByRole('navigation');
    const link = this.navLinks(name);
    await link.waitFor({ state: 'attached' });
    if (!(await link.isVisible()))
      await nav
        .locator('.nav-group')
        .filter({ has: this.page.getByRole('link', { name, includeHidden: true }) })
        .getByRole('button')
        .click();
    await link.click();
    // The page left stays on screen, marked busy, while the next one's code loads.
    await this.page.locator('main:not([aria-busy="true"]) h1').waitFor();
  }

  /** Closes every notice (they stay until closed and may cover the bottom of the page). */
  async dismissNotices(): Promise<void> {
    const close = this.page.locator('.notices li button');
    while ((await close.count()) > 0) await close.first().click();
  }

  gridRows() {
    return this.page.locator('.ag-row');
  }

  /** Text of every cell of one column (by AG Grid col-id), in row order as shown. */
  async columnTexts(colId: string): Promise<string[]> {
    // By the rows' index: the grid adds the rows it draws later (the window grew) after the others.
    // While it redraws, a row on its way out and the one replacing it can both carry an index: such
    // a read (an index twice, or one missing) is not what the grid shows.
    const read = () =>
      this.page.locator(`.ag-row .ag-cell[col-id="${colId}"]`).evaluateAll((cells) => {
        const rows = cells
          .map((c) => ({ at: Number(c.closest('.ag-row')?.getAttribute('row-index')), text: (c as HTMLElement).innerText }))
          .sort((a, b) => a.at - b.at);
        return { whole: rows.every((r, i) => r.at === (rows[0]?.at ?? 0) + i), texts: rows.map((r) => r.text) };
      });
    // The grid redraws changed cells in its next frames (new rows in, a page just opened): read
    // until two whole reads two frames apart agree.
    let shown = await read();
    for (let i = 0; i < 50; i++) {
      await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const again = await read();
      if (again.whole && shown.whole && again.texts.join('\n') === shown.texts.join('\n')) return again.texts;
      shown = again;
    }
    return shown.texts;
  }

  /** The row index (AG Grid's, not DOM order) of the first row whose cell in `colId` reads `text`; -1 when none does. */
  async rowWhere(colId: string, text: string): Promise<number> {
    for (let i = 0; (await this.cell(i, colId).count()) > 0; i++) if ((await this.cell(i, colId).innerText()) === text) return i;
    return -1;
  }

  async rowCount(): Promise<number> {
    const status = await this.page.locator('main p.muted').first().innerText();
    return Number(/(\d+)\D+(\d+)/.exec(status)?.[2] ?? Number.NaN);
  }

  async expectHeading(name: RegExp): Promise<void> {
    await expect.poll(() => this.page.locator('main h1').innerText()).toMatch(name);
  }
}
