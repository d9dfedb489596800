/**
 * Issue 17 in the built app: a quarter of the demo agency under the Zhanaozen methodology (001) the
 * whole way after the score — two units submitted (one with a person recorded as not evaluated, with
 * the reason); a first Commission sitting deciding them with "approve all" and one revision, a member
 * absent; the authorised person's approval; a unit submitted after it, decided in a second sitting;
 * the protocols (ru, kk) with the approval block and only the members present; familiarisation from
 * the approval — one by registered letter, one refusal with its act — and again after an appeal
 * changed a result; one appeal left without revision, another revising the result; the deadline
 * board showing each step; the dossier telling the story. The calendar moves as the weeks pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppModel } from './app';
import { expectNoAxeViolations, useBuiltApp, type Session } from './harness';

const app$ = useBuiltApp();
const day = (iso: string) => new Date(`${iso}T10:00:00+05:00`);
const MEMBERS = ['Ахметов Ерлан', 'Иванова Ольга', 'Сейітов Марат', 'Омарова Жанар'];
const ABSENT = 'Омарова Жанар';

let s: Session;
let app: AppModel;
let page: Page;
/** The Legal department's people in the grid's order. */
let legal: string[] = [];
let lead: string[] = [];
let hr: string[] = [];

const paste = async (rows: number) => {
  await page.evaluate(
    async (text) => navigator.clipboard.writeText(text),
    Array.from({ length: rows }, () => '4\t4\t4\t4').join('\r\n'),
  );
  await app.cell(0, 'p:quality').click();
  await page.keyboard.press('ControlOrMeta+v');
  await expect.poll(() => app.cell(rows - 1, 'grade').innerText()).toBe('Эффективно');
};
const unit = async (name: string) => {
  await app.nav(/^Оценка$/);
  await page.getByLabel('Подразделение').selectOption({ label: name });
  await expect.poll(() => app.cell(0, 'name').count()).toBe(1);
  return app.columnTexts('name');
};
const status = () => page.locator('main').innerText();
const openDossier = async (fullName: string) => {
  await app.nav(/Служащие/);
  const [surname = '', given = ''] = fullName.split(' ');
  await page.getByLabel('Поиск').fill(surname);
  const rowOf = async () => {
    for (let i = 0; (await app.cell(i, 'surname').count()) > 0; i++)
      if ((await app.cell(i, 'surname').innerText()) === surname && (await app.cell(i, 'name').innerText()) === given) return i;
    return -1;
  };
  await expect.poll(rowOf).toBeGreaterThanOrEqual(0);
  await app
    .cell(await rowOf(), 'open')
    .locator('a')
    .click();
  await page.getByRole('link', { name: /^Досье: 3/ }).click();
  await expect.poll(() => page.locator('main h1').innerText()).toMatch(new RegExp(`^Досье для обжалования: ${fullName}`));
};

describe('from the score to the approved result, as the acts run it (001 §§50–65)', () => {
  beforeAll(async () => {
    ({ s, app, page } = await AppModel.startDemo(app$().url, undefined, { today: day('2026-10-05') }));
  });
  afterAll(async () => {
    await s.close();
  });

  it('004 §§31–32: submitting a unit names who has no result; each is recorded as not evaluated, with the reason', async () => {
    await app.nav(/^Государственный орган$/);
    await page.getByLabel('Профиль методики').selectOption({ label: 'Маслихат города Жанаозен 2023' });
    await expect
      .poll(() => page.getByLabel('Профиль методики').locator('option:checked').innerText())
      .toBe('Маслихат города Жанаозен 2023');
    legal = await unit('Юридический отдел');
    await paste(legal.length - 1);
    const missing = legal[legal.length - 1] ?? '';
    await page.getByRole('button', { name: 'Сдать и закрыть' }).click();
    const panel = page.getByRole('form', { name: 'Без полного результата: 1' });
    await expect.poll(() => panel.innerText()).toMatch(new RegExp(`${missing}\\s+не по всем параметрам выставлены баллы`));
    await expectNoAxeViolations(page, 'submission: who has no result');
    await panel.getByLabel(`Причина, по которой не оценён: ${missing}`).fill('Длительная временная нетрудоспособность');
    await panel.getByRole('button', { name: 'Сдать с указанными причинами' }).click();
    await expect.poll(status).toMatch(/баллы закрыты для изменений\. Не оценены \(с указанием причин\): 1\./);

    lead = await unit('Руководство аппарата');
    await paste(lead.length);
    await app.submitPeriod();
  });

  it('001 §§52–61: a first sitting approves everyone at once, revises one by majority, warns of the units still open, signs on its date and is approved', async () => {
    await app.nav(/^Комиссия$/);
    await page.getByLabel('Приказ №').fill('7');
    await page.getByLabel('Дата приказа').fill('2026-01-12');
    await page.getByLabel('Дата заседания').fill('2026-10-07');
    const addSeat = async (name: string, role: string) => {
      await page.getByLabel('Член Комиссии', { exact: true }).fill(name);
      await page.getByLabel('Роль', { exact: true }).selectOption({ label: role });
      await page.getByRole('button', { name: 'Добавить в состав' }).click();
    };
    await addSeat('Нұрланов Бекзат', 'председатель');
    for (const m of MEMBERS) await addSeat(m, 'член');
    await addSeat('Ким Ольга', 'секретарь (без голоса)');
    for (const who of ['Нұрланов Бекзат', ...MEMBERS.filter((m) => m !== ABSENT), 'Ким Ольга'])
      await page.getByLabel(`Присутствует: ${who}`).check();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Присутствуют' }).innerText())
      .toBe('Присутствуют 4 из 5 членов: заседание правомочно (две трети).');
    const decided = [...legal.slice(0, -1), ...lead];
    const approveAll = page.getByRole('button', { name: /^Все присутствующие — «утвердить» по \d+ результатам без голосов$/ });
    await expect.poll(() => approveAll.innerText()).toMatch(new RegExp(`по ${decided.length} результатам`));
    await approveAll.click();
    // The exception: three of the four present vote to revise.
    const revised = legal[0] ?? '';
    for (const voter of ['Нұрланов Бекзат', 'Ахметов Ерлан', 'Иванова Ольга'])
      await page.getByLabel(`${voter}: ${revised}`).selectOption('revise');
    await expect.poll(() => page.getByRole('row', { name: new RegExp(revised) }).innerText()).toMatch(/пересмотреть \(1–3\)/);
    // A corrected result is read as any score is: out of range is refused.
    await page.getByLabel(`Корректировка Комиссией: ${revised}`).fill('7');
    await page.getByLabel(`Корректировка Комиссией: ${revised}`).press('Tab');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/7 вне диапазона 0–5/);
    await app.dismissNotices();
    await page.getByLabel(`Корректировка Комиссией: ${revised}`).fill('3,5');
    await page.getByLabel(`Корректировка Комиссией: ${revised}`).press('Tab');
    await page.getByLabel(`Пояснение: ${revised}`).fill('Сроки поручений нарушались');
    await page.getByLabel('Заключение').fill('Результаты утвердить, один пересмотреть');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expectNoAxeViolations(page, 'commission: first sitting');

    await page.getByLabel('Дата подписания').fill('2026-10-06');
    await page.getByRole('button', { name: 'Подписать протокол' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/дата подписания раньше даты заседания/);
    await app.dismissNotices();
    await page.getByLabel('Дата подписания').fill('2026-10-07');
    await page.getByRole('button', { name: 'Подписать протокол' }).click();
    await expect
      .poll(() => page.getByRole('dialog').innerText())
      .toMatch(
        /Подразделения этого периода ещё не сданы: .*Отдел управления персоналом[\s\S]*Подписать протокол датой 07\.10\.2026\?/,
      );
    await page.getByRole('dialog').getByRole('button', { name: 'Подписать протокол' }).click();
    await expect.poll(status).toMatch(/Протокол подписан 07\.10\.2026\./);
    await expect.poll(status).toMatch(/Результаты становятся окончательными после утверждения протокола/);

    // 001 §61, Appendix 5: approved by the authorised person — the title is the profile's.
    expect(await page.getByLabel('Должность').inputValue()).toBe('Секретарь городского маслихата');
    await page.getByLabel('Фамилия, инициалы').fill('Жумабаев Н.');
    await page.getByLabel('Дата утверждения').fill('2026-10-08');
    await expectNoAxeViolations(page, 'commission: approval');
    await page.getByRole('button', { name: 'Записать утверждение' }).click();
    await expect
      .poll(status)
      .toMatch(/Утверждён: Секретарь городского маслихата Жумабаев Н\., 08\.10\.2026\. Результаты окончательны\./);
  });

  it('a unit submitted after the first sitting is decided in a second one, with the same composition', async () => {
    await page.clock.setFixedTime(day('2026-10-09'));
    hr = await unit('Отдел управления персоналом');
    await paste(hr.length);
    await app.submitPeriod();
    await app.nav(/^Комиссия$/);
    await page.getByRole('button', { name: 'Новое заседание по результатам, завершённым позже' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('combobox', { name: /^Заседание/ })
          .locator('option:checked')
          .innerText(),
      )
      .toBe('№ 2 — новое');
    expect(await page.getByLabel('Приказ №').inputValue()).toBe('7');
    await page.getByLabel('Дата заседания').fill('2026-10-12');
    for (const who of ['Нұрланов Бекзат', ...MEMBERS, 'Ким Ольга']) await page.getByLabel(`Присутствует: ${who}`).check();
    // Only the results no signed sitting decided are before it.
    const region = page.getByRole('region', { name: /^Рассматриваемые результаты — / });
    await expect
      .poll(() => region.getByRole('rowheader').allInnerTexts())
      .toEqual([...hr].sort((a, b) => a.localeCompare(b, 'ru')));
    await page.getByRole('button', { name: /^Все присутствующие — «утвердить»/ }).click();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByLabel('Дата подписания').fill('2026-10-12');
    await page.getByRole('button', { name: 'Подписать протокол' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Подписать протокол' }).click();
    await expect.poll(status).toMatch(/Протокол подписан 12\.10\.2026\./);
    await page.getByLabel('Фамилия, инициалы').fill('Жумабаев Н.');
    await page.getByLabel('Дата утверждения').fill('2026-10-13');
    await page.getByRole('button', { name: 'Записать утверждение' }).click();
    await expect.poll(status).toMatch(/Утверждён: Секретарь городского маслихата Жумабаев Н\., 13\.10\.2026/);
  });

  it('Appendix 5: each protocol prints its own people, the approval block and only the members present, in ru and kk', async () => {
    await page.getByRole('link', { name: 'Протокол (для печати)' }).click();
    const doc = page.locator('article.document');
    await expect
      .poll(() => doc.innerText())
      .toMatch(/«УТВЕРЖДАЮ»\s+Секретарь городского маслихата\s+Жумабаев Н\.\s+дата: 13\.10\.2026/);
    for (const p of hr) expect(await doc.innerText()).toContain(p);
    expect(await doc.innerText()).not.toContain(legal[1] ?? '-');
    expect(await doc.innerText()).toMatch(/Заседание №\s+2/);
    await page.getByRole('link', { name: 'К заседанию Комиссии' }).click();
    await page.getByRole('combobox', { name: /^Заседание/ }).selectOption({ label: '№ 1 — утверждено 08.10.2026' });
    await page.getByRole('link', { name: 'Протокол (для печати)' }).click();
    await expect.poll(() => doc.innerText()).toMatch(/Заседание №\s+1/);
    const text = await doc.innerText();
    expect(text).toMatch(
      new RegExp(`${legal[0]}\\s+4,00 — Выполняет функциональные обязанности эффективно\\s+3,50 — Сроки поручений нарушались`),
    );
    for (const p of lead) expect(text).toContain(p);
    expect(text).not.toContain(legal[legal.length - 1] ?? '-');
    expect(text).not.toContain(ABSENT);
    expect(text).toMatch(/Секретарь Комиссии\s+Ким Ольга[\s\S]*Председатель Комиссии\s+Нұрланов Бекзат/);
    await expectNoAxeViolations(page, 'commission protocol with approval (ru)');
    await doc.getByLabel('Тіл / Язык').selectOption('kk');
    await expect.poll(() => doc.innerText()).toMatch(/«БЕКІТЕМІН»\s+Қалалық мәслихат хатшысы\s+Жумабаев Н\./);
    expect(await doc.innerText()).not.toContain(ABSENT);
    await expectNoAxeViolations(page, 'commission protocol with approval (kk)');
  });

  it('001 §§62–63: familiarisation runs from the approval, by the means the act lists: a registered letter, a refusal with its act', async () => {
    await page.clock.setFixedTime(day('2026-10-14'));
    await app.nav(/Ознакомление/);
    const board = page.getByRole('region', { name: /^Ознакомление с результатами — / });
    const row = (name: string) => board.getByRole('row', { name: new RegExp(name) });
    await expect.poll(() => row(legal[1] ?? '').innerText()).toMatch(/08\.10\.2026\s+12\.10\.2026/);
    await expect.poll(() => row(hr[0] ?? '').innerText()).toMatch(/13\.10\.2026\s+15\.10\.2026/);
    expect(await page.locator('main').innerText()).toMatch(
      new RegExp(
        `При сдаче отмечены как не оценённые: 1\\s+${legal[legal.length - 1]} — Длительная временная нетрудоспособность`,
      ),
    );
    const letter = legal[1] ?? '';
    const letterForm = page.getByRole('form', { name: `Отметить ознакомление: ${letter}` });
    await letterForm.getByLabel(`Дата: ${letter}`).fill('2026-10-09');
    await letterForm.getByLabel(`Как: ${letter}`).selectOption({ label: 'заказное письмо с уведомлением о вручении' });
    await letterForm
      .getByLabel(`Письмо, сообщение: номер и дата: ${letter}`)
      .fill('Исх. № 15 от 09.10.2026, уведомление 10.10.2026');
    await letterForm.getByRole('button', { name: 'Отметить' }).click();
    await expect.poll(() => row(letter).innerText()).toMatch(/заказное письмо с уведомлением о вручении — Исх\. № 15/);

    const refused = legal[2] ?? '';
    const refusal = page.getByRole('form', { name: `Отметить ознакомление: ${refused}` });
    await refusal.getByLabel(`Как: ${refused}`).selectOption({ label: 'отказ (составлен акт)' });
    await refusal
      .getByLabel(`Акт об отказе: номер, кто составил: ${refused}`)
      .fill('Акт № 2 от 14.10.2026, Ким О. (служба управления персоналом)');
    await refusal.getByRole('button', { name: 'Отметить' }).click();
    await expect.poll(() => row(refused).innerText()).toMatch(/отказ \(составлен акт\) \(Акт № 2 от 14\.10\.2026/);
    const revised = legal[0] ?? '';
    await page
      .getByRole('form', { name: `Отметить ознакомление: ${revised}` })
      .getByRole('button', { name: 'Отметить' })
      .click();
    await expect
      .poll(() => row(revised).innerText())
      .toMatch(/Ранжирование 3,50 — Надлежащим образом[\s\S]*14\.10\.2026, в письменной форме, под подпись/);
    await expectNoAxeViolations(page, 'familiarisation from the approval');
  });

  it('001 §64: one appeal is left without revision, another revises the result — which flows to the grid and is acquainted again', async () => {
    const revised = legal[0] ?? '';
    await openDossier(revised);
    const panel = page.getByRole('region', { name: 'Обжалование' });
    await expect.poll(() => panel.innerText()).toMatch(/Решение от 08\.10\.2026: срок подачи жалобы — до 22\.10\.2026\./);
    await panel.getByLabel('Дата подачи').fill('2026-10-14');
    await panel.getByLabel('Куда подана').fill('Департамент Агентства по делам государственной службы по Мангистауской области');
    await panel.getByRole('button', { name: 'Зарегистрировать жалобу' }).click();
    await expect
      .poll(() => page.locator('article.document').innerText())
      .toMatch(/Стадия\s+обжалуется — жалоба ожидает решения уполномоченного органа/);
    await expectNoAxeViolations(page, 'dossier with an appeal');

    const other = legal[1] ?? '';
    await openDossier(other);
    await panel.getByLabel('Куда подана').fill('Департамент Агентства по делам государственной службы по Мангистауской области');
    await panel.getByRole('button', { name: 'Зарегистрировать жалобу' }).click();
    await expect.poll(() => page.locator('article.document').innerText()).toMatch(/Стадия\s+обжалуется/);

    await page.clock.setFixedTime(day('2026-10-30'));
    await page.getByLabel('Результат рассмотрения').selectOption({ label: 'результат оставлен без пересмотра' });
    await page.getByLabel('Дата решения').fill('2026-10-28');
    await panel.getByRole('button', { name: 'Сохранить' }).click();
    await expect
      .poll(() => page.locator('article.document').innerText())
      .toMatch(/Жалоба\s+подана 14\.10\.2026: Департамент[\s\S]*результат оставлен без пересмотра, 28\.10\.2026/);

    await openDossier(revised);
    await page.getByLabel('Результат рассмотрения').selectOption({ label: 'результат пересмотрен по представлению органа' });
    await page.getByLabel('Дата решения').fill('2026-10-29');
    await panel.getByLabel('Новый результат').fill('6');
    await panel.getByLabel('Новый результат').press('Tab');
    await expect.poll(() => panel.getByRole('alert').innerText()).toMatch(/6 вне диапазона 0–5/);
    await panel.getByLabel('Новый результат').fill('4,25');
    await panel.getByLabel('Новый результат').press('Tab');
    await panel.getByLabel('Документ (номер, дата)').fill('Приказ № 48 от 29.10.2026');
    await panel.getByRole('button', { name: 'Сохранить' }).click();
    const doc = page.locator('article.document');
    await expect
      .poll(() => doc.innerText())
      .toMatch(/Итоговый результат\s+4,25 — Выполняет функциональные обязанности эффективно; изменён по жалобе/);
    expect(await doc.innerText()).toMatch(/Протокол утвердил\s+Секретарь городского маслихата Жумабаев Н\., 08\.10\.2026/);
    expect(await doc.innerText()).toMatch(/Ознакомлен\s+14\.10\.2026, в письменной форме, под подпись — 3,50/);
    expect(await doc.innerText()).toMatch(/Стадия\s+утверждён \(окончательный\) — не ознакомлен с пересмотренным результатом/);

    // The grid shows the changed result; the familiarisation board asks to acquaint the person again.
    await unit('Юридический отдел');
    const at = await app.rowWhere('name', revised);
    await expect.poll(() => app.cell(at, 'final').innerText()).toMatch(/^4,25 — изменён по жалобе/);
    await app.nav(/Ознакомление/);
    const again = page
      .getByRole('region', { name: /^Ознакомление с результатами — / })
      .getByRole('row', { name: new RegExp(revised) })
      .filter({ hasText: 'повторно' });
    await expect
      .poll(() => again.innerText())
      .toMatch(/4,25 — Эффективно\s+повторно: ранее ознакомлен с 3,50 14\.10\.2026\s+29\.10\.2026\s+02\.11\.2026/);
    await again.getByRole('button', { name: 'Отметить' }).click();
    await expect.poll(() => again.innerText()).toMatch(/30\.10\.2026, в письменной форме, под подпись/);
  });

  it('the deadline board shows each step of the procedure, done or due, and the dossier tells the whole story', async () => {
    await page.goto(app$().url);
    await app.expectHeading(/^Сроки$/);
    await page.getByLabel('Показывать выполненное').check();
    const board = page.getByRole('region', { name: /^Сроки — 2026$/ });
    const item = (name: RegExp) => board.getByRole('row', { name });
    await expect
      .poll(() => item(/Утверждение уполномоченным лицом протокола заседания Комиссии № 1, 2026 · 3 кв./).innerText())
      .toMatch(/выполнено 08\.10\.2026[\s\S]*001 п. 61/);
    expect(await item(/Утверждение уполномоченным лицом протокола заседания Комиссии № 2/).innerText()).toMatch(
      /выполнено 13\.10\.2026/,
    );
    expect(await item(new RegExp(`Жалоба ${legal[0]} подана \\(в срок\\)`)).innerText()).toMatch(
      /22\.10\.2026[\s\S]*выполнено 14\.10\.2026[\s\S]*001 п. 64/,
    );
    expect(await item(new RegExp(`Повторно ознакомить с пересмотренным результатом: ${legal[0]}`)).innerText()).toMatch(
      /выполнено 30\.10\.2026/,
    );
    expect(await item(new RegExp(`Ознакомить с результатом: ${legal[1]}`)).innerText()).toMatch(
      /12\.10\.2026[\s\S]*выполнено 09\.10\.2026/,
    );
    expect(await item(/Уведомить оценивающих лиц о проведении оценки, 2026 · 4 кв./).innerText()).toMatch(/001 п. 51/);
    await expectNoAxeViolations(page, 'deadline board with the procedure');

    await openDossier(legal[0] ?? '');
    const doc = page.locator('article.document');
    const text = await doc.innerText();
    expect(text).toMatch(
      /Комиссия\s+№ 1 — 07\.10\.2026: пересмотреть — 3,50: Сроки поручений нарушались · Протокол подписан 07\.10\.2026\./,
    );
    expect(text).toMatch(/Повторно ознакомлен\s+30\.10\.2026, в письменной форме, под подпись — 4,25/);
    expect(text).toMatch(
      /Жалоба\s+подана 14\.10\.2026: .*; результат пересмотрен по представлению органа, 29\.10\.2026: 4,25 \(Приказ № 48 от 29\.10\.2026\)/,
    );
    expect(text).toMatch(/Протокол утверждён уполномоченным лицом\s+—?\s*08\.10\.2026/);
    expect(text).toMatch(/Подача жалобы\s+22\.10\.2026\s+14\.10\.2026 · в срок/);
  });
});
