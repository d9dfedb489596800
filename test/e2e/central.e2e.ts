/**
 * Issue 18 in the built app: a central state body whose roster HR imports — a department director
 * (B-1), a sector head (B-4) heading the sector with two experts (B-5), and a head of a regional
 * division typed «С-0-4» as 000 Appendix 4 spells it. Under the Typical methodology the B-4 heading
 * the sector is a unit head (000 Appendix 4): the KCI page asks for her individual work plan, and the
 * 360 assesses her on the heads' twelve competencies, her experts on the staff's eight.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, launch, useBuiltApp } from './harness';

const app$ = useBuiltApp();
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('a central body (000 Appendix 4)', () => {
  it('a B-4 sector head heading her sector gets KCIs and the twelve head competencies; «С-0-4» is read as C-O-4', async () => {
    const s = await launch();
    await s.page.clock.setFixedTime(new Date('2026-11-20T10:00:00+05:00'));
    const app = new AppModel(s.page);
    const page = s.page;
    await app.open(app$().url);
    await app.createAgency({ kk: 'Талдау агенттігі' });
    await app.expectHeading(/Служащие/);
    await app.nav(/Импорт/);
    await page.locator('input[type=file]').setInputFiles(fixture('roster-central.csv'));
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'добавить' }).innerText())
      .toMatch(/добавить: 5, обновить: 0, пропустить: 0, строк с ошибками: 0/);
    await page.getByRole('button', { name: 'Применить импорт' }).click();
    await app.nav(/Служащие/);
    await expect.poll(() => app.columnTexts('category')).toContain('C-O-4');

    await app.nav(/^КЦИ$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Сектор мониторинга' });
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Исаева Дана Маратовна/);
    expect(await page.getByRole('region', { name: 'Индивидуальный план работы' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'KCI of a central body’s sector head');

    await app.nav(/^360°$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Сектор мониторинга' });
    const table = page.getByRole('region', { name: 'Респонденты 360° подразделения Сектор мониторинга' });
    await expect.poll(() => table.getByRole('row', { name: /Исаева/ }).innerText()).toMatch(/компетенций: 12/);
    expect(await table.getByRole('row', { name: /Ким/ }).innerText()).toMatch(/компетенций: 8/);

    // HR's word on the card: recorded as not heading the sector, she is evaluated as staff.
    await app.nav(/Служащие/);
    await expect.poll(() => app.rowWhere('surname', 'Исаева')).toBeGreaterThanOrEqual(0);
    await app
      .cell(await app.rowWhere('surname', 'Исаева'), 'open')
      .locator('a')
      .click();
    const heads = page.getByLabel('Руководит структурным подразделением');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Оценивается как руководитель подразделения/);
    await heads.selectOption({ label: 'нет — служащий подразделения' });
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Оценивается как служащий корпуса «Б»/);
    await expectNoAxeViolations(page, 'employee card: heads the unit');
    await app.nav(/^360°$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Сектор мониторинга' });
    await expect.poll(() => table.getByRole('row', { name: /Исаева/ }).innerText()).toMatch(/компетенций: 8/);
    await app.nav(/Служащие/);
    await app
      .cell(await app.rowWhere('surname', 'Исаева'), 'open')
      .locator('a')
      .click();
    await heads.selectOption({ label: 'по подчинённости (никто в подразделении ему не руководитель)' });
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Оценивается как руководитель подразделения/);

    // Under a local body's methodology (004 §3.4: E-categories only) the same B-4 is staff.
    await app.nav(/^Государственный орган$/);
    await page.getByLabel('Профиль методики').selectOption({ label: 'Акимат города Аксу 2023' });
    await expect
      .poll(() => page.getByLabel('Профиль методики').locator('option:checked').innerText())
      .toBe('Акимат города Аксу 2023');
    await app.nav(/^360°$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Сектор мониторинга' });
    await expect.poll(() => table.getByRole('row', { name: /Исаева/ }).innerText()).toMatch(/компетенций: 8/);
    await s.close();
  });
});
