/**
 * Issue 3 in the built app: methodology profiles with cited parameters and visible assumption
 * markers; clone, edit (a changed value needs its own source), validate, save as a new version,
 * use it for the agency.
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

describe('methodology profiles', () => {
  it('shows sources and assumptions, clones, edits, refuses a missing source, saves versions and is used by the agency', async () => {
    const s = await launch();
    const app = new AppModel(s.page);
    await app.open(server.url);
    await app.loadDemo();
    await app.nav(/Методика/);
    const page = s.page;

    // Typical 2023 is in use; its parameters cite seed paragraphs; assumptions are marked visibly.
    await expect.poll(() => page.getByRole('heading', { name: 'Типовая методика 2023', level: 2 }).count()).toBe(1);
    const tenure = page.getByRole('group', { name: 'Минимум месяцев на должности' });
    await expect.poll(() => tenure.innerText()).toContain('Источник: 004 §6');
    const permissible = page.getByRole('group', { name: 'Допустимый балл по проценту достижения КЦИ' });
    await expect.poll(() => permissible.innerText()).toMatch(/Допущение:.*Приложение 3 Типовой методики/);
    expect(await page.locator('.assumption').count()).toBeGreaterThanOrEqual(6);
    expect(await page.getByRole('button', { name: 'Изменить' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'methodology (view)');

    await page.getByRole('button', { name: 'Копировать для изменения' }).click();
    await page.getByLabel('Наименование на русском').fill('Методика аппарата 2026');
    const field = page.getByRole('textbox', { name: 'Минимум месяцев на должности', exact: true });
    await field.fill('2');
    await field.press('Tab');
    await expectNoAxeViolations(page, 'methodology (edit)');
    await page.getByRole('button', { name: 'Сохранить как новую версию' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Замечаний' }).innerText()).toMatch(/Замечаний: \d+/);
    await expect.poll(() => page.getByRole('group', { name: 'Минимум месяцев на должности' }).locator('.field-error').count()).toBeGreaterThan(0);

    await page.getByRole('textbox', { name: 'Источник: Минимум месяцев на должности' }).fill('Приказ руководителя аппарата № 15 от 12.01.2026');
    await page.getByRole('button', { name: 'Сохранить как новую версию' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Сохранено как версия 1' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Методика аппарата 2026', level: 2 }).count()).toBe(1);
    await expect.poll(() => page.getByRole('group', { name: 'Минимум месяцев на должности' }).innerText()).toContain('Приказ руководителя аппарата № 15');

    // A second edit is version 2; the agency can use it.
    await page.getByRole('button', { name: 'Изменить' }).click();
    await page.getByRole('textbox', { name: 'Ознакомление в течение рабочих дней', exact: true }).fill('3');
    await page.getByRole('textbox', { name: 'Источник: Ознакомление в течение рабочих дней' }).fill('Приказ № 16');
    await page.getByRole('button', { name: 'Сохранить как новую версию' }).click();
    await expect.poll(() => page.getByRole('navigation', { name: 'Профили' }).innerText()).toContain('версия 2');
    await page.getByRole('button', { name: 'Использовать в организации' }).click();
    await expect.poll(() => page.getByRole('navigation', { name: 'Профили' }).locator('li', { hasText: 'Методика аппарата 2026' }).innerText()).toContain('Используется');
    await app.nav(/Организация/);
    await expect.poll(() => page.getByLabel('Профиль методики').locator('option:checked').innerText()).toBe('Методика аппарата 2026');
    await s.close();
  });
});
