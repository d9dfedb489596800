/**
 * Issue 18 in the built app: one Justice 2017 agency runs a whole year of the points model for one
 * servant, the clock moving with it — the work plan drawn up in January (002 §10, Appendix 1), four
 * quarters each with an incentive recorded by the manager, the servant's self-assessment beside it,
 * the manager's agreement and the servant's signature — one refused, with its act (002 §§23–25,
 * Appendix 3) — then in January the annual sheet (§§28–31, Appendix 4), the year computed and
 * submitted (§32), decided by the Commission in an annual sitting (§35, Appendix 5) and its
 * consequence (§42). Every form is printed in Russian and in Kazakh.
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
let name = '';

const form = () => page.locator('article.official-form');
const back = async () => {
  await page.getByRole('link', { name: 'Оралу' }).click();
  await page.locator('.ag-row').first().waitFor();
};
const pick = async (period: string) => {
  await page.getByLabel('Период').selectOption({ label: period });
  await expect.poll(async () => app.rowWhere('name', name)).toBeGreaterThanOrEqual(0);
  await app.cell(await app.rowWhere('name', name), 'name').click();
};

describe('a Justice 2017 agency’s whole year (002 §§10–43)', () => {
  beforeAll(async () => {
    ({ s, app, page } = await AppModel.startDemo(app$().url, undefined, { today: day('2026-01-09') }));
  });
  afterAll(async () => {
    await s.close();
  });

  it('002 §§10–12, Appendix 1: the work plan is drawn up by 10 January, half of its targets measurable, printed in ru and kk', async () => {
    await app.useProfile('Министерство юстиции 2017 (балльная модель)');
    await app.nav(/^Баллы$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await page.getByLabel('Период').selectOption({ label: '2026 · год' });
    await expect.poll(() => app.cell(1, 'name').count()).toBe(1);
    name = await app.cell(1, 'name').innerText();
    await app.cell(1, 'name').click();
    const targets = page.getByRole('region', { name: new RegExp(`^Целевые показатели плана: ${name}`) });
    await targets.getByRole('button', { name: 'Добавить целевой показатель' }).click();
    const target = (field: string) => targets.getByLabel(`${field}, Целевой показатель 1`);
    await target('Целевой показатель').fill('Правовая экспертиза проектов актов');
    await target('Целевой показатель').press('Enter');
    await target('Измеримый').check();
    await target('Ожидаемые результаты').fill('не менее 60 заключений');
    await target('Ожидаемые результаты').press('Enter');
    await expect.poll(() => targets.innerText()).not.toMatch(/Измеримых целевых показателей/);
    await page.getByRole('link', { name: 'Индивидуальный план работы (прил. 1)' }).click();
    await expect.poll(() => form().innerText()).toMatch(/Правовая экспертиза проектов актов\s+не менее 60 заключений/);
    expect(await form().innerText()).toMatch(/Приложение 1/);
    await form().getByLabel('Тіл / Язык').selectOption('kk');
    await expect.poll(() => form().innerText()).toMatch(/1-қосымша/);
    expect(await form().innerText()).toMatch(/Нысаналы көрсеткіштер\*\s+Күтілетін нәтижелер/);
    await expectNoAxeViolations(page, 'year: work plan (kk)');
    await back();
  });

  it('002 §§23–26: four quarters — the manager’s incentive, the servant’s self-assessment, agreement and signature; the second refused with an act', async () => {
    const quarters = [
      ['2026 · 1 кв.', '2026-04-03'],
      ['2026 · 2 кв.', '2026-07-03'],
      ['2026 · 3 кв.', '2026-10-05'],
      // 002 §3: the fourth quarter by 10 December.
      ['2026 · 4 кв.', '2026-12-04'],
    ] as const;
    for (const [n, [period, today]] of quarters.entries()) {
      await page.clock.setFixedTime(day(today));
      await pick(period);
      const entries = page.getByRole('region', { name: `Записи: ${name}` });
      await entries.getByRole('button', { name: 'Добавить вид деятельности' }).click();
      await expect.poll(async () => app.cell(await app.rowWhere('name', name), 'points').innerText()).toBe('105 ≈');
      const self = page.getByRole('form', { name: 'Самооценка служащего (прил. 3)' });
      await self
        .getByLabel('Сведения о поощряемых показателях и видах деятельности — по самооценке служащего')
        .fill(`Поручения министерства исполнены в срок, квартал ${n + 1}`);
      await self.getByLabel('Результат самооценки (баллы)').fill('106');
      await self.getByLabel('Результат самооценки (баллы)').press('Tab');
      await self.getByRole('button', { name: 'Записать самооценку' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Самооценка записана' }).count()).toBeGreaterThan(0);
      await app.dismissNotices();
      const agree = page.getByRole('form', { name: 'Согласование непосредственным руководителем' });
      await agree.getByRole('button', { name: 'Записать согласование' }).click();
      await expect.poll(() => agree.innerText()).toMatch(/Непосредственный руководитель согласовал лист/);
      const sign = page.getByRole('form', { name: 'Подпись служащего на согласованном листе' });
      if (n === 1) {
        await sign.getByLabel('Отказался подписать (составлен акт)').check();
        await sign
          .getByLabel('Акт об отказе: номер, дата, кто составил')
          .fill('Акт № 2 от 03.07.2026, кадровая служба и руководитель');
      }
      await sign.getByRole('button', { name: 'Записать' }).click();
      await expect
        .poll(() => sign.innerText())
        .toMatch(n === 1 ? /отказался подписать лист 03\.07\.2026; акт: Акт № 2/ : /подписал лист/);
      await app.dismissNotices();
    }
    await expectNoAxeViolations(page, 'year: the fourth quarter agreed and signed');
    // Appendix 3 of the refused quarter: both assessments, the act, the manager's day of agreement.
    await page.clock.setFixedTime(day('2026-12-07'));
    await pick('2026 · 2 кв.');
    await page.getByRole('link', { name: 'Оценочный лист (прил. 3)' }).click();
    await expect.poll(() => form().innerText()).toMatch(/Результат самооценки:?\s+106/);
    expect(await form().innerText()).toMatch(/Поручения министерства исполнены в срок, квартал 2/);
    expect(await form().innerText()).toMatch(/отказался подписать, акт: Акт № 2/);
    expect(await form().innerText()).toMatch(/Результат оценки:?\s+105/);
    expect(await form().locator('.form-signatures').innerText()).toMatch(/Непосредственный руководитель[\s\S]*дата 03\.07\.2026/);
    await form().getByLabel('Тіл / Язык').selectOption('kk');
    await expect.poll(() => form().innerText()).toMatch(/Өзін-өзі бағалау нәтижесі:?\s+106/);
    await expectNoAxeViolations(page, 'year: quarter sheet with a refusal (kk)');
    await back();
  });

  it('002 §§28–32, Appendix 4: in January the annual sheet is assessed, agreed and signed, the year computed and submitted', async () => {
    await page.clock.setFixedTime(day('2027-01-11'));
    await pick('2026 · год');
    const targets = page.getByRole('region', { name: new RegExp(`^Целевые показатели плана: ${name}`) });
    await targets.getByLabel('Самооценка служащего, Целевой показатель 1').selectOption('exceeded');
    await targets.getByLabel('Оценка руководителя, Целевой показатель 1').selectOption('exceeded');
    // Quarters at 105 («удовлетворительно», 3) and the plan exceeded (5): (3 + 5) / 2 = 4,0.
    const at = async () => app.rowWhere('name', name);
    await expect.poll(async () => app.cell(await at(), 'annual').innerText()).toBe('4,0 ≈');
    expect(await app.cell(await at(), 'converted').innerText()).toBe('3');
    expect(await app.cell(await at(), 'grade').innerText()).toBe('Эффективно');
    await page
      .getByRole('form', { name: 'Согласование непосредственным руководителем' })
      .getByRole('button', { name: 'Записать согласование' })
      .click();
    const sign = page.getByRole('form', { name: 'Подпись служащего на согласованном листе' });
    await sign.getByRole('button', { name: 'Записать' }).click();
    await expect.poll(() => sign.innerText()).toMatch(/Служащий подписал лист 11\.01\.2027\./);
    await page.getByRole('link', { name: 'Оценочный лист за год (прил. 4)' }).click();
    await expect.poll(() => form().innerText()).toMatch(/Правовая экспертиза проектов актов\s+от 2 до 5\s+5\s+5/);
    expect(await form().locator('.form-signatures').innerText()).toMatch(
      /Служащий[\s\S]*дата 11\.01\.2027[\s\S]*дата 11\.01\.2027/,
    );
    await form().getByLabel('Тіл / Язык').selectOption('kk');
    await expect.poll(() => form().innerText()).toMatch(/4-қосымша/);
    await expectNoAxeViolations(page, 'year: annual sheet (kk)');
    await back();
    await page.getByRole('button', { name: 'Сдать и закрыть' }).click();
    const panel = page.getByRole('form', { name: /^Без полного результата: \d+$/ });
    await panel.waitFor();
    for (const input of await panel.getByRole('textbox').all()) await input.fill('Индивидуальный план работы не составлялся');
    await panel.getByRole('button', { name: 'Сдать с указанными причинами' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Не оценены \(с указанием причин\): \d+\./);
  });

  it('002 §§35, 42, Appendix 5: the Commission decides the year in an annual sitting; the protocol in ru and kk; the year earns the bonus', async () => {
    await page.clock.setFixedTime(day('2027-01-20'));
    await app.nav(/^Комиссия$/);
    await page.getByLabel('Период').selectOption({ label: '2026 · год' });
    await page.getByLabel('Приказ №').fill('4');
    await page.getByLabel('Дата приказа').fill('2027-01-05');
    await page.getByLabel('Дата заседания').fill('2027-01-20');
    for (const [member, role] of [
      ['Сабитов Арман', 'председатель'],
      ['Ли Елена', 'член'],
      ['Оспанов Данияр', 'член'],
      ['Ким Ольга', 'секретарь (без голоса)'],
    ] as const) {
      await page.getByLabel('Член Комиссии', { exact: true }).fill(member);
      await page.getByLabel('Роль', { exact: true }).selectOption({ label: role });
      await page.getByRole('button', { name: 'Добавить в состав' }).click();
      await page.getByLabel(`Присутствует: ${member}`).check();
    }
    const region = page.getByRole('region', { name: /^Рассматриваемые результаты — 2026 · год$/ });
    await expect.poll(() => region.getByRole('row', { name: new RegExp(name) }).innerText()).toMatch(/Баллы 4,0 — Эффективно/);
    await page.getByRole('button', { name: /^Все присутствующие — «утвердить» по \d+ результат\S* без голосов$/ }).click();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByLabel('Дата подписания').fill('2027-01-20');
    await page.getByRole('button', { name: 'Подписать протокол' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Подписать протокол' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Протокол подписан 20\.01\.2027\./);
    await page.getByRole('link', { name: 'Протокол (для печати)' }).click();
    const doc = page.locator('article.document');
    await expect.poll(() => doc.innerText()).toMatch(/Вид оценки\s+годовая/);
    expect(await doc.innerText()).toMatch(/Приложение 5/);
    expect(await doc.innerText()).toMatch(new RegExp(`${name}\\s+4,0 — эффективно`));
    await doc.getByLabel('Тіл / Язык').selectOption('kk');
    await expect.poll(() => doc.innerText()).toMatch(/Бағалау түрі\s+жылдық/);
    expect(await doc.innerText()).toMatch(/5-қосымша/);
    await expectNoAxeViolations(page, 'year: annual protocol (kk)');

    await app.nav(/^Баллы$/);
    await page.getByLabel('Подразделение').selectOption({ label: 'Юридический отдел' });
    await page.getByLabel('Период').selectOption({ label: '2026 · год' });
    await expect.poll(async () => app.cell(await app.rowWhere('name', name), 'final').innerText()).toMatch(/^4,0 — /);
    expect(await app.cell(await app.rowWhere('name', name), 'consequences').innerText()).toBe('основание для бонуса');
  });

  it('an error belongs to the page it was raised on: leaving the page clears it', async () => {
    await pick('2026 · 1 кв.');
    const points = page.getByLabel('Результат самооценки (баллы)');
    await points.fill('сто');
    await points.press('Tab');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'целое число' }).count()).toBe(1);
    await app.nav(/^Сроки$/);
    expect(await page.getByRole('alert').filter({ hasText: 'целое число' }).count()).toBe(0);
  });
});
