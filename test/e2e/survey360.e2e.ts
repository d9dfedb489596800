/**
 * Issue 6, set-up (004 §§34–36) in the built app: HR opens the 360 page for the demo agency's legal
 * unit, has respondents suggested for everyone (direct manager, subordinates, close peers, the
 * self-assessment), sees the check per person, edits one person's respondents — a role changed, two
 * removed (too few), a colleague from another unit added with the role the tree gives, a duplicate
 * flagged — and finds it all after a reload.
 */
import { describe, expect, it } from 'vitest';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp } from './harness';

const app$ = useBuiltApp();

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
    expect(await rows.nth(2).innerText()).toMatch(/компетенций: 8\s+0 · респондентов пока нет\s+Всего 0 респондента: нужно не менее 3/);
    await expectNoAxeViolations(page, '360 set-up, empty');

    await page.getByRole('button', { name: 'Предложить респондентов тем, у кого их нет (7)' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Респонденты предложены' }).innerText()).toMatch(/Респонденты предложены: 7 чел\./);
    expect(await page.getByRole('button', { name: /Предложить респондентов/ }).isDisabled()).toBe(true);
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
    for (let i = 0; i < 4; i++) await editor.getByRole('button', { name: /^Убрать: / }).nth(1).click();
    await expect.poll(() => editor.getByRole('status').innerText()).toMatch(/Всего 2 респондента: нужно не менее 3 \(004 п\. 36\)\./);
    expect(await rows.nth(2).innerText()).toMatch(/Всего 2 респондента/);
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
    await expect.poll(() => page.getByRole('region', { name: `Респонденты: ${staff}` }).getByLabel(`Роль: ${hrPerson}`).inputValue()).toBe('subordinate');
    expect(await page.getByRole('region', { name: `Респонденты: ${staff}` }).getByRole('status').innerText()).toMatch(/указан дважды/);
    await s.close();
  });

  it('issues questionnaires with a code per respondent; respondent mode seals the answers and returns to a neutral page', async () => {
    const { s, app, page } = await AppModel.startDemo(app$().url, /^360°$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await page.getByRole('button', { name: /Предложить респондентов тем, у кого их нет/ }).click();
    const questionnaires = page.getByRole('region', { name: 'Анкеты' });
    const issue = questionnaires.getByRole('button', { name: /Выдать анкеты по подразделению \(\d+\)/ });
    await expect.poll(() => issue.isDisabled()).toBe(false);
    await issue.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Выдано анкет' }).innerText()).toMatch(/Выдано анкет: \d+\./);
    expect(await issue.isDisabled()).toBe(true);
    const open = questionnaires.getByRole('table', { name: 'Открытые анкеты о служащих подразделения Юридический отдел' });
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
    const groups = page.getByRole('radiogroup');
    const count = await groups.count();
    expect(count).toBeGreaterThanOrEqual(8);
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
    await expect.poll(() => page.locator('main').getByRole('alert').innerText()).toMatch(new RegExp(`Открытой анкеты с кодом ${code} нет`));

    // HR: the respondent's questionnaire is gone from the open list; the people rated count one answer each.
    await page.getByRole('link', { name: 'Выйти из режима респондента (служба персонала)' }).click();
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await expect.poll(() => page.getByRole('region', { name: 'Анкеты' }).innerText()).not.toContain(code);
    const table = page.getByRole('region', { name: 'Респонденты 360° подразделения Юридический отдел' });
    await expect.poll(() => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: respondent, exact: true }) }).innerText()).toMatch(/1 из \d+/);
    await s.close();
  });
});
