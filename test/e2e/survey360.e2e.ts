/**
 * Issue 6, set-up (004 §§34–36) in the built app: HR opens the 360 page for the demo agency's legal
 * unit, has respondents suggested for everyone (direct manager, subordinates, close peers, the
 * self-assessment), sees the check per person, edits one person's respondents — a role changed, two
 * removed (too few), a colleague from another unit added with the role the tree gives, a duplicate
 * flagged — and finds it all after a reload.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';

const app$ = useBuiltApp();

/** The demo agency's legal unit with respondents suggested for everyone and its questionnaires issued. */
async function issuedLegalUnit() {
  const started = await AppModel.startDemo(app$().url, /^360°$/);
  const { page } = started;
  await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
  await page.getByRole('button', { name: /Предложить респондентов тем, у кого их нет/ }).click();
  const issue = page
    .getByRole('region', { name: 'Анкеты' })
    .getByRole('button', { name: /Выдать анкеты по подразделению \(\d+\)/ });
  await expect.poll(() => issue.isDisabled()).toBe(false);
  await issue.click();
  const open = page.getByRole('table', { name: 'Открытые анкеты о служащих подразделения Юридический отдел' });
  return { ...started, issue, open };
}

describe('360 set-up', () => {
  it('suggests respondents from the unit tree, checks 3–7, and takes HR’s changes', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /^360°$/);
    await app.expectHeading(/Оценка 360°: подготовка/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    const table = page.getByRole('region', { name: 'Респонденты 360° подразделения Юридический отдел' });
    await expect.poll(() => table.getByRole('row').count()).toBe(8);
    const rows = table.getByRole('row');
    // The head first (12 competencies), then the staff (8), nobody with respondents yet.
    expect(await rows.nth(1).innerText()).toMatch(/компетенций: 12/);
    expect(await rows.nth(2).innerText()).toMatch(
      /компетенций: 8\s+0 · респондентов пока нет\s+Всего 0 респондента: нужно не менее 3/,
    );
    await expectNoAxeViolations(page, '360 set-up, empty');

    await page.getByRole('button', { name: 'Предложить респондентов тем, у кого их нет (7)' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Респонденты предложены' }).innerText())
      .toMatch(/Респонденты предложены: 7 чел\./);
    // The button follows the stored set-up (a live query after the write), not the notice.
    await expect.poll(() => page.getByRole('button', { name: /Предложить респондентов/ }).isDisabled()).toBe(true);
    // The head: their manager (the chief) and their staff; every staff member: the head and peers; all in order.
    const head = await rows.nth(1).locator('th').innerText();
    expect(await rows.nth(1).innerText()).toMatch(/7 · непосредственный руководитель: .+; подчинённый: .+\s+в порядке/);
    const staff = await rows.nth(2).locator('th').innerText();
    expect(await rows.nth(2).innerText()).toMatch(new RegExp(`непосредственный руководитель: ${head}; коллега: .+\\s+в порядке`));

    // One person's respondents: HR removes four peers.
    await page.getByRole('button', { name: `Респонденты: ${staff}` }).click();
    const editor = page.getByRole('region', { name: `Респонденты: ${staff}` });
    await editor.waitFor();
    const respondents = editor.getByRole('row');
    // Header, the head, the five other staff as peers, the self-assessment.
    expect(await respondents.count()).toBe(8);
    for (let i = 0; i < 4; i++)
      await editor
        .getByRole('button', { name: /^Убрать: / })
        .nth(1)
        .click();
    await expect
      .poll(() => editor.getByRole('status').innerText())
      .toMatch(/Всего 2 респондента: нужно не менее 3 \(004 п\. 36\)\./);
    expect(await rows.nth(2).innerText()).toMatch(/Всего 2 респондента/);
    // 004 §36 is a rule: two respondents get no questionnaire.
    await page
      .getByRole('region', { name: 'Анкеты' })
      .getByRole('button', { name: /Выдать анкеты по подразделению \(\d+\)/ })
      .click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(
        new RegExp(
          `Не выданы: оценивающих должно быть не менее трёх и не более семи \\(004 п. 36\\) — ${staff}: 2, нужно не менее 3`,
        ),
      );
    await app.dismissNotices();
    // A colleague from HR, added by hand: a peer by the tree; the check is satisfied again.
    const addWho = editor.getByLabel('Добавить респондента');
    const hrPerson = await addWho.locator('optgroup[label="Отдел управления персоналом"] option').first().innerText();
    await addWho.selectOption({ label: hrPerson });
    await editor.getByRole('button', { name: 'Добавить', exact: true }).click();
    await expect.poll(() => editor.getByLabel(`Роль: ${hrPerson}`).inputValue()).toBe('peer');
    await expect.poll(() => editor.getByRole('status').count()).toBe(0);
    // The head again, as a peer this time: listed twice.
    await addWho.selectOption({ label: head });
    await editor.getByRole('button', { name: 'Добавить', exact: true }).click();
    await expect.poll(() => editor.getByRole('status').innerText()).toMatch(new RegExp(`${head} указан дважды\\.`));
    await editor.getByLabel(`Роль: ${hrPerson}`).selectOption('subordinate');
    await expectNoAxeViolations(page, '360 set-up, one person’s respondents');

    // Stored: after a reload the same set and role.
    await page.reload();
    await page.locator('main h1').waitFor();
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await page.getByRole('button', { name: `Респонденты: ${staff}` }).click();
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: `Респонденты: ${staff}` })
          .getByLabel(`Роль: ${hrPerson}`)
          .inputValue(),
      )
      .toBe('subordinate');
    expect(
      await page
        .getByRole('region', { name: `Респонденты: ${staff}` })
        .getByRole('status')
        .innerText(),
    ).toMatch(/указан дважды/);
    await s.close();
  });

  it('issues questionnaires with a code per respondent; respondent mode seals the answers and returns to a neutral page', async () => {
    const { s, app, page, issue, open } = await issuedLegalUnit();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Выдано анкет' }).innerText())
      .toMatch(/Выдано анкет: \d+\./);
    // The button follows the stored set-up, which the live query brings a moment after the notice.
    await expect.poll(() => issue.isDisabled()).toBe(true);
    await open.waitFor();
    // A staff member's questionnaire: themself and the colleagues they rate.
    const rows = open.getByRole('row');
    const first = rows.nth(1);
    const respondent = await first.locator('th').innerText();
    const code = await first.locator('td.code').innerText();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await expectNoAxeViolations(page, '360 questionnaires issued');

    await first.getByRole('link', { name: `Режим респондента: ${respondent}` }).click();
    await app.expectHeading(/Анкета 360°/);
    // Respondent mode: nothing of the agency within reach.
    expect(await page.getByRole('navigation', { name: 'Основное меню' }).count()).toBe(0);
    expect(await page.getByLabel('Государственный орган', { exact: true }).count()).toBe(0);
    const groups = page.getByRole('radiogroup');
    // The questions come with the questionnaire's record, a moment after the heading.
    await expect.poll(() => groups.count()).toBeGreaterThanOrEqual(8);
    const count = await groups.count();
    expect(await page.getByRole('group', { name: /Ваша самооценка/ }).count()).toBe(1);
    // All but one answered: refused with what is missing.
    for (let i = 1; i < count; i++) await groups.nth(i).getByRole('radio', { name: '4' }).check();
    await page.getByRole('button', { name: 'Отправить и запечатать' }).click();
    await expect.poll(() => page.locator('main').getByRole('alert').innerText()).toMatch(/Не отвечено: 1\./);
    await expectNoAxeViolations(page, 'respondent mode, a questionnaire');
    await groups.nth(0).getByRole('radio', { name: '5' }).check();
    await page.getByRole('button', { name: 'Отправить и запечатать' }).click();
    await expect.poll(() => page.locator('main').getByRole('status').innerText()).toMatch(/Спасибо: ответы запечатаны/);
    // Neutral: no question, no name, no score on the screen.
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain(respondent);
    await expectNoAxeViolations(page, 'respondent mode, sealed');
    // The same code again: nothing open.
    await page.getByLabel('Код анкеты').fill(code.toLowerCase().replace('-', ''));
    await page.getByRole('button', { name: 'Открыть анкету' }).click();
    await expect
      .poll(() => page.locator('main').getByRole('alert').innerText())
      .toMatch(new RegExp(`Открытой анкеты с кодом ${code} нет`));

    // A kiosk: no link out; Back and a typed address lead back to the questionnaire, never to the codes.
    expect(await page.getByRole('link', { name: 'Выйти из режима респондента (служба персонала)' }).count()).toBe(0);
    expect(await page.getByRole('note').innerText()).toMatch(/только анкеты, пока её не закроют/);
    await page.goBack();
    await expect.poll(() => page.locator('main h1').innerText()).toMatch(/Анкета 360°/);
    const hrUrl = page.url().replace(/#.*$/, '#/survey360');
    await page.goto(hrUrl);
    await expect.poll(() => page.locator('main h1').innerText()).toMatch(/Анкета 360°/);
    expect(await page.getByRole('region', { name: 'Анкеты' }).count()).toBe(0);

    // HR, in another tab: the respondent's questionnaire is gone from the open list; the people rated count one answer each.
    const hr = await s.context.newPage();
    await hr.goto(hrUrl);
    await hr.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await expect.poll(() => hr.getByRole('region', { name: 'Анкеты' }).innerText()).not.toContain(code);
    const table = hr.getByRole('region', { name: 'Респонденты 360° подразделения Юридический отдел' });
    await expect
      .poll(() =>
        table
          .getByRole('row')
          .filter({ has: hr.getByRole('rowheader', { name: respondent, exact: true }) })
          .innerText(),
      )
      .toMatch(/1 из \d+/);
    await hr.close();
    await s.close();
  });

  it('questionnaires go out as workbooks and come back filled: no result while the round is open; closed by HR, three answers show the result, a report with its radar chart and feedback', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bagalau-360-'));
    const { s, app, page, open } = await issuedLegalUnit();
    await open.waitFor();
    // The person to look at: the first staff member; three of the colleagues who rate them.
    const setupTable = page.getByRole('region', { name: 'Респонденты 360° подразделения Юридический отдел' });
    const target = await setupTable.getByRole('row').nth(2).locator('th').innerText();
    const raters: string[] = [];
    for (const row of await open.locator('tbody tr').all()) {
      const who = await row.locator('th').innerText();
      if (who !== target && (await row.locator('td').nth(1).innerText()).includes(target)) raters.push(who);
    }
    expect(raters.length).toBeGreaterThanOrEqual(3);
    // Each respondent's workbook, filled as they would in a spreadsheet: every answer cell, one score per file.
    const files: string[] = [];
    for (const [i, who] of raters.slice(0, 3).entries()) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Анкета (.xlsx): ${who}` }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^bagalau-360-\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-ru\.xlsx$/);
      const wb = XLSX.read(readFileSync((await download.path()) as string));
      expect(XLSX.utils.sheet_to_csv(wb.Sheets['Обложка'] as XLSX.WorkSheet)).toContain(`Кому: ${who}`);
      const ws = wb.Sheets['Ответы'] as XLSX.WorkSheet;
      // The answer part names the people rated, never the respondent.
      expect(XLSX.utils.sheet_to_csv(ws)).not.toContain(who);
      const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
      rows.forEach((r, n) => {
        if (typeof r[0] === 'number') XLSX.utils.sheet_add_aoa(ws, [[3 + i]], { origin: `E${n + 1}` });
      });
      const path = join(dir, `filled-${i}.xlsx`);
      writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
      files.push(path);
    }
    await expectNoAxeViolations(page, '360 questionnaires to download');

    const panel = page.getByRole('region', { name: 'Загрузка заполненных анкет' });
    const input = panel.locator('input[type=file]');
    await input.setInputFiles(files.slice(0, 2));
    const preview = panel.getByRole('table', { name: 'Что будет загружено' });
    await expect
      .poll(() => preview.getByRole('row').filter({ hasText: 'новый ответ — будет запечатан' }).count())
      .toBeGreaterThanOrEqual(2);
    // The preview never shows a score.
    expect(await preview.innerText()).not.toMatch(/\b[34]\b/);
    await expectNoAxeViolations(page, '360 answers preview');
    await panel.getByRole('button', { name: /Загрузить ответы \(\d+\)/ }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Запечатано ответов' }).innerText())
      .toMatch(/Запечатано ответов: \d+\./);

    // The round is open: no result shows anywhere — not even suppressed cells — so no running mean
    // can be differenced to one respondent's answers (issue 20).
    await page.getByRole('link', { name: 'Результаты 360° (сетка компетенций, отчёты)' }).click();
    await app.expectHeading(/Оценка 360°: результаты/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'закроет раунд' }).innerText())
      .toMatch(/показываются, когда HR закроет раунд/);
    const grid = page.getByRole('region', { name: /Компетенции подразделения Юридический отдел/ });
    expect(await grid.count()).toBe(0);
    await expectNoAxeViolations(page, '360 results, round open');

    // The third questionnaire: the result shows, 3 + 4 + 5 → 4,00 from three answers.
    await page.getByRole('link', { name: 'К подготовке 360° (респонденты и анкеты)' }).click();
    await page
      .getByRole('region', { name: 'Загрузка заполненных анкет' })
      .locator('input[type=file]')
      .setInputFiles(files[2] ?? '');
    await page
      .getByRole('region', { name: 'Загрузка заполненных анкет' })
      .getByRole('button', { name: /Загрузить ответы/ })
      .click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Запечатано ответов' }).innerText())
      .toMatch(/Запечатано ответов: \d+/);
    // Re-import: nothing changes — a sealed answer is a ballot no questionnaire can find again (issue 20 §2).
    await page
      .getByRole('region', { name: 'Загрузка заполненных анкет' })
      .locator('input[type=file]')
      .setInputFiles(files[2] ?? '');
    const again = page
      .getByRole('region', { name: 'Загрузка заполненных анкет' })
      .getByRole('table', { name: 'Что будет загружено' });
    await expect.poll(() => again.innerText()).toMatch(/ответ уже получен — запечатанный ответ не меняется/);
    expect(await again.innerText()).not.toMatch(/новый ответ/);
    expect(await page.getByRole('button', { name: 'Загрузить ответы (0)' }).isDisabled()).toBe(true);

    // HR closes the round: the questionnaires not returned are withdrawn, the results show.
    await page.getByRole('button', { name: 'Закрыть раунд и показать результаты' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Закрыть раунд и показать результаты' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Раунд закрыт' }).innerText()).toMatch(/ответов \d+/);
    await page.getByRole('link', { name: 'Результаты 360° (сетка компетенций, отчёты)' }).click();
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    const targetRow = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: target, exact: true }) });
    await expect.poll(() => targetRow.innerText()).toMatch(/4,00\s+ответов: 3/);
    expect(await targetRow.innerText()).not.toMatch(/менее 3 ответов/);
    await expect
      .poll(() => page.getByRole('region', { name: 'Темы обучения по государственному органу' }).getByRole('row').count())
      .toBeGreaterThan(1);
    expect(await page.getByRole('region', { name: 'Темы обучения по государственному органу' }).innerText()).toContain(
      'Потребности в обучении: 3 наименее выраженные компетенции (004 п. 37).',
    );
    await expectNoAxeViolations(page, '360 results, shown');

    await targetRow.getByRole('link', { name: `Отчёт: ${target}` }).click();
    await app.expectHeading(/Индивидуальный отчёт/);
    const radar = page.getByRole('img', { name: /Оценка других и самооценка/ });
    await radar.waitFor();
    await expect.poll(() => radar.evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(0);
    expect(await page.locator('article table').innerText()).toMatch(/4,00\s+3/);
    expect(await page.locator('article').innerText()).toMatch(/Зоны развития/);
    await page.getByLabel('Дата встречи').fill('2027-01-20');
    await page.getByLabel('Что обсуждалось').fill('Итоги оценки 360');
    await page.getByLabel('Согласованные меры развития').fill('Курс «Управление изменениями»');
    await page.getByRole('button', { name: 'Сохранить обратную связь' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Обратная связь сохранена' }).count()).toBe(1);
    await expectNoAxeViolations(page, '360 individual report');
    await page.reload();
    await expect.poll(() => page.getByLabel('Согласованные меры развития').inputValue()).toBe('Курс «Управление изменениями»');
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Выгрузить (.xlsx)' }).click(),
    ]);
    const sheet = XLSX.utils.sheet_to_csv(
      XLSX.read(readFileSync((await report.path()) as string)).Sheets['Отчёт'] as XLSX.WorkSheet,
    );
    expect(sheet).toContain('Курс «Управление изменениями»');
    expect(sheet).toMatch(/4,00|4\.00|,4,3,/);
    rmSync(dir, { recursive: true, force: true });
    await s.close();
  });

  it('prints a paper questionnaire for an open code', async () => {
    const { s, app, page, open } = await issuedLegalUnit();
    const first = open.getByRole('row').nth(1);
    const who = await first.locator('th').innerText();
    await first.getByRole('link', { name: `Бумажная анкета: ${who}` }).click();
    await app.expectHeading(/Анкета оценки методом 360/);
    expect(await page.locator('article').innerText()).toContain(`Кому: ${who}`);
    expect(await page.locator('article table').count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page, '360 paper questionnaire');
    await s.close();
  });
});
