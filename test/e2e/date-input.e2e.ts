/**
 * Issue 19 §4 in the built app: the one date field. In the Russian UI on the Commission page a date
 * is typed as dd.mm.yyyy, the calendar is opened and used by keyboard only (Monday first, Russian
 * month and weekday names, arrows / PageUp / PageDown / Enter / Escape), the picked days are stored
 * (they come back after a reload), an impossible day is marked with the reason and never saved, and
 * the open calendar passes axe — at 1366×768. The Kazakh UI names its months in Kazakh.
 */
import { describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';

const app$ = useBuiltApp();
const TODAY = new Date('2026-10-20T09:00:00+05:00');

describe('date field with its calendar', () => {
  it('types dd.mm.yyyy, picks a day by keyboard in the calendar, stores both, and refuses an impossible day', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /^Комиссия$/, { today: TODAY });
    await app.expectHeading(/Заседание Комиссии/);
    const orderDate = page.getByLabel('Дата приказа');
    const heldOn = page.getByLabel('Дата заседания');
    expect(await orderDate.getAttribute('type')).toBe('text');
    expect(await orderDate.getAttribute('placeholder')).toBe('дд.мм.гггг');

    // Typed in the short form, shown back as dd.mm.yyyy once left.
    await orderDate.fill('5.1.2026');
    await orderDate.press('Tab');
    await expect.poll(() => orderDate.inputValue()).toBe('05.01.2026');

    // The calendar by keyboard: Tab to its button, Enter opens it on today, Monday first.
    await heldOn.focus();
    await page.keyboard.press('Tab');
    const opener = page.getByRole('button', { name: 'Выбрать в календаре' }).nth(1);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Выберите дату: Дата заседания' });
    await dialog.waitFor();
    const grid = dialog.getByRole('grid');
    expect(await grid.getAttribute('aria-labelledby')).not.toBeNull();
    await expect.poll(() => dialog.locator('.date-calendar-title').innerText()).toBe('Октябрь 2026');
    expect(await grid.getByRole('columnheader').allInnerTexts()).toEqual(['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс']);
    const focusedLabel = () => page.evaluate(() => document.activeElement?.querySelector('.sr-only')?.textContent ?? '');
    await expect.poll(focusedLabel).toBe('вторник, 20.10.2026');
    await expectNoAxeViolations(page, 'date field: the calendar open');

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedLabel).toBe('среда, 28.10.2026');
    await page.keyboard.press('PageUp');
    await expect.poll(() => dialog.locator('.date-calendar-title').innerText()).toBe('Сентябрь 2026');
    await expect.poll(focusedLabel).toBe('понедельник, 28.09.2026');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Home');
    await expect.poll(focusedLabel).toBe('понедельник, 26.10.2026');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => heldOn.inputValue()).toBe('26.10.2026');
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);

    // Escape closes without picking and gives the focus back to the button.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await expect.poll(focusedLabel).toBe('понедельник, 26.10.2026');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await heldOn.inputValue()).toBe('26.10.2026');

    // Stored: both days come back after a reload.
    const save = page.getByRole('button', { name: 'Сохранить' });
    await save.click();
    // Saved: nothing left to save (the button goes grey), as the user sees it before leaving.
    await expect.poll(() => save.isDisabled()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByLabel('Дата приказа').inputValue()).toBe('05.01.2026');
    await expect.poll(() => page.getByLabel('Дата заседания').inputValue()).toBe('26.10.2026');

    // An impossible day: marked with the reason in Russian, never stored.
    await heldOn.fill('31.02.2026');
    await heldOn.press('Tab');
    await expect.poll(() => heldOn.getAttribute('aria-invalid')).toBe('true');
    const problem = page.getByRole('alert').filter({ hasText: '31.02.2026' });
    await expect.poll(() => problem.innerText()).toBe('«31.02.2026» — не дата. Укажите в виде дд.мм.гггг, например 12.01.2026.');
    expect(await heldOn.getAttribute('aria-describedby')).toBe(await problem.getAttribute('id'));
    await expectNoAxeViolations(page, 'date field: an impossible day');
    // While it stands, the form cannot be saved (it would store the last valid day instead).
    await page.getByLabel('Приказ №').fill('15-к');
    await expect.poll(() => save.isDisabled()).toBe(true);
    await heldOn.fill('26.10.2026');
    await expect.poll(() => save.isDisabled()).toBe(false);
    // The number typed back to what is stored: nothing left to save (the protocol can be signed again).
    await page.getByLabel('Приказ №').fill('');
    await expect.poll(() => save.isDisabled()).toBe(true);
    // The protocol cannot be signed on a day that is not one.
    const signOn = page.getByLabel('Дата подписания');
    const sign = page.getByRole('button', { name: 'Подписать протокол' });
    await signOn.fill('20.10.2026');
    await expect.poll(() => sign.isDisabled()).toBe(false);
    await signOn.fill('32.10.2026');
    await expect.poll(() => sign.isDisabled()).toBe(true);
    await signOn.fill('20.10.2026');
    await expect.poll(() => sign.isDisabled()).toBe(false);
    await page.reload();
    await expect.poll(() => page.getByLabel('Дата заседания').inputValue()).toBe('26.10.2026');

    // The Kazakh UI: the same field, its calendar in Kazakh.
    await app.chooseLanguage('Қазақша');
    await page.getByRole('button', { name: 'Күнтізбеден таңдау' }).first().click();
    const kk = page.getByRole('dialog');
    await expect.poll(() => kk.locator('.date-calendar-title').innerText()).toBe('Қаңтар 2026');
    expect(await kk.getByRole('columnheader').allInnerTexts()).toEqual(['Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сб', 'Жс']);
    await s.close();
  });
});
