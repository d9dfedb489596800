/**
 * Issue 4 (first slice) in the built app: the ranking grid of a unit — typing scores with a decimal
 * comma, score, grade and shared ranks computed at once, a refused value, an excluded person who
 * cannot be scored, the explanation of a score with its assumption, kept after a reload.
 */
import { describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';
import { bigUnitRoster } from './rosters';

const app$ = useBuiltApp();

describe('ranking grid', () => {
  it('scores, grades and ranks staff as a spreadsheet, explains a score, and keeps it', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /Оценка/);
    // The personnel unit has the person appointed in the middle of the last quarter (demo data).
    await page.getByLabel('Подразделение').selectOption({ label: 'Отдел управления персоналом' });
    const cell = (row: number, col: string) => app.cell(row, col);
    await expect.poll(() => cell(0, 'status').innerText()).toMatch(/Не оценивается: на должности полных месяцев — 1/);

    const type = async (row: number, values: string[]) => {
      const params = ['p:quality', 'p:deadlines', 'p:initiative', 'p:discipline'];
      for (const [i, v] of values.entries()) {
        await cell(row, params[i] ?? '').click();
        await page.keyboard.type(v);
        await page.keyboard.press('Enter');
      }
    };
    // A second tab on the same unit follows every change without a reload.
    const other = await s.context.newPage();
    await other.goto(`${app$().url}#/evaluate`);
    await other.getByLabel('Подразделение').selectOption({ label: 'Отдел управления персоналом' });
    await type(1, ['4,5', '4', '3,75', '5']);
    await expect.poll(() => other.locator('.ag-row[row-index="1"] .ag-cell[col-id="score"]').innerText()).toBe('4,31 ≈');
    // The other tab then changes the last cell this tab typed; this tab's Ctrl+Z would put back the
    // empty cell over it — refused and said, the other tab's score kept (no lost update).
    const otherCell = other.locator('.ag-row[row-index="1"] .ag-cell[col-id="p:discipline"]');
    await otherCell.click();
    await other.keyboard.type('2');
    await other.keyboard.press('Enter');
    await expect.poll(() => cell(1, 'p:discipline').innerText()).toBe('2,00');
    await cell(1, 'p:quality').click();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/изменили в другой вкладке \(сейчас 2,00\)/);
    expect(await cell(1, 'p:discipline').innerText()).toBe('2,00');
    await expect.poll(() => otherCell.innerText()).toBe('2,00');
    // Both tabs on one cell: this tab opens its editor over 3,75; the other tab stores 3,00 there
    // meanwhile; the 4 typed here is refused with the stored score (no lost update), 3,00 kept.
    const before = await cell(1, 'score').innerText();
    await cell(1, 'p:initiative').click();
    await page.keyboard.type('4');
    const otherInitiative = other.locator('.ag-row[row-index="1"] .ag-cell[col-id="p:initiative"]');
    await otherInitiative.click();
    await other.keyboard.type('3');
    await other.keyboard.press('Enter');
    await expect.poll(() => cell(1, 'score').innerText()).not.toBe(before);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/изменили в другой вкладке \(сейчас 3,00\)/);
    await expect.poll(() => cell(1, 'p:initiative').innerText()).toBe('3,00');
    expect(await otherInitiative.innerText()).toBe('3,00');
    // The user chooses: theirs stays (nothing to do), or one click stores this tab's 4 over it.
    await page.getByRole('alert').getByRole('button', { name: 'Записать моё: 4,00' }).click();
    await expect.poll(() => otherInitiative.innerText()).toBe('4,00');
    expect(await cell(1, 'p:initiative').innerText()).toBe('4,00');
    await app.enter(1, 'p:initiative', '3,75');
    await expect.poll(() => otherInitiative.innerText()).toBe('3,75');
    await other.close();
    // Ours should stand after all: typed again, it is stored.
    await app.enter(1, 'p:discipline', '5');
    await expect.poll(() => cell(1, 'p:discipline').innerText()).toBe('5,00');
    await type(2, ['3', '3', '3', '3']);
    await type(3, ['4.5', '4', '3,75', '5']);
    await expect.poll(() => cell(1, 'score').innerText()).toBe('4,31 ≈');
    await expect.poll(() => cell(1, 'grade').innerText()).toBe('Эффективно');
    await expect.poll(() => cell(2, 'grade').innerText()).toBe('Надлежащим образом');
    await expect
      .poll(async () => [await cell(1, 'rank').innerText(), await cell(2, 'rank').innerText(), await cell(3, 'rank').innerText()])
      .toEqual(['1', '3', '1']);

    // A value outside 0–5 is refused with the person, the column and the reason; it stays in its
    // cell, marked, until given up (Escape) — the stored score is unchanged.
    await app.enter(2, 'p:quality', '9');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/Качество выполнения функциональных обязанностей: 9 вне диапазона 0–5/);
    await expect.poll(() => cell(2, 'p:quality').getAttribute('aria-invalid')).toBe('true');
    expect(await cell(2, 'p:quality').innerText()).toBe('9');
    expect(await cell(2, 'score').innerText()).toBe('3,00 ≈');
    await cell(2, 'p:quality').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => cell(2, 'p:quality').innerText()).toBe('3,00');

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
    expect(await why.innerText()).toMatch(/004 п. 33/);
    expect(await why.innerText()).toMatch(/Параметры ранжирования сводятся как среднее арифметическое/);
    await expectNoAxeViolations(page, 'ranking grid');

    await page.reload();
    await page.getByLabel('Подразделение').selectOption({ label: 'Отдел управления персоналом' });
    await expect.poll(() => cell(1, 'score').innerText()).toBe('4,31 ≈');
    await expect.poll(() => cell(3, 'rank').innerText()).toBe('1');

    // The year: the evaluated quarter counts, quarters without scores are listed, not zeroed.
    const quarter = await page.getByLabel('Период').locator('option:checked').innerText();
    await page.getByLabel('Период').selectOption({ label: `${quarter.slice(0, 4)} · год` });
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Годовые результаты');
    // The unit head comes first, evaluated by KCI (not scored in the demo); then staff.
    await expect.poll(() => cell(0, 'method').innerText()).toBe('КЦИ');
    await expect.poll(() => cell(2, 'mean').innerText()).toBe('4,31 ≈');
    expect(await cell(2, 'method').innerText()).toBe('Ранжирование');
    expect(await cell(2, 'grade').innerText()).toBe('Эффективно');
    expect(await cell(2, 'consequences').innerText()).toBe('основание для бонуса');
    expect(await cell(1, 'mean').innerText()).toBe('');
    await cell(2, 'mean').click();
    await expect
      .poll(() => page.getByRole('region', { name: /Почему 4,31\?/ }).innerText())
      .toMatch(/Среднее оценённых кварталов/);
    await expectNoAxeViolations(page, 'annual grid');
    await s.close();
  });

  it('pastes a 10 × 4 block from the clipboard in one go, reports a bad cell, undoes and redoes, fills down, clears, and locks', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /Оценка/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Отдел оказания государственных услуг' });
    const cell = (row: number, col: string) => app.cell(row, col);
    await expect.poll(() => cell(9, 'name').count()).toBe(1);

    // Ten rows of four scores as Excel puts them on the clipboard (CRLF, decimal commas); one bad cell.
    const rows = Array.from({ length: 10 }, (_, i) => [
      `${3 + (i % 3) * 0.5}`.replace('.', ','),
      '4',
      '3,75',
      i === 4 ? 'пять' : '5',
    ]);
    const tsv = rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';
    await page.evaluate(async (text) => navigator.clipboard.writeText(text), tsv);
    await cell(0, 'p:quality').click();
    await page.keyboard.press('ControlOrMeta+v');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/Не вставлено ячеек: 1: строка 5, столбец 4 \(.+, Трудовая дисциплина\): «пять» — не число/);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Вставлено ячеек' }).innerText())
      .toMatch(/Вставлено ячеек: 39/);
    await expect.poll(() => cell(0, 'score').innerText()).toBe('3,94 ≈');
    await expect.poll(() => cell(9, 'p:initiative').innerText()).toBe('3,75');
    expect(await cell(4, 'p:discipline').innerText()).toBe('');

    // Undo removes the whole block, redo brings it back.
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => cell(9, 'p:initiative').innerText()).toBe('');
    await expect.poll(() => cell(0, 'score').innerText()).toBe('');
    await page.keyboard.press('ControlOrMeta+y');
    await expect.poll(() => cell(9, 'p:initiative').innerText()).toBe('3,75');

    // Ctrl+D copies the value above; Delete clears.
    await cell(4, 'p:discipline').click();
    await page.keyboard.press('ControlOrMeta+d');
    await expect.poll(() => cell(4, 'p:discipline').innerText()).toBe('5,00');
    await cell(3, 'p:quality').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => cell(3, 'p:quality').innerText()).toBe('');

    // Submitting lists who has no complete result: each needs the reason, or is scored first (004 §§31–32).
    const person3 = await cell(3, 'name').innerText();
    await page.getByRole('button', { name: 'Сдать и закрыть' }).click();
    const missing = page.getByRole('form', { name: /^Без полного результата: \d+$/ });
    await expect
      .poll(() => missing.getByRole('row', { name: new RegExp(person3) }).innerText())
      .toMatch(/не по всем параметрам выставлены баллы/);
    await expectNoAxeViolations(page, 'submission with people missing');
    await missing.getByRole('button', { name: 'Сдать с указанными причинами' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Укажите причину для каждого из списка/);
    await app.dismissNotices();
    for (const input of await missing.getByRole('textbox').all()) await input.fill('Командировка на весь период оценки');
    await missing.getByRole('button', { name: 'Сдать с указанными причинами' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'баллы закрыты' }).count()).toBe(1);
    await cell(3, 'p:quality').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    expect(await cell(3, 'p:quality').innerText()).toBe('');
    await page.getByRole('button', { name: 'Открыть снова' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Укажите причину открытия/);
    await page.getByLabel('Причина открытия').fill('Уточнение по служебной записке');
    await page.getByRole('button', { name: 'Открыть снова' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Сдать и закрыть' }).count()).toBe(1);
    await cell(3, 'p:quality').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(3, 'p:quality').innerText()).toBe('4,00');
    await expectNoAxeViolations(page, 'ranking grid after paste');

    await app.nav(/Государственный орган/);
    await expect
      .poll(() => page.getByRole('region', { name: 'Журнал изменений' }).innerText())
      .toContain('Уточнение по служебной записке');
    await s.close();
  });

  it('004 §32: in a unit over 50 staff, rows go to additional evaluators and each sees their own rows', async () => {
    const { s, app, page } = await AppModel.startWithRoster(app$().url, 'Большой орган', bigUnitRoster(60));
    await app.nav(/Оценка/);
    await page.getByLabel('Период').selectOption({ index: 0 });
    await page.getByLabel('Подразделение').selectOption({ label: 'Большое управление' });
    await expect.poll(() => page.getByText(/Служащих больше 50/).count()).toBe(1);
    await expect.poll(() => app.cell(0, 'evaluator').innerText()).toBe('Руководитель подразделения');

    // Row 1 is Сотрудников10 (rows are by name); a person is never offered as their own evaluator.
    // As a person does: the editor is open (it has the focus), then its list is open, then read.
    await app.cell(1, 'evaluator').dblclick();
    await expect.poll(() => app.cell(1, 'evaluator').locator('.ag-picker-field-wrapper:focus').count()).toBe(1);
    await app.cell(1, 'evaluator').locator('.ag-picker-field-wrapper').click();
    const options = page.locator('.ag-list [role=option]');
    // What the page shows, in the message should the list not open (the grid, its editor, the focus).
    const shown = () =>
      page.evaluate(() => ({
        options: document.querySelectorAll('.ag-list [role=option]').length > 50,
        grids: document.querySelectorAll('.ag-root-wrapper').length,
        editing: document.querySelectorAll('.ag-cell-inline-editing').length,
        focus: document.activeElement?.className ?? '',
      }));
    await expect.poll(shown).toMatchObject({ options: true, grids: 1, editing: 1 });
    expect(await page.getByRole('option', { name: 'Сотрудников10 Тест Бенчевич' }).count()).toBe(0);
    // Listed by name, as a person looks for one.
    // (After the first: the unit head, who evaluates everyone not given to another.)
    const offered = (await options.allInnerTexts()).map((o) => o.trim()).slice(1);
    expect(offered).toEqual([...offered].sort(new Intl.Collator('ru').compare));
    await page.getByRole('option', { name: 'Сотрудников2 Тест Бенчевич' }).click();
    await expect.poll(() => app.cell(1, 'evaluator').innerText()).toBe('Сотрудников2 Тест Бенчевич');
    await app.cell(1, 'p:quality').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');

    await page.getByLabel('Строки оценивающего').selectOption({ label: 'Сотрудников2 Тест Бенчевич' });
    await expect.poll(() => page.locator('.ag-row .ag-cell[col-id="name"]').count()).toBe(1);
    expect(await app.cell(0, 'p:quality').innerText()).toBe('4,00');
    await expectNoAxeViolations(page, 'ranking grid with evaluators');
    await page.getByLabel('Строки оценивающего').selectOption({ label: 'Все' });
    await expect.poll(() => page.locator('.ag-row .ag-cell[col-id="name"]').count()).toBeGreaterThan(10);
    await s.close();
  });
});
