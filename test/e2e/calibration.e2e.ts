/**
 * Issue 7 (calibration) in the built app: a submitted, acquainted ranking result is taken to a
 * calibration session; the official's decision and members, the session's votes raise the score by
 * majority, signing needs the correction's reason, and the protocol prints in Russian and Kazakh.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';

const app$ = useBuiltApp();

describe('calibration session', () => {
  it('applies, decides, votes a score up by majority, signs with the reason, and prints the protocol', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /^Оценка$/);
    const quarter = await page.getByLabel('Период').locator('option:checked').innerText();
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await expect.poll(() => app.cell(5, 'name').count()).toBe(1);
    const name = await app.cell(0, 'name').innerText();
    await page.evaluate(
      async (text) => navigator.clipboard.writeText(text),
      ['3\t4\t3\t4', ...Array.from({ length: 5 }, () => '4\t4\t4\t5')].join('\r\n'),
    );
    await app.cell(0, 'p:quality').click();
    await page.keyboard.press('ControlOrMeta+v');
    await expect.poll(() => app.cell(0, 'score').innerText()).toBe('3,50 ≈');
    await app.submitPeriod();

    await app.nav(/Ознакомление/);
    await page
      .getByRole('form', { name: `Отметить ознакомление: ${name}` })
      .getByRole('button', { name: 'Отметить' })
      .click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Не ознакомлены' }).innerText()).toBe('Не ознакомлены: 5');

    await app.nav(/Калибровка/);
    await app.expectHeading(/Калибровочные сессии/);
    const apply = page.getByRole('region', { name: 'Зарегистрировать заявление' });
    await apply.getByLabel('Служащий').selectOption({ label: `${name} — Ранжирование 3,50` });
    await apply.getByLabel('Заявление').fill('Не учтён объём работы по проектам НПА');
    await apply.getByRole('button', { name: 'Зарегистрировать' }).click();
    const card = page.getByRole('region', { name: `${name} — Ранжирование, 3,50` });
    await expect.poll(() => card.innerText()).toMatch(/Заявление — до \d\d\.\d\d\.\d{4}/);
    expect(await card.innerText()).toMatch(/Сессия — до \d\d\.\d\d\.\d{4}: (в срок|срок скоро)/);

    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await card.getByLabel('Дата решения').fill(today);
    for (const member of ['Ким Ольга', 'Петров Андрей', 'Сейітова Гүлнар']) {
      await card.getByLabel('Участник', { exact: true }).fill(member);
      await card.getByRole('button', { name: 'Добавить участника' }).click();
    }
    await card.getByLabel('Дата проведения').fill(today);
    await card.getByLabel('Аргументы оценивающего лица').fill('Сроки соблюдались не всегда');
    for (const [member, vote] of [
      ['Ким Ольга', '4'],
      ['Петров Андрей', '4'],
      ['Сейітова Гүлнар', '3,5'],
    ] as const) {
      await card.getByLabel(`Голос (балл): ${member}`).fill(vote);
      await card.getByLabel(`Голос (балл): ${member}`).press('Tab');
    }
    await expect.poll(() => card.innerText()).toMatch(/Принято большинством: 4,00 \(повышение\), голосов 2 из 3\./);
    await card.getByRole('button', { name: 'Сохранить' }).click();
    await expectNoAxeViolations(page, 'calibration session');

    // Signing needs the correction's reason (004 §42).
    await card.getByRole('button', { name: 'Подписать протокол' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/Протокол пока нельзя подписать: у корректировки нет причины/);
    await app.dismissNotices();
    await card.getByLabel('Причина корректировки').fill('Подготовлено 4 проекта НПА сверх плана');
    await card.getByRole('button', { name: 'Сохранить' }).click();
    // Signed on its own date — not before the session (004 §42).
    await card.getByLabel('Дата подписания').fill(yesterday);
    await card.getByRole('button', { name: 'Подписать протокол' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/дата подписания раньше даты сессии/);
    await app.dismissNotices();
    await card.getByLabel('Дата подписания').fill(today);
    await card.getByRole('button', { name: 'Подписать протокол' }).click();
    await expect.poll(() => card.innerText()).toMatch(/Протокол подписан \d\d\.\d\d\.\d{4}/);
    expect(await card.getByLabel('Причина корректировки').isDisabled()).toBe(true);

    await card.getByRole('link', { name: 'Протокол (для печати)' }).click();
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Протокол калибровочной сессии');
    const doc = page.locator('article.document');
    await expect
      .poll(() => doc.innerText())
      .toMatch(
        /Большинством голосов участников принята итоговая оценка 4,00 \(2 из 3\); оценка скорректирована в сторону повышения\./,
      );
    expect(await doc.innerText()).toContain(name);
    expect(await doc.innerText()).toMatch(/Причина корректировки: Подготовлено 4 проекта НПА сверх плана/);
    await expectNoAxeViolations(page, 'calibration protocol (ru)');
    await doc.getByLabel('Тіл / Язык').selectOption('kk');
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Калибрлеу сессиясының хаттамасы');
    expect(await doc.innerText()).toMatch(
      /Қатысушылардың басым дауысымен 4,00 қорытынды баға қабылданды \(2 \/ 3\); бағалау жоғарылату жағына түзетілді\./,
    );
    expect(await doc.getAttribute('lang')).toBe('kk');
    await expectNoAxeViolations(page, 'calibration protocol (kk)');
    const [protocolFile] = await Promise.all([
      page.waitForEvent('download'),
      doc.getByRole('button', { name: 'Түсіру (.xlsx)' }).click(),
    ]);
    expect(protocolFile.suggestedFilename()).toMatch(/^bagalau-calibration-protocol-.+-kk\.xlsx$/);
    const protocol = XLSX.read(readFileSync((await protocolFile.path()) as string), { type: 'buffer' });
    const protocolText = XLSX.utils.sheet_to_csv(protocol.Sheets[protocol.SheetNames[0] as string] as XLSX.WorkSheet);
    expect(protocolText).toContain(name);
    expect(protocolText).toMatch(/4,00 қорытынды баға қабылданды \(2 \/ 3\)/);
    expect(XLSX.utils.sheet_to_json<string[]>(protocol.Sheets['_meta'] as XLSX.WorkSheet, { header: 1 })).toContainEqual([
      'type',
      'bagalau-calibration-protocol',
    ]);

    // The deadline board has the session's steps: done, and the protocol's posting as a reminder.
    await app.nav(/^Сроки$/);
    await page.getByLabel('Показывать выполненное').check();
    const board = page.getByRole('region', { name: /^Сроки — \d{4}$/ });
    await expect
      .poll(() => board.getByRole('row', { name: new RegExp(`Провести калибровочную сессию ${name}`) }).innerText())
      .toMatch(/выполнено \d\d\.\d\d\.\d{4}/);
    expect(
      await board.getByRole('row', { name: new RegExp(`Разместить протокол калибровочной сессии ${name}`) }).innerText(),
    ).toMatch(/напоминание[\s\S]*004 п. 42/);

    // The adopted score is the person's result now: beside the grid's score, in the year, in the dossier.
    await app.nav(/^Оценка$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await expect
      .poll(() => app.cell(0, 'final').innerText())
      .toBe('4,00 — принят калибровочной сессией; ещё не утверждён Комиссией');
    expect(await app.cell(0, 'score').innerText()).toBe('3,50 ≈');
    await app.cell(0, 'final').click();
    await expect
      .poll(() => page.getByRole('region', { name: /Почему 3,50\?/ }).innerText())
      .toMatch(/Итоговый результат 4,00: принят калибровочной сессией[\s\S]*Принято калибровочной сессией: 4,00[\s\S]*004 п. 42/);
    await expectNoAxeViolations(page, 'ranking grid with a final result');
    const q = Number(/(\d) кв\./.exec(quarter)?.[1]);
    await page.getByLabel('Период').selectOption({ label: `${quarter.slice(0, 4)} · год` });
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Годовые результаты');
    await expect.poll(() => app.rowWhere('name', name)).toBeGreaterThanOrEqual(0);
    expect(await app.cell(await app.rowWhere('name', name), `q${q}`).innerText()).toBe('4,00 †');
    expect(await page.locator('main').innerText()).toContain(
      '† — изменён подписанным протоколом калибровочной сессии или Комиссии',
    );

    // The appeal dossier, one click from the employee card: result, explanation, deadlines, trail, history.
    await app.nav(/Служащие/);
    const [surname = '', given = ''] = name.split(' ');
    await page.getByLabel('Поиск').fill(surname);
    // The quick search also finds people whose manager has that surname: take the row of the person.
    const rowOf = async () => {
      for (let i = 0; (await app.cell(i, 'surname').count()) > 0; i++) {
        if ((await app.cell(i, 'surname').innerText()) === surname && (await app.cell(i, 'name').innerText()) === given) return i;
      }
      return -1;
    };
    await expect.poll(rowOf).toBeGreaterThanOrEqual(0);
    const row = await rowOf();
    await app.cell(row, 'open').locator('a').click();
    await page.getByRole('link', { name: `Досье: ${quarter.slice(-6).trim()}` }).click();
    const dossier = page.locator('article.document');
    await expect.poll(() => page.locator('main h1').innerText()).toBe(`Досье для обжалования: ${name}, ${quarter}`);
    expect(await dossier.innerText()).toMatch(
      /Результат\s+Ранжирование: 3,50 — Выполняет функциональные обязанности надлежащим образом/,
    );
    expect(await dossier.innerText()).toMatch(/Почему 3,50\?/);
    expect(await dossier.innerText()).toMatch(
      /Калибровочная сессия\s+Принято большинством: 4,00 \(повышение\), голосов 2 из 3\. — Подготовлено 4 проекта НПА сверх плана/,
    );
    expect(await dossier.innerText()).toMatch(
      /Итоговый результат\s+4,00 — Выполняет функциональные обязанности эффективно; принят калибровочной сессией; ещё не утверждён Комиссией/,
    );
    expect(await dossier.innerText()).toMatch(/Ознакомление\s+\d\d\.\d\d\.\d{4}\s+\d\d\.\d\d\.\d{4} · в срок/);
    // The history in words: the parameter as the grid names it, the score as it shows it.
    expect(await dossier.innerText()).toMatch(
      /История изменений[\s\S]*несколько баллов сразу \(4\) — [^:\n]+: «Качество выполнения функциональных обязанностей» \(\d{4} · \d кв\.\): — → 3,00/,
    );
    expect(await dossier.innerText()).not.toMatch(/scores\.|evaluations/);
    await expectNoAxeViolations(page, 'appeal dossier');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Выгрузить досье (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bagalau-dossier-.+\.xlsx$/);
    await s.close();
  });
});
