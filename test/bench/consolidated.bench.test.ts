/**
 * `npm run bench`, issue 5: the consolidated workbook for 10,000 staff (200 units of 50, scores in
 * every quarter of the year) — the engine's results, the sheets in words and the .xlsx — next to
 * SheetJS alone writing the same cells (goal ≤ 1.3×, issue 21: judged on the median of fifteen
 * alternating runs, each from a collected heap; the best runs are printed beside it).
 *
 * The floor is SheetJS's write as the goal was set against (`type: 'array'`, an ArrayBuffer). Our
 * writer asks SheetJS for its bytes as they are (`type: 'buffer'`), which skips a binary-string
 * round trip; so that the engine's own share stays visible, the same run is also printed against
 * SheetJS asked that way (no goal: that line is what the engine and the words cost on top).
 */
import * as XLSX from 'xlsx';
import { createRoot } from 'solid-js';
import { afterAll, expect, it } from 'vitest';
import {
  evaluationId,
  lockId,
  KZ_CALENDAR,
  makeCaseBook,
  makeRng,
  NO_CASE_RECORDS,
  periodsOfYear,
  TYPICAL_2023,
  type CaseBookInput,
  type Employee,
  type EvaluationRecord,
} from '../../src/domain';
import { createI18n } from '../../src/i18n/translator';
import { consolidatedDocument, consolidatedSheets, type ConsolidatedExport } from '../../src/documents/consolidated';
import { partRows, writeDocumentModel } from '../../src/io/document-workbook';
import { report, type Row } from './report';

const STAFF = 10_000;
const UNIT_SIZE = 50;
// Fifteen runs: on this machine kind one run of either side varies by a fifth; the median of nine
// moved by ±0.05× between identical runs.
const RUNS = 15;
const rows: Row[] = [];
afterAll(() => {
  if (!report('Consolidated workbook, 10,000 staff', rows)) throw new Error('a performance goal was missed (see the table)');
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const best = (xs: number[]) => Math.min(...xs);
/** Each run from a collected heap (the bench config exposes the collector): the runs alternate, and neither side pays for the other's garbage. */
const time = (f: () => void) => {
  (globalThis as { gc?: () => void }).gc?.();
  const t = performance.now();
  f();
  return performance.now() - t;
};

function agencyOf(): {
  input: CaseBookInput;
  quarter: ConsolidatedExport['data']['quarter'];
  units: ConsolidatedExport['data']['units'];
} {
  const rng = makeRng(11);
  const units = Array.from({ length: STAFF / UNIT_SIZE }, (_, u) => ({
    id: `u${u}`,
    name: `Отдел ${u + 1}`,
    parentId: null,
    order: u,
  }));
  const employees: Employee[] = Array.from({ length: STAFF }, (_, i) => ({
    id: `e${i}`,
    surname: `Фамилия${i}`,
    name: 'Имя',
    patronymic: 'Отчество',
    iin: '',
    position: 'Главный специалист',
    category: 'E-4',
    unitId: `u${Math.floor(i / UNIT_SIZE)}`,
    managerId: null,
    appointedOn: '2015-01-01',
    publicServices: false,
  }));
  const periods = [...periodsOfYear(2025), ...periodsOfYear(2026)];
  const records: EvaluationRecord[] = periods
    .filter((p) => p.kind === 'quarter' && p.year === 2026)
    .flatMap((q) =>
      employees.map((e) => ({
        id: evaluationId(q.id, 'ranking', e.id),
        periodId: q.id,
        employeeId: e.id,
        component: 'ranking' as const,
        comment: '',
        evaluatorId: null,
        profileId: TYPICAL_2023.id,
        profileVersion: 1,
        scores: Object.fromEntries(TYPICAL_2023.ranking.parameters.value.map((p) => [p.id, rng.int(8, 20) * 25])),
      })),
    );
  const quarter = periods.find((p) => p.id === '2026-Q3');
  if (!quarter) throw new Error('no quarter');
  return {
    quarter,
    units,
    input: {
      profile: TYPICAL_2023,
      calendar: KZ_CALENDAR,
      asOf: '2026-11-22',
      employees,
      statuses: [],
      periods,
      records: { ...NO_CASE_RECORDS, records },
      // Every unit's quarters submitted: the draft protocol lists all ten thousand results.
      locks: new Map(
        periods
          .filter((p) => p.kind === 'quarter' && p.year === 2026)
          .flatMap((q) =>
            units.map(
              (u) => [lockId(q.id, u.id, 'ranking'), { at: `${q.end}T10:00:00.000Z`, operator: 'HR', notEvaluated: [] }] as const,
            ),
          ),
      ),
    },
  };
}

it('Node: the consolidated workbook vs SheetJS writing the same cells', () => {
  createRoot((dispose) => {
    const agency = agencyOf();
    // The cases are derived anew in every run (a book caches them): the engine is part of the cost.
    const exportOf = (): ConsolidatedExport => ({
      i18n: createI18n(),
      data: { book: makeCaseBook(agency.input), quarter: agency.quarter, units: agency.units },
      agency: { id: 'a', nameKk: 'Ұйым', nameRu: 'Организация' },
      exportedAt: '2026-11-22T10:00:00.000Z',
    });
    const sheets = consolidatedSheets(exportOf()).map((p) => ('rows' in p ? p : { name: p.name, rows: partRows(p.blocks).rows }));
    expect(sheets[0]?.rows.length).toBe(STAFF + 3);
    // SheetJS alone (dense sheets, its fastest way to hold them): the same cells in the same sheets.
    const sheetJs = (type: 'array' | 'buffer') => () => {
      const wb = XLSX.utils.book_new();
      for (const s of sheets)
        XLSX.utils.book_append_sheet(
          wb,
          XLSX.utils.aoa_to_sheet(s.rows as (string | number | null)[][], { dense: true }),
          s.name,
        );
      XLSX.write(wb, { type, bookType: 'xlsx', compression: true });
    };
    const floor = sheetJs('array');
    const floorRaw = sheetJs('buffer');
    const ours = () => writeDocumentModel(consolidatedDocument(exportOf()));
    ours();
    floor();
    floorRaw();
    const oursRuns: number[] = [];
    const floorRuns: number[] = [];
    const rawRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      oursRuns.push(time(ours));
      floorRuns.push(time(floor));
      rawRuns.push(time(floorRaw));
    }
    // Judged on the median (issue 21): the time a user waits on a usual run, not on the luckiest one.
    rows.push({
      what: `engine + sheets + .xlsx (Node), median of ${RUNS}`,
      ours: median(oursRuns),
      floor: median(floorRuns),
      floorWhat: 'SheetJS aoa_to_sheet + write of the same cells',
      goal: 1.3,
    });
    rows.push({ what: `the same, best of ${RUNS}`, ours: best(oursRuns), floor: best(floorRuns), floorWhat: 'the same' });
    rows.push({
      what: `the same, median of ${RUNS}`,
      ours: median(oursRuns),
      floor: median(rawRuns),
      floorWhat: "SheetJS asked for its bytes as they are (type 'buffer'), as our writer asks",
    });
    dispose();
  });
});
