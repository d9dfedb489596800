/**
 * Issue 7 (retention) in the built app: scores of a period more than three years old are listed on
 * the backup page, exported as an archive workbook (which is not a backup), and purged only after
 * that, with a reason and a confirmation; newer scores stay.
 */
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';

const app$ = useBuiltApp();

describe('retention', () => {
  it('lists old periods, exports their archive, and purges them deliberately', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /Государственный орган/);
    await page.getByLabel('Год', { exact: true }).fill('2021');
    await page.getByRole('button', { name: 'Добавить год' }).click();
    await app.nav(/^Оценка$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Отдел оказания государственных услуг' });
    await page.getByLabel('Период').selectOption({ label: '2021 · 1 кв.' });
    await expect.poll(() => app.cell(10, 'name').count()).toBe(1);
    await page.evaluate(
      async (text) => navigator.clipboard.writeText(text),
      Array.from({ length: 11 }, () => '4\t4\t4\t4').join('\r\n'),
    );
    await app.cell(0, 'p:quality').click();
    await page.keyboard.press('ControlOrMeta+v');
    await expect.poll(async () => (await app.columnTexts('score')).filter((x) => x !== '').length).toBeGreaterThan(0);
    const scored = (await app.columnTexts('score')).filter((x) => x !== '').length;
    await app.dismissNotices();

    await app.nav(/Резервная/);
    const section = page.getByRole('region', { name: 'Хранение документов оценки' });
    await expect.poll(() => section.innerText()).toContain(`2021 · 1 кв.: записей: ${scored}`);
    expect(await section.innerText()).toMatch(/Сначала выгрузите архив/);
    await expectNoAxeViolations(page, 'retention');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Выгрузить архив (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bagalau-archive-2021-Q1-.+\.xlsx$/);
    const wb = XLSX.read(readFileSync((await download.path()) as string), { type: 'buffer' });
    expect(XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['evaluations'] as XLSX.WorkSheet)).toHaveLength(scored);
    const meta = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['_meta'] as XLSX.WorkSheet, { header: 1 });
    expect(meta.find((r) => r[0] === 'type')?.[1]).toBe('bagalau-archive');

    await section.getByLabel('Причина удаления').fill('Срок хранения истёк, архив сдан');
    await section.getByRole('button', { name: 'Удалить эти записи' }).click();
    await expect
      .poll(() => page.getByRole('dialog').innerText())
      .toMatch(new RegExp(`Удалить ${scored} записей за 2021 · 1 кв\\.`));
    await page.getByRole('dialog').getByRole('button', { name: 'Удалить эти записи' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Удалено записей' }).innerText())
      .toMatch(new RegExp(`Удалено записей: ${scored}`));
    await expect.poll(() => section.innerText()).toMatch(/Нет периодов с истёкшим сроком хранения/);
    await s.close();
  });
});
