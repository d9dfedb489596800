/**
 * Issue 7 (the Commission) in the built app: a Commission of seven with a secretary; with 4 of 7
 * present it cannot decide; with 6 present a 3–3 vote goes the chair's way; a revision needs its
 * corrected result and explanation; the signed protocol (Appendix 5) prints in Russian and Kazakh.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { AppModel } from './app';
import { expectPrintedLayout, SCREENSHOT_DAY } from './screenshot';
import { expectNoAxeViolations, useBuiltApp } from './harness';

const app$ = useBuiltApp();
const MEMBERS = ['Ахметов Ерлан', 'Иванова Ольга', 'Сейітов Марат', 'Ким Алексей', 'Омарова Жанар', 'Петров Сергей'];

describe('Commission sitting', () => {
  it('checks the quorum, lets the chair break a tie, and signs and prints the protocol', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /^Оценка$/, { today: SCREENSHOT_DAY });
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await expect.poll(() => app.cell(5, 'name').count()).toBe(1);
    await page.evaluate(
      async (text) => navigator.clipboard.writeText(text),
      Array.from({ length: 6 }, () => '4\t4\t4\t4').join('\r\n'),
    );
    await app.cell(0, 'p:quality').click();
    await page.keyboard.press('ControlOrMeta+v');
    await expect.poll(() => app.cell(5, 'grade').innerText()).toBe('Эффективно');
    const people = await app.columnTexts('name');
    await app.submitPeriod();

    await app.nav(/^Комиссия$/);
    await app.expectHeading(/Заседание Комиссии/);
    const today = SCREENSHOT_DAY.toISOString().slice(0, 10);
    await page.getByLabel('Приказ №').fill('12');
    await page.getByLabel('Дата приказа').fill(today);
    await page.getByLabel('Дата заседания').fill(today);
    const addSeat = async (name: string, role: string) => {
      await page.getByLabel('Член Комиссии', { exact: true }).fill(name);
      await page.getByLabel('Роль', { exact: true }).selectOption({ label: role });
      await page.getByRole('button', { name: 'Добавить в состав' }).click();
    };
    await addSeat('Председатель Нұрланов', 'председатель');
    for (const m of MEMBERS) await addSeat(m, 'член');
    await addSeat('Секретарь Ким', 'секретарь (без голоса)');
    for (const who of ['Председатель Нұрланов', ...MEMBERS.slice(0, 3), 'Секретарь Ким'])
      await page.getByLabel(`Присутствует: ${who}`).check();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Присутствуют' }).innerText())
      .toBe('Присутствуют 4 из 7 членов: кворума нет (нужно две трети); решения принимать нельзя.');
    expect(await page.getByLabel(`Председатель Нұрланов: ${people[0]}`).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'commission without quorum');

    for (const who of MEMBERS.slice(3, 5)) await page.getByLabel(`Присутствует: ${who}`).check();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Присутствуют' }).innerText())
      .toBe('Присутствуют 6 из 7 членов: заседание правомочно (две трети).');
    const voters = ['Председатель Нұрланов', ...MEMBERS.slice(0, 5)];
    for (const [i, person] of people.entries()) {
      for (const [j, voter] of voters.entries()) {
        const vote = i === 0 ? (j < 3 ? 'revise' : 'approve') : 'approve';
        await page.getByLabel(`${voter}: ${person}`).selectOption(vote);
      }
    }
    const first = page.getByRole('row', { name: new RegExp(people[0] ?? '') });
    await expect.poll(() => first.innerText()).toMatch(/пересмотреть \(3–3\), голосом председателя/);
    // Issue 19: with six voting, a case's explanation and recommendation are in view, not past the table's edge.
    const frame = await page.getByRole('region', { name: /^Рассматриваемые результаты — / }).boundingBox();
    for (const field of ['Пояснение', 'Рекомендации']) {
      const box = await page.getByLabel(`${field}: ${people[0]}`).boundingBox();
      expect(box && frame && box.x >= frame.x && box.x + box.width <= frame.x + frame.width, field).toBe(true);
    }
    await page.getByRole('button', { name: 'Сохранить' }).click();

    // A revision needs the corrected result and its explanation.
    await page.getByRole('button', { name: 'Подписать протокол' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/у пересмотра нет скорректированного результата или пояснения/);
    await app.dismissNotices();
    await page.getByLabel(`Корректировка Комиссией: ${people[0]}`).fill('3,5');
    await page.getByLabel(`Корректировка Комиссией: ${people[0]}`).press('Tab');
    await page.getByLabel(`Пояснение: ${people[0]}`).fill('Сроки поручений нарушались');
    await page.getByLabel('Заключение').fill('Результаты оценки утвердить, кроме пересмотренного');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('button', { name: 'Подписать протокол' }).click();
    // Other units of the quarter are still open: signing says so.
    await expect
      .poll(() => page.getByRole('dialog').innerText())
      .toMatch(/Подразделения этого периода ещё не сданы: .*Руководство аппарата/);
    await page.getByRole('dialog').getByRole('button', { name: 'Подписать протокол' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Протокол подписан \d\d\.\d\d\.\d{4}\./);
    // 001 §61: final only once the authorised person approves the protocol.
    await page.getByLabel('Фамилия, инициалы').fill('Асанов Б.');
    await page.getByRole('button', { name: 'Записать утверждение' }).click();
    await expect
      .poll(() => page.locator('main').innerText())
      .toMatch(/Утверждён: Уполномоченное лицо Асанов Б\., \d\d\.\d\d\.\d{4}\. Результаты окончательны\./);
    await expectNoAxeViolations(page, 'commission signed and approved');

    await page.getByRole('link', { name: 'Протокол (для печати)' }).click();
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Протокол заседания Комиссии по оценке');
    const doc = page.locator('article.document');
    await expect.poll(() => doc.innerText()).toMatch(/Присутствовали 6 из 7 членов; заседание правомочно\./);
    await expect
      .poll(() => doc.innerText())
      .toMatch(
        new RegExp(`${people[0]}\\s+4,00 — Выполняет функциональные обязанности эффективно\\s+3,50 — Сроки поручений нарушались`),
      );
    // Appendix 5 as 004 prints it: its heading lines, its columns, «Проверено:» before the signatures.
    expect(await doc.innerText()).toMatch(/Приложение 5\s+Форма\s+«УТВЕРЖДАЮ»/);
    expect(await doc.innerText()).toMatch(
      /Сведения о результатах оценки\s+Корректировка Комиссией результатов оценки \(в случае наличия\)/,
    );
    expect(await doc.innerText()).toMatch(/Проверено:\s+Секретарь Комиссии/);
    expect(await doc.innerText()).toMatch(/Секретарь Комиссии\s+Секретарь Ким/);
    expect(await doc.innerText()).toMatch(/«УТВЕРЖДАЮ»\s+Уполномоченное лицо\s+Асанов Б\./);
    // The member absent from the sitting neither attends nor signs.
    expect(await doc.innerText()).not.toMatch(/Петров Сергей/);
    await expectNoAxeViolations(page, 'commission protocol (ru)');
    await expectPrintedLayout(page, 'commission-protocol-ru', 'article.document');
    await doc.getByLabel('Тіл / Язык').selectOption('kk');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Бағалау жөніндегі комиссия отырысының хаттамасы');
    await expectPrintedLayout(page, 'commission-protocol-kk', 'article.document');
    expect(await doc.innerText()).toMatch(/Функционалдық міндеттерін тиімді атқарады/);
    expect(await doc.innerText()).toMatch(/Тексерген:/);
    await expectNoAxeViolations(page, 'commission protocol (kk)');
    const [protocolFile] = await Promise.all([
      page.waitForEvent('download'),
      doc.getByRole('button', { name: 'Түсіру (.xlsx)' }).click(),
    ]);
    expect(protocolFile.suggestedFilename()).toMatch(/^bagalau-commission-protocol-\d{4}-Q\d-1-kk\.xlsx$/);
    const protocol = XLSX.read(readFileSync((await protocolFile.path()) as string), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<string[]>(protocol.Sheets[protocol.SheetNames[0] as string] as XLSX.WorkSheet, {
      header: 1,
    });
    expect(rows).toContainEqual([
      expect.any(String),
      people[0],
      '4,00 — Функционалдық міндеттерін тиімді атқарады',
      '3,50 — Сроки поручений нарушались',
      expect.any(String),
    ]);
    expect(XLSX.utils.sheet_to_json<string[]>(protocol.Sheets['_meta'] as XLSX.WorkSheet, { header: 1 })).toContainEqual([
      'type',
      'bagalau-commission-protocol',
    ]);

    // Results approved by the signed protocol are final; the revised one with the Commission's result.
    await app.nav(/^Оценка$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    const rowOf = (name: string | undefined) => app.rowWhere('name', name ?? '');
    await expect.poll(() => rowOf(people[0])).toBeGreaterThanOrEqual(0);
    await expect
      .poll(async () => app.cell(await rowOf(people[0]), 'final').innerText())
      .toBe('3,50 — скорректирован Комиссией; утверждён Комиссией (окончательный)');
    expect(await app.cell(await rowOf(people[1]), 'final').innerText()).toBe('4,00 — утверждён Комиссией (окончательный)');
    expect(await app.cell(await rowOf(people[0]), 'score').innerText()).toMatch(/^4,00/);
    await s.close();
  });
  it('issue 20: two tabs on one sitting — tab B’s save keeps tab A’s order number and member; a field both changed shows both values to choose', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /^Комиссия$/);
    await app.expectHeading(/Заседание Комиссии/);
    const other = await s.context.newPage();
    await other.goto(`${app$().url}#/commission`);
    await other.getByLabel('Приказ №').waitFor();
    // Tab B starts writing the conclusion; meanwhile tab A names the order and a member and saves.
    await other.getByLabel('Заключение').fill('Результаты оценки утвердить');
    await page.getByLabel('Приказ №').fill('12');
    await page.getByLabel('Член Комиссии', { exact: true }).fill('Председатель Нұрланов');
    await page.getByLabel('Роль', { exact: true }).selectOption({ label: 'председатель' });
    await page.getByRole('button', { name: 'Добавить в состав' }).click();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    // Tab B follows the fields it did not touch, keeps its own, and its save writes only those.
    await expect.poll(() => other.getByLabel('Приказ №').inputValue()).toBe('12');
    expect(await other.getByLabel('Присутствует: Председатель Нұрланов').count()).toBe(1);
    expect(await other.getByLabel('Заключение').inputValue()).toBe('Результаты оценки утвердить');
    await other.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => page.getByLabel('Заключение').inputValue()).toBe('Результаты оценки утвердить');
    await page.reload();
    await expect.poll(() => page.getByLabel('Приказ №').inputValue()).toBe('12');
    expect(await page.getByLabel('Присутствует: Председатель Нұрланов').count()).toBe(1);
    expect(await page.getByLabel('Заключение').inputValue()).toBe('Результаты оценки утвердить');

    // Both change the order number: tab B saves first; tab A is shown both values before it saves.
    await page.getByLabel('Приказ №').fill('12-к');
    await other.getByLabel('Приказ №').fill('13');
    await other.getByRole('button', { name: 'Сохранить' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Изменено в другой вкладке' });
    await expect.poll(() => conflict.innerText()).toMatch(/Приказ №: записано сейчас — 13; у вас — 12-к/);
    await expectNoAxeViolations(page, 'commission: changed in another tab');
    // Saving without choosing overwrites nothing: refused and said.
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => page.getByRole('alert').allInnerTexts()).toContainEqual(expect.stringMatching(/Ничего не записано/));
    expect(await other.getByLabel('Приказ №').inputValue()).toBe('13');
    await app.dismissNotices();
    // Keeping mine: the save writes it, and tab B follows.
    await conflict.getByRole('button', { name: 'Оставить моё' }).click();
    expect(await conflict.count()).toBe(0);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => other.getByLabel('Приказ №').inputValue()).toBe('12-к');
    expect(await other.getByLabel('Присутствует: Председатель Нұрланов').count()).toBe(1);
    await other.close();
    await s.close();
  });
});
