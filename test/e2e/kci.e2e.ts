/**
 * Issue 4 (KCI) in the built app: a unit head's individual work plan for a quarter is drafted with
 * located problems, saved, set, changed only with a reason; the KCI sheet is filled like a
 * spreadsheet (actual values, scores, undo/redo), a score outside the permissible range must be
 * confirmed, the sheet score and grade follow; the superior manager returns the sheet with a reason
 * and agrees after resubmission; everything is kept across a reload.
 */
import { describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';

const app$ = useBuiltApp();

describe('KCI of unit heads', () => {
  it('plans, scores and reviews a unit head’s KCI sheet', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /^КЦИ$/);
    await app.expectHeading(/КЦИ руководителей подразделений/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    // The last quarter of the list has no plan yet (the demo's plans are for the quarter before today's).
    const period = page.getByLabel('Период');
    const last = await period.locator('option').last().getAttribute('value');
    await period.selectOption(last ?? '');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Введите и сохраните план/);
    await expectNoAxeViolations(page, 'KCI page without a plan');

    // Draft two KCIs with mistakes: the problems are located in the row and field.
    const plan = page.getByRole('region', { name: 'Индивидуальный план работы' });
    await plan.getByRole('button', { name: 'Добавить КЦИ' }).click();
    await plan.getByRole('button', { name: 'Добавить КЦИ' }).click();
    const field = (label: string, n: number) => plan.getByLabel(`${label}, КЦИ ${n}`, { exact: true });
    await field('КЦИ', 1).fill('Доля обращений, рассмотренных в срок');
    await field('Ед. измерения', 1).fill('%');
    await field('План', 1).fill('100');
    await field('Ед. измерения', 2).fill('ед.');
    await field('План', 2).fill('abc');
    await plan.getByRole('button', { name: 'Сохранить план' }).click();
    await expect.poll(() => plan.innerText()).toMatch(/Поле «КЦИ» обязательно/);
    expect(await plan.innerText()).toMatch(/«abc» — не число/);
    expect(await plan.innerText()).toMatch(/В плане 2 КЦИ; нужно не менее 3/);
    expect(await field('КЦИ', 2).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'KCI plan with problems');
    expect(await page.locator('main').innerText()).toMatch(/Введите и сохраните план/);

    // Fixed, a third KCI added ("lower is better" for complaints), saved and set.
    await field('КЦИ', 2).fill('Количество обоснованных жалоб');
    await field('План', 2).fill('10');
    await field('Лучше, когда', 2).selectOption({ label: 'меньше' });
    await plan.getByRole('button', { name: 'Добавить КЦИ' }).click();
    await field('КЦИ', 3).fill('Проекты нормативных правовых актов');
    await field('Ед. измерения', 3).fill('ед.');
    await field('План', 3).fill('4');
    await plan.getByRole('button', { name: 'Сохранить план' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/План сохранён/);
    await plan.getByRole('button', { name: 'Отметить план установленным сегодня' }).click();
    await expect.poll(() => plan.innerText()).toMatch(/Установлен \d\d\.\d\d\.\d{4}/);

    // 004 §26: once set, a change needs a reason.
    await field('План', 3).fill('5');
    await plan.getByRole('button', { name: 'Сохранить план' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Укажите причину: план уже утверждён/);
    await app.dismissNotices();
    await plan.getByLabel('Причина изменения (004 п. 26)').fill('Изменение структуры, приказ № 12');
    await plan.getByRole('button', { name: 'Сохранить план' }).click();
    await plan.getByText('История плана').click();
    await expect.poll(() => plan.innerText()).toMatch(/изменены КЦИ — Изменение структуры, приказ № 12/);

    // The sheet: actual values, achievement and permissible range; scores typed with a decimal comma.
    const cell = (row: number, col: string) => app.cell(row, col);
    const typeInto = async (row: number, col: string, text: string) => {
      await cell(row, col).click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    await cell(0, 'name').waitFor();
    await typeInto(0, 'actual', '95,5');
    await typeInto(1, 'actual', '8');
    await typeInto(2, 'actual', '2');
    await expect.poll(() => app.columnTexts('percent')).toEqual(['95,50 %', '125,00 %', '40,00 %']);
    expect(await app.columnTexts('range')).toEqual(['3,00–4,00 ≈', '4,00–5,00 ≈', '0,00–1,00 ≈']);
    expect(await app.columnTexts('achieved')).toEqual(['нет', 'да', 'нет']);

    await typeInto(0, 'p:score', '3,5');
    // Undo and redo of a score (ours, at the data layer).
    await cell(0, 'p:score').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(0, 'p:score').innerText()).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => cell(0, 'p:score').innerText()).toBe('3,50');
    await typeInto(1, 'p:score', '4,5');
    await typeInto(2, 'p:score', '3');
    // Outside the permissible 0–1: a warning to confirm, not a block; the sheet is computed.
    await expect.poll(() => cell(2, 'p:score').innerText()).toBe('3,00 ⚠');
    const sheet = page.getByRole('region', { name: 'Оценочный лист по КЦИ' });
    await expect
      .poll(() => sheet.innerText())
      .toMatch(/КЦИ 3 «Проекты нормативных правовых актов»: оценка 3,00 вне допустимой 0,00–1,00/);
    expect(await sheet.innerText()).toMatch(/Оценка по листу: 3,67 ≈ — Надлежащим образом/);
    await expectNoAxeViolations(page, 'KCI sheet with a warning');

    // Submitting with an unconfirmed score is refused; confirmed, it goes to the superior manager.
    const review = page.getByRole('region', { name: /Рассмотрение вышестоящим руководителем/ });
    // 004 sets no agreement step: the review follows 001 §§45–49 and is marked as an assumption.
    expect(await review.getByRole('heading').first().innerText()).toBe('Рассмотрение вышестоящим руководителем (≈ допущение)');
    await review.getByRole('button', { name: 'Внести вышестоящему руководителю' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/не подтверждена оценка вне допустимого диапазона/);
    await app.dismissNotices();
    await sheet.getByRole('button', { name: 'Подтвердить оценку 3,00 для КЦИ 3' }).click();
    await expect.poll(() => cell(2, 'p:score').innerText()).toBe('3,00 ✓');
    await review.getByRole('button', { name: 'Внести вышестоящему руководителю' }).click();
    await expect.poll(() => review.innerText()).toMatch(/У вышестоящего руководителя/);

    // With the superior manager the sheet cannot be changed.
    await typeInto(0, 'p:score', '5');
    expect(await cell(0, 'p:score').innerText()).toBe('3,50');
    await app.dismissNotices();

    // Returned only with a reason; then corrected and resubmitted; agreed.
    await review.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/укажите причину возврата/);
    await app.dismissNotices();
    await review.getByLabel(/Причина \(недостаточность/).fill('Факты по КЦИ 3 не подтверждены');
    await review.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await expect.poll(() => review.innerText()).toMatch(/Возвращён на доработку · Повторно внести до \d\d\.\d\d\.\d{4}/);
    expect(await review.innerText()).toMatch(/возвращён на доработку — Факты по КЦИ 3 не подтверждены/);
    await typeInto(2, 'p:score', '1');
    await expect.poll(() => sheet.innerText()).toMatch(/Оценка по листу: 3,00 ≈ — Надлежащим образом/);
    await review.getByRole('button', { name: 'Внести вышестоящему руководителю' }).click();
    await review.getByRole('button', { name: 'Согласовать' }).click();
    await expect.poll(() => review.innerText()).toMatch(/Согласован/);

    // Why is it 3,00? The explanation names the inputs, the mean, the assumptions.
    await expect.poll(() => sheet.innerText()).toMatch(/Почему 3,00\?/);
    expect(await sheet.innerText()).toMatch(/Среднее арифметическое 3 значений/);

    // Kept across a reload; the agreed plan can no longer be edited.
    await page.reload();
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await page.getByLabel('Период').selectOption(last ?? '');
    await expect.poll(() => page.getByRole('region', { name: /Рассмотрение вышестоящим/ }).innerText()).toMatch(/Согласован/);
    expect(await page.getByRole('region', { name: 'Оценочный лист по КЦИ' }).innerText()).toMatch(/Оценка по листу: 3,00 ≈/);
    expect(
      await page
        .getByRole('region', { name: 'Индивидуальный план работы' })
        .getByLabel('КЦИ, КЦИ 1', { exact: true })
        .isDisabled(),
    ).toBe(true);
    await expectNoAxeViolations(page, 'agreed KCI sheet');

    // The year (004 §5): the head's row shows the quarter's sheet score and the mean of the year.
    await app.nav(/^Оценка$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await page.getByLabel('Период').selectOption({ label: `${(last ?? '').slice(0, 4)} · год` });
    await expect.poll(() => app.cell(0, 'method').innerText()).toBe('КЦИ');
    await expect.poll(() => app.cell(0, 'q4').innerText()).toBe('3,00');
    expect(await app.cell(0, 'mean').innerText()).toBe('3,00 ≈');
    expect(await app.cell(0, 'grade').innerText()).toBe('Надлежащим образом');
    await s.close();
  });
});
