/**
 * `npm run bench`, issue 4, in Chromium on the built app: a unit of 1,000 staff (brought in through
 * the roster import) opens in ≤ 300 ms; an edit shows the new score, grade and re-ranked unit in
 * ≤ 50 ms (the median of five edits); pasting 1,000 × 4 cells completes in ≤ 500 ms. Times are
 * taken inside the page.
 */
import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { bigUnitRoster } from '../e2e/rosters';
import { AppModel } from '../e2e/app';
import { launch, serve } from '../e2e/harness';
import { report, type Row } from './report';

const STAFF = 1_000;
const rows: Row[] = [];
afterAll(() => {
  if (!report('Ranking grid, a unit of 1,000 staff (Chromium)', rows))
    throw new Error('a performance goal was missed (see the table)');
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

it('opens, edits and pastes into a unit of 1,000 staff', async () => {
  const file = bigUnitRoster(STAFF);
  const server = await serve('dist');
  const s = await launch();
  const page = s.page;
  const app = new AppModel(page);
  await app.open(server.url);
  await app.createAgency({ ru: 'Бенчмарк' });
  await app.nav(/^Импорт списка$/);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Применить импорт' }).click({ timeout: 60_000 });
  await page.getByRole('status').filter({ hasText: 'Импорт из' }).waitFor({ timeout: 60_000 });
  await app.nav(/^Оценка$/);
  await page.getByLabel('Период').waitFor();
  // Any quarter will do; choose the first so every person is eligible.
  await page.getByLabel('Период').selectOption({ index: 0 });

  // Open: from choosing the unit to its first rows drawn, measured in the page.
  const open: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.getByLabel('Подразделение').selectOption({ label: 'Малый отдел' });
    await page.waitForTimeout(300);
    const ms = await page.evaluate(async () => {
      const select = document.querySelector('main select') as HTMLSelectElement;
      const big = [...select.options].find((o) => o.text === 'Большое управление');
      select.value = big?.value ?? '';
      const t0 = performance.now();
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        if (document.querySelector('.ag-row[row-index="0"] .ag-cell[col-id="name"]')?.textContent?.includes('Сотрудников'))
          return performance.now() - t0;
      }
    });
    open.push(ms);
  }
  // Guard: this is the big unit.
  expect(await page.getByLabel('Подразделение').locator('option:checked').innerText()).toBe('Большое управление');
  rows.push({ what: 'open a unit of 1,000 staff', ours: Math.min(...open), goalMs: 300 });

  // Edit: type a score, measure until the row's score and rank show it.
  const cell = (row: number, col: string) => page.locator(`.ag-row[row-index="${row}"] .ag-cell[col-id="${col}"]`);
  for (const [c, v] of [
    ['p:deadlines', '4'],
    ['p:initiative', '4'],
    ['p:discipline', '4'],
  ] as const) {
    await cell(0, c).click();
    await page.keyboard.type(v);
    await page.keyboard.press('Enter');
  }
  // Timed in the page: from the Enter that commits the edit to the mutation that shows the new
  // score and rank (no automation round trips in the figure). Five edits, their median: one edit
  // alone spreads by a fifth on this machine kind. The quality score goes 5, 4, 5, 4, 5: the mean
  // of the four scores 4,25 and 4,00 in turn, the person first in the unit either way.
  const edits: number[] = [];
  for (const [k, quality] of ['5', '4', '5', '4', '5'].entries()) {
    const expected = quality === '5' ? '4,25' : '4,00';
    await cell(0, 'p:quality').click();
    await page.keyboard.type(quality);
    await page.evaluate((want) => {
      const w = window as unknown as { __t0?: number; __t1?: number };
      w.__t0 = undefined;
      w.__t1 = undefined;
      document.addEventListener(
        'keydown',
        (e) => {
          if (e.key === 'Enter') w.__t0 = performance.now();
        },
        { capture: true, once: true },
      );
      const observer = new MutationObserver(() => {
        const score = document.querySelector('.ag-row[row-index="0"] .ag-cell[col-id="score"]')?.textContent ?? '';
        const rank = document.querySelector('.ag-row[row-index="0"] .ag-cell[col-id="rank"]')?.textContent ?? '';
        if (score.startsWith(want) && rank === '1' && w.__t1 === undefined) {
          w.__t1 = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.querySelector('main') as Node, { subtree: true, childList: true, characterData: true });
    }, expected);
    await page.keyboard.press('Enter');
    const done = await page.waitForFunction(
      () => {
        const w = window as unknown as { __t0?: number; __t1?: number };
        return w.__t1 !== undefined && w.__t0 !== undefined ? w.__t1 - w.__t0 : false;
      },
      undefined,
      { timeout: 10_000 },
    );
    edits.push(Number(await done.jsonValue()));
    // The edit's write and its live answers settle before the next one.
    if (k < 4) await page.waitForTimeout(300);
  }
  rows.push({ what: 'edit → new score, grade, re-ranked unit (median of 5)', ours: median(edits), goalMs: 50 });

  // Paste 1,000 × 4 cells from the clipboard.
  const tsv =
    Array.from({ length: STAFF }, (_, i) => `${3 + (i % 5) * 0.5}\t4\t3,75\t5`.replace(/(\d)\.(\d)/, '$1,$2')).join('\r\n') +
    '\r\n';
  await page.evaluate(async (text) => navigator.clipboard.writeText(text), tsv);
  await cell(0, 'p:quality').click();
  const pasteStart = await page.evaluate(() => performance.now());
  await page.keyboard.press('ControlOrMeta+v');
  const pasted = await page.waitForFunction(
    () =>
      /Вставлено ячеек: \d{4}/.test(document.querySelector('.notices [role="status"]')?.textContent ?? '')
        ? performance.now()
        : false,
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  rows.push({
    what: 'paste 1,000 × 4 cells (validated, one transaction)',
    ours: Number(await pasted.jsonValue()) - pasteStart,
    goalMs: 500,
  });

  await s.close();
  await server.close();
  rmSync(file, { force: true });
});
