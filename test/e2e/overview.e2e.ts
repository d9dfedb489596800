/**
 * Issue 4 overview in the built app: progress per unit and quarter, deadline state, the grade
 * distribution as a lazily loaded chart with the same numbers in a table, links into the grid.
 */
import { describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';

const app$ = useBuiltApp();

describe('overview', () => {
  it('shows progress and the grade distribution, and opens the unit’s grid', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /Оценка/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Отдел управления персоналом' });
    const quarter = await page.getByLabel('Период').locator('option:checked').innerText();
    const cell = (row: number, col: string) => app.cell(row, col);
    await expect.poll(() => cell(2, 'name').count()).toBe(1);
    await page.evaluate(async (text) => navigator.clipboard.writeText(text), '5\t4\t4\t4\r\n3\t3\t3\t3\r\n');
    await cell(1, 'p:quality').click();
    await page.keyboard.press('ControlOrMeta+v');
    await expect.poll(() => cell(2, 'grade').innerText()).toBe('Надлежащим образом');

    await app.nav(/Обзор/);
    const progress = page.getByRole('region', { name: 'Ход оценки по подразделениям и кварталам' });
    const row = progress.getByRole('row', { name: /Отдел управления персоналом/ });
    const q = quarter.slice(-6).trim(); // e.g. "3 кв."
    await expect.poll(() => row.innerText()).toMatch(/2 из 6/);
    expect(await progress.innerText()).toContain(q);

    const distribution = page.getByRole('region', { name: /Градации за/ });
    await expect
      .poll(() => distribution.getByRole('img').getAttribute('aria-label'))
      .toMatch(/Отдел управления персоналом: Эффективно 1, Надлежащим образом 1/);
    await expect
      .poll(() => distribution.getByRole('row', { name: /^Государственный орган/ }).innerText())
      .toMatch(/Государственный орган\s+0\s+1\s+1\s+0\s+0/);
    await expect.poll(() => page.getByText('Загрузка диаграммы…').count()).toBe(0);
    await expectNoAxeViolations(page, 'overview');

    await row.getByRole('link', { name: /^2 из 6\. Открыть: Отдел управления персоналом/ }).click();
    await expect
      .poll(() => page.getByLabel('Подразделение').locator('option:checked').innerText())
      .toBe('Отдел управления персоналом');
    await expect.poll(() => cell(1, 'grade').innerText()).toBe('Эффективно');
    await s.close();
  });
});
