/**
 * `npm run bench`, issue 5: importing 50 returned unit workbooks (2,000 rows in all, every row's four
 * scores filled in) in Chromium — read, check, plan and apply in one transaction (goal ≤ 3 s).
 */
import { afterAll, expect, it } from 'vitest';
import { TYPICAL_2023 } from '../../src/domain';
import { writeUnitWorkbook } from '../../src/io/unit-workbook';
import { editWorkbookBytes } from '../support/workbook-edit';
import { runInChromium } from './in-chromium';
import { report, type Row } from './report';

const UNITS = 50;
const PER_UNIT = 40;
const RUNS = 5;
const rows: Row[] = [];

afterAll(() => {
  if (!report('Unit workbooks in, 50 files × 40 rows', rows)) throw new Error('a performance goal was missed (see the table)');
});

const params = TYPICAL_2023.ranking.parameters.value.map((p) => ({ id: p.id, header: `${p.names.ru}, 0–5` }));

/** A unit head's returned workbook: exported empty, every score then typed in (as text with a comma, as people do). */
function returned(unit: number): Uint8Array {
  const bytes = writeUnitWorkbook({
    instructions: { sheet: 'Инструкция', lines: ['…'] },
    sheets: [
      {
        component: 'ranking',
        name: 'Ранжирование',
        title: 'Лист ранжирования',
        subtitle: `Отдел ${unit}`,
        headers: ['ID', '№', 'ФИО', 'Категория', 'Статус'],
        widths: [5, 36, 10, 34],
        hashed: [2, 3],
        status: 4,
        params,
        rows: Array.from({ length: PER_UNIT }, (_, i) => ({
          id: `u${unit}-e${i}`,
          cells: [i + 1, `Сотрудник ${unit}-${i}`, 'E-4', 'оценивается'],
          values: {},
        })),
      },
    ],
    envelope: {
      agencyId: 'a',
      periodId: '2026-Q3',
      unitId: `u${unit}`,
      exportedAt: '2026-10-01T09:00:00.000Z',
      profileId: TYPICAL_2023.id,
      profileVersion: TYPICAL_2023.version,
      lang: 'ru',
    },
  });
  const cells: Record<string, string> = {};
  for (let r = 0; r < PER_UNIT; r++)
    for (const [c, col] of ['F', 'G', 'H', 'I'].entries()) cells[`${col}${r + 5}`] = `${3 + ((r + c) % 2)},${(r * 7 + c) % 10}`;
  return editWorkbookBytes(bytes, 'Ранжирование', cells);
}

it('Chromium: 50 returned workbooks read, checked, planned and applied in one transaction', async () => {
  const files = Array.from({ length: UNITS }, (_, u) => Buffer.from(returned(u)).toString('base64'));
  const units = Array.from({ length: UNITS }, (_, u) => `u${u}`);
  const r = await runInChromium<{ total: number; count: number; cells: number }>(
    new URL('./exchange-entry.ts', import.meta.url),
    [files, RUNS, units, '2026-Q3'],
  );
  expect([r.count, r.cells]).toEqual([UNITS * PER_UNIT, UNITS * PER_UNIT * 4]);
  rows.push({ what: `import of ${UNITS} workbooks, ${UNITS * PER_UNIT} rows, ${r.cells} cells`, ours: r.total, goalMs: 3000 });
});
