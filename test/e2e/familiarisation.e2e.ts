/**
 * Issue 7 (familiarisation) in the built app: a unit's ranking is submitted, its people appear on the
 * familiarisation board with the 2-working-day deadline; HR records a signature, a refusal (which
 * needs its act), and withdraws a record with a reason.
 */
import { describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';

const app$ = useBuiltApp();

describe('familiarisation board', () => {
  it('lists a submitted unit’s results with deadlines and records acquaintance and a refusal', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /^Оценка$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await expect.poll(() => app.cell(5, 'name').count()).toBe(1);
    await page.evaluate(
      async (text) => navigator.clipboard.writeText(text),
      Array.from({ length: 6 }, () => '4\t4\t4\t5').join('\r\n'),
    );
    await app.cell(0, 'p:quality').click();
    await page.keyboard.press('ControlOrMeta+v');
    await expect.poll(() => app.cell(5, 'grade').innerText()).toBe('Эффективно');

    // Nothing to acquaint with before the unit's period is submitted.
    await app.nav(/Ознакомление/);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/пока нет результатов для ознакомления/);
    await app.nav(/^Оценка$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await app.submitPeriod();

    await app.nav(/Ознакомление/);
    const board = page.getByRole('region', { name: /^Ознакомление с результатами — / });
    await expect.poll(() => board.getByRole('row').count()).toBe(7);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Не ознакомлены' }).innerText()).toBe('Не ознакомлены: 6');
    const first = board.getByRole('row').nth(1);
    const name = await first.getByRole('rowheader').innerText();
    expect(await first.innerText()).toMatch(/Ранжирование 4,25 — Эффективно/);
    expect(await first.innerText()).toMatch(/\d\d\.\d\d\.\d{4}\s+\d\d\.\d\d\.\d{4} (в срок|срок скоро)/);
    await expectNoAxeViolations(page, 'familiarisation board');

    // Signed: done, moved below the open ones.
    await page
      .getByRole('form', { name: `Отметить ознакомление: ${name}` })
      .getByRole('button', { name: 'Отметить' })
      .click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Не ознакомлены' }).innerText()).toBe('Не ознакомлены: 5');
    const done = board.getByRole('row', { name: new RegExp(name) });
    await expect.poll(() => done.innerText()).toMatch(/выполнено[\s\S]*в электронной форме/);

    // A refusal needs its act (002 §36).
    const second = board.getByRole('row').nth(1);
    const other = await second.getByRole('rowheader').innerText();
    const form = page.getByRole('form', { name: `Отметить ознакомление: ${other}` });
    await form.getByLabel(`Как: ${other}`).selectOption('refusal');
    await form.getByRole('button', { name: 'Отметить' }).click();
    await expect.poll(() => form.innerText()).toMatch(/Укажите акт об отказе и кто его составил/);
    await form.getByLabel(`Акт об отказе: номер, кто составил: ${other}`).fill('Акт № 1: Ким О. (ОУП), руководитель отдела');
    await form.getByRole('button', { name: 'Отметить' }).click();
    await expect
      .poll(() => board.getByRole('row', { name: new RegExp(other) }).innerText())
      .toMatch(/отказ \(составлен акт\) \(Акт № 1: Ким О\. \(ОУП\), руководитель отдела\)/);

    // Acquainted together (a sheet the unit signed): two ticked, recorded at once.
    const open = board.getByRole('row').filter({ has: page.getByRole('checkbox', { name: /^Выбрать: / }) });
    const a = await open.nth(0).getByRole('rowheader').innerText();
    const b = await open.nth(1).getByRole('rowheader').innerText();
    await page.getByLabel(`Выбрать: ${a}`).check();
    await page.getByLabel(`Выбрать: ${b}`).check();
    const bulk = page.getByRole('form', { name: 'Ознакомлены вместе' });
    await bulk.getByRole('button', { name: 'Записать выбранных (2)' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Не ознакомлены' }).innerText()).toBe('Не ознакомлены: 2');
    await expect.poll(() => board.getByRole('row', { name: new RegExp(a) }).innerText()).toMatch(/выполнено/);
    await expectNoAxeViolations(page, 'familiarisation: several at once');

    // Withdrawn with a reason, the person is open again.
    const signed = board.getByRole('row', { name: new RegExp(name) });
    await signed.getByText('Отозвать отметку').first().click();
    await signed.getByLabel(`Причина отзыва: ${name}`).fill('Отмечен по ошибке');
    await signed.getByRole('button', { name: 'Отозвать отметку' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Не ознакомлены' }).innerText()).toBe('Не ознакомлены: 3');
    await page.getByLabel('Только не ознакомленные').check();
    await expect.poll(() => board.getByRole('row').count()).toBe(4);
    await s.close();
  });
});
