/**
 * Issue 17 in the built app, the 2017 points model's year (002 §§28–36, 43): in January the HR
 * officer assesses the work plans of a unit, submits the unit's year (recording why the others are
 * not evaluated), the Commission decides the annual results in an annual sitting — everyone approved
 * at once, one result corrected on the annual scale — and signs (002 has no approval); the protocol
 * says «бағалау түрі: жылдық»; the year's grid shows the Commission's result; the annual results are
 * acquainted; the person whose year calls for training is sent within three months, on the board.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp, type Session } from './harness';

const app$ = useBuiltApp();
const day = (iso: string) => new Date(`${iso}T10:00:00+05:00`);

let s: Session;
let app: AppModel;
let page: Page;
/** The two people of the Legal department whose plans are assessed: the first revised, the second sent to training. */
let revised = '';
let trained = '';

const status = () => page.locator('main').innerText();
const pickYear = async () => {
  await page.getByLabel('Период').selectOption({ label: '2026 · год' });
};

describe('the annual results before the Commission (002 §§28–36, 43)', () => {
  beforeAll(async () => {
    ({ s, app, page } = await AppModel.startDemo(app$().url, undefined, { today: day('2027-01-11') }));
  });
  afterAll(async () => {
    await s.close();
  });

  it('002 §§30–32: the work plans are assessed and the unit’s year is submitted, the others recorded with the reason', async () => {
    await app.useProfile('Министерство юстиции 2017 (балльная модель)');
    await app.nav(/^Баллы$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await pickYear();
    await expect.poll(() => app.cell(0, 'name').count()).toBe(1);
    const names = await app.columnTexts('name');
    [revised = '', trained = ''] = names;
    // The first's plan achieved (3,5 — satisfactory), the second's not (2,5 — unsatisfactory).
    for (const [name, result, annual] of [
      [revised, 'achieved', '3,5 ≈'],
      [trained, 'notAchieved', '2,5 ≈'],
    ] as const) {
      await app.cell(await app.rowWhere('name', name), 'name').click();
      const targets = page.getByRole('region', { name: new RegExp(`^Целевые показатели плана: ${name}`) });
      await targets.getByRole('button', { name: 'Добавить целевой показатель' }).click();
      await targets.getByLabel('Целевой показатель, Целевой показатель 1').fill('Подготовка правовых заключений');
      await targets.getByLabel('Целевой показатель, Целевой показатель 1').press('Enter');
      // 002 §§28–29: the servant's self-assessment beside the manager's, who decides the result.
      await targets.getByLabel('Самооценка служащего, Целевой показатель 1').selectOption('exceeded');
      await targets.getByLabel('Оценка руководителя, Целевой показатель 1').selectOption(result);
      await expect.poll(async () => app.cell(await app.rowWhere('name', name), 'annual').innerText()).toBe(annual);
      // 002 Appendix 1: half of the targets measurable — a warning until this one is; the expected results.
      await expect.poll(() => targets.innerText()).toMatch(/Измеримых целевых показателей 0 из 1/);
      await targets.getByLabel('Измеримый, Целевой показатель 1').check();
      await expect.poll(() => targets.innerText()).not.toMatch(/Измеримых целевых показателей/);
      await targets.getByLabel('Ожидаемые результаты, Целевой показатель 1').fill('не менее 40 заключений в год');
      await targets.getByLabel('Ожидаемые результаты, Целевой показатель 1').press('Enter');
    }
    // The plan as 002 Appendix 1 prints it, in Russian and Kazakh.
    await page.getByRole('link', { name: 'Индивидуальный план работы (прил. 1)' }).click();
    const form = page.locator('article.official-form');
    await expect.poll(() => form.innerText()).toMatch(/Целевые показатели\*\s+Ожидаемые результаты/);
    expect(await form.innerText()).toMatch(/Подготовка правовых заключений\s+не менее 40 заключений в год/);
    expect(await form.innerText()).not.toMatch(/УТВЕРЖДАЮ/);
    await expectNoAxeViolations(page, '2017 work plan (ru)');
    await form.getByLabel('Тіл / Язык').selectOption('kk');
    await expect.poll(() => form.innerText()).toMatch(/Нысаналы көрсеткіштер\*\s+Күтілетін нәтижелер/);
    expect(await form.innerText()).toMatch(/олардың жартысы өлшемді болуға тиіс/);
    await page.getByRole('link', { name: 'Оралу' }).click();
    await expect.poll(() => page.getByLabel('Период').locator('option:checked').innerText()).toBe('2026 · год');
    // 002 Appendix 4: the annual sheet — the self-assessment (5) beside the manager's (2).
    await expect.poll(() => app.rowWhere('name', trained)).toBeGreaterThanOrEqual(0);
    await app.cell(await app.rowWhere('name', trained), 'name').click();
    await page.getByRole('link', { name: 'Оценочный лист за год (прил. 4)' }).click();
    await expect.poll(() => form.innerText()).toMatch(/Результаты самооценки служащего\s+Результаты оценки руководителя/);
    expect(await form.innerText()).toMatch(/Подготовка правовых заключений\s+от 2 до 5\s+5\s+2/);
    await expectNoAxeViolations(page, '2017 annual sheet (ru)');
    await form.getByLabel('Тіл / Язык').selectOption('kk');
    await expect.poll(() => form.innerText()).toMatch(/Қызметшінің өзін-өзі бағалау нәтижелері/);
    await page.getByRole('link', { name: 'Оралу' }).click();
    await expect.poll(() => page.getByLabel('Период').locator('option:checked').innerText()).toBe('2026 · год');
    // 002 §31: the servant confirms the agreed annual sheet by signing; the form carries the day.
    await expect.poll(() => app.rowWhere('name', trained)).toBeGreaterThanOrEqual(0);
    await app.cell(await app.rowWhere('name', trained), 'name').click();
    const agreeYear = page.getByRole('form', { name: 'Согласование непосредственным руководителем' });
    expect(await agreeYear.innerText()).toMatch(/на предмет достоверности представленных сведений.*\(002 п. 29\)/);
    await agreeYear.getByRole('button', { name: 'Записать согласование' }).click();
    await expect.poll(() => agreeYear.innerText()).toMatch(/согласовал лист 11\.01\.2027\./);
    const signYear = page.getByRole('form', { name: 'Подпись служащего на согласованном листе' });
    await signYear.getByRole('button', { name: 'Записать' }).click();
    await expect.poll(() => signYear.innerText()).toMatch(/Служащий подписал лист 11\.01\.2027\./);
    await page.getByRole('link', { name: 'Оценочный лист за год (прил. 4)' }).click();
    await expect
      .poll(() => form.locator('.form-signatures').innerText())
      .toMatch(/Служащий[\s\S]*дата 11\.01\.2027[\s\S]*дата 11\.01\.2027/);
    await page.getByRole('link', { name: 'Назад' }).click();
    await expect.poll(() => page.getByLabel('Период').locator('option:checked').innerText()).toBe('2026 · год');
    expect(await page.locator('main').innerText()).toMatch(/Комиссия рассматривает и годовые результаты \(002 п. 35\)/);
    await page.getByRole('button', { name: 'Сдать и закрыть' }).click();
    const panel = page.getByRole('form', { name: `Без полного результата: ${names.length - 2}` });
    await expect
      .poll(() => panel.innerText())
      .toMatch(new RegExp(`${names[2]}\\s+не все цели индивидуального плана работы оценены`));
    await expectNoAxeViolations(page, 'points year: submission');
    for (const input of await panel.getByRole('textbox').all()) await input.fill('Индивидуальный план работы не составлялся');
    await panel.getByRole('button', { name: 'Сдать с указанными причинами' }).click();
    await expect.poll(status).toMatch(/Не оценены \(с указанием причин\): \d+\./);
  });

  it('002 §35: an annual sitting approves everyone at once and corrects one result on the annual scale; signed, it is final', async () => {
    await page.clock.setFixedTime(day('2027-01-20'));
    await app.nav(/^Комиссия$/);
    await pickYear();
    await page.getByLabel('Приказ №').fill('3');
    await page.getByLabel('Дата приказа').fill('2027-01-05');
    await page.getByLabel('Дата заседания').fill('2027-01-20');
    const seats: [string, string][] = [
      ['Сабитов Арман', 'председатель'],
      ['Ли Елена', 'член'],
      ['Оспанов Данияр', 'член'],
      ['Ким Ольга', 'секретарь (без голоса)'],
    ];
    for (const [name, role] of seats) {
      await page.getByLabel('Член Комиссии', { exact: true }).fill(name);
      await page.getByLabel('Роль', { exact: true }).selectOption({ label: role });
      await page.getByRole('button', { name: 'Добавить в состав' }).click();
      await page.getByLabel(`Присутствует: ${name}`).check();
    }
    const region = page.getByRole('region', { name: /^Рассматриваемые результаты — 2026 · год$/ });
    await expect
      .poll(() => region.getByRole('rowheader').allInnerTexts())
      .toEqual([revised, trained].sort((a, b) => a.localeCompare(b, 'ru')));
    expect(await region.getByRole('row', { name: new RegExp(revised) }).innerText()).toMatch(/Баллы 3,5 — Удовлетворительно/);
    await page.getByRole('button', { name: /^Все присутствующие — «утвердить» по 2 результатам без голосов$/ }).click();
    for (const voter of ['Сабитов Арман', 'Ли Елена']) await page.getByLabel(`${voter}: ${revised}`).selectOption('revise');
    // The annual result has one decimal (002 §33): 4,55 is refused, 4,5 taken.
    const corrected = page.getByLabel(`Корректировка Комиссией: ${revised}`);
    await corrected.fill('4,55');
    await corrected.press('Tab');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/Годовая оценка — с одним знаком после запятой \(указано 4,55\)/);
    await app.dismissNotices();
    await corrected.fill('4,5');
    await corrected.press('Tab');
    await page.getByLabel(`Пояснение: ${revised}`).fill('План перевыполнен, заключения подготовлены досрочно');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expectNoAxeViolations(page, 'commission: annual sitting');
    await page.getByLabel('Дата подписания').fill('2027-01-20');
    await page.getByRole('button', { name: 'Подписать протокол' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Подписать протокол' }).click();
    await expect.poll(status).toMatch(/Протокол подписан 20\.01\.2027\./);
    // 002 §35: no approval — the signed decision is final.
    expect(await page.getByRole('button', { name: 'Записать утверждение' }).count()).toBe(0);
    expect(await status()).toMatch(/Подписанное решение Комиссии окончательно/);

    await page.getByRole('link', { name: 'Протокол (для печати)' }).click();
    const doc = page.locator('article.document');
    await expect.poll(() => doc.innerText()).toMatch(/Вид оценки\s+годовая/);
    expect(await doc.innerText()).not.toMatch(/УТВЕРЖДАЮ/);
    expect(await doc.innerText()).toMatch(/Оцениваемый период\s+2026 год/);
    // 002 §33's words for the grade.
    expect(await doc.innerText()).toMatch(new RegExp(`${revised}\\s+3,5 — удовлетворительно\\s+4,5 — План перевыполнен`));
    await doc.getByLabel('Тіл / Язык').selectOption('kk');
    await expect.poll(() => doc.innerText()).toMatch(/Бағалау түрі\s+жылдық/);
    expect(await doc.innerText()).toMatch(/Бағаланатын кезең\s+2026 жыл/);
    await expectNoAxeViolations(page, 'annual protocol (kk)');
  });

  it('the year’s grid shows the Commission’s result; the annual results are acquainted (002 §36)', async () => {
    await app.nav(/^Баллы$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await pickYear();
    await expect.poll(async () => app.cell(await app.rowWhere('name', revised), 'final').innerText()).toMatch(/^4,5 — /);
    const at = await app.rowWhere('name', revised);
    expect(await app.cell(at, 'annual').innerText()).toBe('4,5 ≈');
    expect(await app.cell(at, 'grade').innerText()).toBe('Эффективно');
    expect(await app.cell(at, 'consequences').innerText()).toBe('основание для бонуса');

    await app.nav(/Ознакомление/);
    await pickYear();
    const board = page.getByRole('region', { name: /^Ознакомление с результатами — 2026 · год$/ });
    const row = (name: string) => board.getByRole('row', { name: new RegExp(name) });
    await expect.poll(() => row(revised).innerText()).toMatch(/Баллы 4,5 — Эффективно[\s\S]*20\.01\.2027\s+22\.01\.2027/);
    await page
      .getByRole('form', { name: `Отметить ознакомление: ${revised}` })
      .getByRole('button', { name: 'Отметить' })
      .click();
    await expect.poll(() => row(revised).innerText()).toMatch(/20\.01\.2027, в письменной форме, под подпись/);
    await expectNoAxeViolations(page, 'familiarisation with the annual results');
  });

  it('002 §43: an unsatisfactory year sends the person to training within three months — on the board, recorded on the year', async () => {
    await app.nav(/^Сроки$/);
    await page.getByRole('combobox', { name: 'Год' }).selectOption('2026');
    const board = page.getByRole('region', { name: /^Сроки — 2026$/ });
    const item = board.getByRole('row', { name: new RegExp(`Направить на обучение \\(повышение квалификации\\): ${trained}`) });
    await expect.poll(() => item.innerText()).toMatch(/20\.04\.2027[\s\S]*002 п. 43/);
    await item.getByRole('link').click();
    await expect.poll(() => page.getByLabel('Период').locator('option:checked').innerText()).toBe('2026 · год');
    await app.cell(await app.rowWhere('name', trained), 'name').click();
    const training = page.getByRole('region', { name: `Обучение: ${trained}` });
    await expect
      .poll(() => training.innerText())
      .toMatch(/в течение 3 месяцев после утверждения Комиссией результатов годовой оценки — до 20\.04\.2027/);
    await training.getByLabel('Дата направления на обучение').fill('2027-01-19');
    await training.getByRole('button', { name: 'Записать' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/после решения Комиссии от 20\.01\.2027/);
    await app.dismissNotices();
    await training.getByLabel('Дата направления на обучение').fill('2027-01-20');
    await training.getByRole('button', { name: 'Записать' }).click();
    await expect.poll(() => training.innerText()).toMatch(/Направлен 20\.01\.2027\./);
    await expectNoAxeViolations(page, 'points year: training');

    await app.nav(/^Сроки$/);
    await page.getByRole('combobox', { name: 'Год' }).selectOption('2026');
    await page.getByLabel('Показывать выполненное').check();
    await expect.poll(() => item.innerText()).toMatch(/выполнено 20\.01\.2027/);
    // 002 §32: the year computed no later than five working days before the sitting of 20 January.
    await expect
      .poll(() =>
        board.getByRole('row', { name: new RegExp(`Рассчитать годовую оценку до заседания Комиссии: ${revised}`) }).innerText(),
      )
      .toMatch(/13\.01\.2027[\s\S]*выполнено 11\.01\.2027[\s\S]*002 п. 32/);
  });
});
