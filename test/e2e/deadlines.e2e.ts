/**
 * Issue 7 (deadline board) in the built app: the home page lists what is due, due soon and overdue
 * for the year; an item opens the place where it is done; submitting a unit's evaluation marks its
 * item done.
 */
import { describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';
import { smallUnitsRoster } from './rosters';

const app$ = useBuiltApp();

describe('deadline board', () => {
  it('is the home page, opens an item where it is done, and marks a submitted evaluation done', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /^Оценка$/);
    const quarter = await page.getByLabel('Период').locator('option:checked').innerText();
    await page.goto(app$().url);
    await app.expectHeading(/^Сроки$/);
    const board = page.getByRole('region', { name: /^Сроки — \d{4}$/ });
    const item = board.getByRole('row', { name: new RegExp(`Сдать оценку подразделения «Юридический отдел», ${quarter}`) });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toMatch(/004 п. 5/);
    expect(await page.getByRole('status').first().innerText()).toMatch(
      /просрочено: \d+[\s\S]*срок скоро: \d+[\s\S]*в срок: \d+[\s\S]*выполнено: \d+/,
    );
    // The demo's heads have set plans for that quarter: done, hidden until asked for.
    expect(await board.getByRole('row', { name: new RegExp(`Установить КЦИ: .*, ${quarter}`) }).count()).toBe(0);
    await expectNoAxeViolations(page, 'deadline board');

    await item.getByRole('link', { name: /^Открыть: / }).click();
    await app.expectHeading(/Ранжирование служащих/);
    await expect.poll(() => page.getByLabel('Подразделение').locator('option:checked').innerText()).toBe('Юридический отдел');
    expect(await page.getByLabel('Период').locator('option:checked').innerText()).toBe(quarter);
    await app.submitPeriod();

    await app.nav(/^Сроки$/);
    await expect
      .poll(() =>
        board.getByRole('row', { name: new RegExp(`Сдать оценку подразделения «Юридический отдел», ${quarter}`) }).count(),
      )
      .toBe(0);
    await page.getByLabel('Показывать выполненное').check();
    await expect
      .poll(() =>
        board.getByRole('row', { name: new RegExp(`Сдать оценку подразделения «Юридический отдел», ${quarter}`) }).innerText(),
      )
      .toMatch(/выполнено \d\d\.\d\d\.\d{4}/);
    await expect.poll(() => board.getByRole('row', { name: new RegExp(`Установить КЦИ: .*, ${quarter}`) }).count()).toBe(5);
    await s.close();
  });

  it('of a big agency shows the most urgent items a page at a time, and more on request', async () => {
    // 300 people in the demo's small units: over a thousand items (units' submissions, heads' KCIs…).
    const { s, app, page } = await AppModel.startWithRoster(app$().url, 'Большой орган', smallUnitsRoster(300));
    await app.nav(/^Сроки$/);
    const board = page.getByRole('region', { name: /^Сроки — \d{4}$/ });
    const rows = board.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(200);
    const caption = page.getByText(/^Показано 200 из \d+\.$/);
    const total = Number(/из(\d+)/.exec((await caption.innerText()).replace(/[\s\u00a0\u202f]/g, ''))?.[1]);
    expect(total).toBeGreaterThan(400);
    // The overdue ones come first: the first row is as urgent as any.
    expect(await rows.first().innerText()).toMatch(/просрочено|срок скоро|в срок/);
    await expectNoAxeViolations(page, 'a big deadline board');
    await page.getByRole('button', { name: 'Показать ещё 200' }).click();
    await expect.poll(() => rows.count()).toBe(400);
    expect(await page.getByText(/^Показано 400 из \d+\.$/).count()).toBe(1);
    // Another year, or what is done shown too: the first page again.
    await page.getByLabel('Показывать выполненное').check();
    await expect.poll(() => rows.count()).toBe(200);
    await s.close();
  });
});
