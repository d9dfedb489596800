/**
 * Issue 4 (points model) in the built app: the agency switches to the Justice 2017 profile; for a
 * quarter the manager records incentivised activities from the scale and violations, sees
 * 100 + a − b and the band at once, an out-of-range incentive is refused in place; the year takes
 * the work plan's targets and gives the annual result, grade and consequences; a submitted quarter
 * is locked.
 */
import { describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';

const app$ = useBuiltApp();

describe('points model (Justice 2017)', () => {
  it('records incentives and violations, scores the quarter and the year, and locks', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /Методика/);
    await page
      .getByRole('navigation', { name: 'Профили' })
      .getByRole('button', { name: /Министерство юстиции 2017 \(балльная модель\)/ })
      .click();
    await page.getByRole('button', { name: 'Использовать в государственном органе' }).click();
    await expect.poll(() => app.navLinks(/^Баллы$/).count()).toBe(1);
    expect(await app.navLinks(/^КЦИ$/).count()).toBe(0);

    await app.nav(/^Баллы$/);
    await app.expectHeading(/Балльная модель/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    const cell = (row: number, col: string) => app.cell(row, col);
    await expect.poll(() => cell(1, 'points').innerText()).toBe('100 ≈');
    const name = await cell(1, 'name').innerText();
    await cell(1, 'name').click();
    const entries = page.getByRole('region', { name: `Записи: ${name}` });
    await entries.waitFor();

    // An incentive from the scale (+5 preset), then a +3 one: 108, "effective".
    await entries.getByRole('button', { name: 'Добавить вид деятельности' }).click();
    await expect.poll(() => cell(1, 'points').innerText()).toBe('105 ≈');
    expect(await cell(1, 'grade').innerText()).toBe('Удовлетворительно');
    await entries.getByRole('button', { name: 'Добавить вид деятельности' }).click();
    await entries.getByLabel('Вид деятельности, Вид деятельности 2').selectOption('inspections');
    await expect.poll(() => cell(1, 'points').innerText()).toBe('108 ≈');
    expect(await cell(1, 'grade').innerText()).toBe('Эффективно');
    expect(await entries.getByLabel('Вид деятельности, Вид деятельности 2').locator('option:checked').innerText()).toMatch(
      /^\+3 · Организация и проведение проверочных мероприятий \(перевод\)$/,
    );

    // Two violations, −2 each: 104, "satisfactory".
    await entries.getByRole('button', { name: 'Добавить нарушение' }).click();
    await entries.getByRole('button', { name: 'Добавить нарушение' }).click();
    await entries.getByLabel('Вид, Вид 2').selectOption('labour');
    await expect.poll(() => cell(1, 'points').innerText()).toBe('104 ≈');
    expect(await cell(1, 'violations').innerText()).toBe('2');
    expect(await cell(1, 'grade').innerText()).toBe('Удовлетворительно');

    // +7 is outside +1 … +5 (002 §18): shown beside the field, not stored.
    const points1 = entries.getByLabel('Баллы, Вид деятельности 1');
    await points1.fill('7');
    await points1.press('Enter');
    await expect.poll(() => entries.innerText()).toMatch(/7 вне диапазона 1–5/);
    expect(await points1.getAttribute('aria-invalid')).toBe('true');
    expect(await cell(1, 'points').innerText()).toBe('104 ≈');
    await points1.fill('4');
    await points1.press('Enter');
    await expect.poll(() => cell(1, 'points').innerText()).toBe('103 ≈');
    expect(await entries.innerText()).not.toMatch(/вне диапазона/);

    // Why is it 103?
    const why = page.getByRole('region', { name: new RegExp(`${name}\\. Почему 103\\?`) });
    await expect.poll(() => why.innerText()).toMatch(/База: 100/);
    expect(await why.innerText()).toMatch(/Баллы поощрения: 7/);
    expect(await why.innerText()).toMatch(/Штрафные баллы: 4/);
    expect(await why.innerText()).toMatch(/002 пп. 15–16, 22/);
    await expectNoAxeViolations(page, 'points quarter with entries');

    // 002 §§23–25, Appendix 3: the servant's self-assessment beside the manager's entries, the signature or a refusal's act.
    const selfForm = page.getByRole('form', { name: 'Самооценка служащего (прил. 3)' });
    await selfForm
      .getByLabel('Сведения о поощряемых показателях и видах деятельности — по самооценке служащего')
      .fill('Исполнены поручения министерства');
    await selfForm.getByLabel('Результат самооценки (баллы)').fill('110');
    await selfForm.getByLabel('Результат самооценки (баллы)').press('Tab');
    await selfForm.getByRole('button', { name: 'Записать самооценку' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Самооценка записана' }).count()).toBeGreaterThan(0);
    const signForm = page.getByRole('form', { name: 'Подпись служащего на согласованном листе' });
    // §25 after §24: the sheet is signed once the direct manager has agreed it.
    await signForm.getByRole('button', { name: 'Записать' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/после согласования непосредственным руководителем/);
    await app.dismissNotices();
    const agreeForm = page.getByRole('form', { name: 'Согласование непосредственным руководителем' });
    expect(await agreeForm.innerText()).toMatch(
      /с учётом сведений службы управления персоналом о нарушениях .*\(на листе: 2\).*\(002 п. 24\)/,
    );
    await agreeForm.getByRole('button', { name: 'Записать согласование' }).click();
    await expect.poll(() => agreeForm.innerText()).toMatch(/Непосредственный руководитель согласовал лист \d\d\.\d\d\.\d{4}\./);
    await signForm.getByLabel('Отказался подписать (составлен акт)').check();
    await signForm.getByRole('button', { name: 'Записать' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Отказ записывается с актом/);
    await app.dismissNotices();
    await signForm
      .getByLabel('Акт об отказе: номер, дата, кто составил')
      .fill('Акт № 3, служба управления персоналом и руководитель отдела');
    await signForm.getByRole('button', { name: 'Записать' }).click();
    await expect.poll(() => signForm.innerText()).toMatch(/Служащий отказался подписать лист .*; акт: Акт № 3/);
    await expectNoAxeViolations(page, 'points: self-assessment and signature');
    await selfForm.getByRole('link', { name: 'Оценочный лист (прил. 3)' }).click();
    const sheetForm = page.locator('article.official-form');
    await expect.poll(() => sheetForm.innerText()).toMatch(/Результат самооценки:?\s+110/);
    expect(await sheetForm.innerText()).toMatch(/Исполнены поручения министерства/);
    expect(await sheetForm.innerText()).toMatch(/отказался подписать, акт: Акт № 3/);
    // The manager's line carries the day of agreement; the servant who refused has none.
    expect(await sheetForm.locator('.form-signatures').innerText()).toMatch(
      /Непосредственный руководитель[\s\S]*дата \d\d\.\d\d\.\d{4}/,
    );
    await expectNoAxeViolations(page, '2017 quarter sheet (ru)');
    await sheetForm.getByLabel('Тіл / Язык').selectOption('kk');
    await expect.poll(() => sheetForm.innerText()).toMatch(/Өзін-өзі бағалау нәтижесі:?\s+110/);
    await page.getByRole('link', { name: 'Оралу' }).click();
    await cell(1, 'name').click();
    await entries.waitFor();

    // The year: quarters that ended count (one without entries is the base 100); targets are needed.
    const quarter = await page.getByLabel('Период').locator('option:checked').innerText();
    await page.getByLabel('Период').selectOption({ label: `${quarter.slice(0, 4)} · год` });
    await expect.poll(() => page.locator('.ag-row .ag-cell[col-id="name"]').allInnerTexts()).toContain(name);
    const row = await page.locator(`.ag-row:has(.ag-cell[col-id="name"]:text-is("${name}"))`).first().getAttribute('row-index');
    const yearCell = (col: string) => cell(Number(row), col);
    await expect.poll(() => yearCell('annual').innerText()).toBe('нужен результат каждого показателя');
    await yearCell('name').click();
    const targets = page.getByRole('region', { name: `Целевые показатели плана: ${name} (002 пп. 12, 30)` });
    await targets.getByRole('button', { name: 'Добавить целевой показатель' }).click();
    await targets.getByLabel('Целевой показатель, Целевой показатель 1').fill('Подготовка правовых заключений');
    await targets.getByLabel('Целевой показатель, Целевой показатель 1').press('Enter');
    await targets.getByLabel('Оценка руководителя, Целевой показатель 1').selectOption('achieved');
    // Mean 101 → "satisfactory" → 3; plan 4,0; (3 + 4) / 2 = 3,5 (the lost §32 formula: an assumption).
    await expect.poll(() => yearCell('annual').innerText()).toBe('3,5 ≈');
    expect(await yearCell('converted').innerText()).toBe('3');
    expect(await yearCell('plan').innerText()).toBe('4,0');
    expect(await yearCell('grade').innerText()).toBe('Удовлетворительно');
    // 002 §43 trains in the direction found unsatisfactory: a satisfactory year calls for none.
    expect(await yearCell('consequences').innerText()).toBe('');
    await expectNoAxeViolations(page, 'points year with targets');

    // Submitting the quarter locks its entries.
    await page.getByLabel('Период').selectOption({ label: quarter });
    await cell(1, 'name').click();
    await page.getByRole('button', { name: 'Сдать и закрыть' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Сдать и закрыть' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: `Записи: ${name}` })
          .getByRole('button', { name: 'Добавить нарушение' })
          .count(),
      )
      .toBe(0);
    expect(
      await page
        .getByRole('region', { name: `Записи: ${name}` })
        .getByLabel('Баллы, Вид деятельности 1')
        .isDisabled(),
    ).toBe(true);
    await s.close();
  });

  it('002 Appendix 2: the central apparatus’s profile scores from the central list', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /Методика/);
    await page
      .getByRole('navigation', { name: 'Профили' })
      .getByRole('button', { name: /Министерство юстиции 2017, центральный аппарат/ })
      .click();
    await page.getByRole('button', { name: 'Использовать в государственном органе' }).click();
    await expect.poll(() => app.navLinks(/^Баллы$/).count()).toBe(1);
    await app.nav(/^Баллы$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await expect.poll(() => app.cell(1, 'points').innerText()).toBe('100 ≈');
    const name = await app.cell(1, 'name').innerText();
    await app.cell(1, 'name').click();
    const entries = page.getByRole('region', { name: `Записи: ${name}` });
    await entries.getByRole('button', { name: 'Добавить вид деятельности' }).click();
    const activity = entries.getByLabel('Вид деятельности, Вид деятельности 1');
    await expect
      .poll(() => activity.locator('option:checked').innerText())
      .toMatch(/^\+5 · Своевременное и качественное исполнение поручений Президента Республики Казахстан/);
    expect(await activity.locator('option').count()).toBe(30);
    await expect.poll(() => app.cell(1, 'points').innerText()).toBe('105 ≈');
    await expectNoAxeViolations(page, 'points, central apparatus');
    await s.close();
  });
});
