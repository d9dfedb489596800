/**
 * Issue 4 (first slice) in the built app: the ranking grid of a unit — typing scores with a decimal
 * comma, score, grade and shared ranks computed at once, a refused value, an excluded person who
 * cannot be scored, the explanation of a score with its assumption, kept after a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, launch, serve, type Server } from './harness';

let server: Server;
beforeAll(async () => {
  server = await serve('dist');
});
afterAll(async () => {
  await server.close();
});

describe('ranking grid', () => {
  it('scores, grades and ranks staff as a spreadsheet, explains a score, and keeps it', async () => {
    const s = await launch();
    const app = new AppModel(s.page);
    await app.open(server.url);
    await app.loadDemo();
    await app.nav(/Оценка/);
    const page = s.page;
    // The personnel unit has the person appointed in the middle of the last quarter (demo data).
    await page.getByLabel('Подразделение').selectOption({ label: 'Отдел управления персоналом' });
    const cell = (row: number, col: string) => page.locator(`.ag-row[row-index="${row}"] .ag-cell[col-id="${col}"]`);
    await expect.poll(() => cell(0, 'status').innerText()).toMatch(/Не оценивается: на должности полных месяцев — 1/);

    const type = async (row: number, values: string[]) => {
      const params = ['p:quality', 'p:deadlines', 'p:initiative', 'p:discipline'];
      for (const [i, v] of values.entries()) {
        await cell(row, params[i] ?? '').click();
        await page.keyboard.type(v);
        await page.keyboard.press('Enter');
      }
    };
    await type(1, ['4,5', '4', '3,75', '5']);
    await type(2, ['3', '3', '3', '3']);
    await type(3, ['4.5', '4', '3,75', '5']);
    await expect.poll(() => cell(1, 'score').innerText()).toBe('4,31 ≈');
    await expect.poll(() => cell(1, 'grade').innerText()).toBe('Эффективно');
    await expect.poll(() => cell(2, 'grade').innerText()).toBe('Надлежащим образом');
    await expect.poll(async () => [await cell(1, 'rank').innerText(), await cell(2, 'rank').innerText(), await cell(3, 'rank').innerText()]).toEqual(['1', '3', '1']);

    // A value outside 0–5 is refused with the person, the column and the reason; nothing changes.
    await cell(2, 'p:quality').click();
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Качество выполнения функциональных обязанностей: 9 вне диапазона 0–5/);
    expect(await cell(2, 'p:quality').innerText()).toBe('3,00');

    // The excluded person cannot be scored.
    await cell(0, 'p:quality').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    expect(await cell(0, 'p:quality').innerText()).toBe('');

    // Why is it 4,31? Inputs, exact value, rounding, profile, sources and the assumption.
    await cell(1, 'score').click();
    const why = page.getByRole('region', { name: /Почему 4,31\?/ });
    await expect.poll(() => why.innerText()).toMatch(/17,25 \/ 4 = 4,3125/);
    expect(await why.innerText()).toMatch(/половина вверх до 2 знаков/);
    expect(await why.innerText()).toMatch(/Типовая методика 2023, версия 1/);
    expect(await why.innerText()).toMatch(/004 §33/);
    expect(await why.innerText()).toMatch(/Параметры ранжирования сводятся как среднее арифметическое/);
    await expectNoAxeViolations(page, 'ranking grid');

    await page.reload();
    await page.getByLabel('Подразделение').selectOption({ label: 'Отдел управления персоналом' });
    await expect.poll(() => cell(1, 'score').innerText()).toBe('4,31 ≈');
    await expect.poll(() => cell(3, 'rank').innerText()).toBe('1');
    await s.close();
  });
});
