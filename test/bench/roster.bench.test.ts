/**
 * `npm run bench`, issue 2: a roster of 10,000 rows — parse + validate in Node, and the full import
 * into IndexedDB in Chromium — each next to its raw floor, with the ratio (goal ≤ 1.3).
 */
import * as XLSX from 'xlsx';
import { afterAll, expect, it } from 'vitest';
import { runInChromium } from './in-chromium';
import { bigRosterBytes } from './roster-fixture';
import { parseAndValidate } from './roster-pipeline';
import { report, type Row } from './report';

const ROWS = 10_000;
const RUNS = 7;
/** Node's runs are short: more of them, so one slow run (the machine's other work) moves no median. */
const NODE_RUNS = 15;
const rows: Row[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

afterAll(() => {
  if (!report('Roster import, 10,000 rows', rows)) throw new Error('a performance goal was missed (see the table)');
});

it('Node: parse + validate vs SheetJS parse alone', () => {
  const bytes = bigRosterBytes(ROWS);
  const floorRun = () =>
    XLSX.utils.sheet_to_json(XLSX.read(bytes, { type: 'array', dense: true }).Sheets['Roster'] as XLSX.WorkSheet);
  // Both sides warmed up first: a first run pays the compiler, not the work.
  time(() => parseAndValidate(bytes, { units: [], employees: [] }, () => 'x'));
  time(floorRun);
  let n = 0;
  // Runs alternate, and which side goes first too, so garbage collection (what one side left is
  // collected during the next) and machine load fall on both sides alike.
  const oursRuns: number[] = [];
  const floorRuns: number[] = [];
  const oursRun = () => oursRuns.push(time(() => parseAndValidate(bytes, { units: [], employees: [] }, () => `id${++n}`)));
  for (let i = 0; i < NODE_RUNS; i++) {
    if (i % 2 === 0) oursRun();
    floorRuns.push(time(floorRun));
    if (i % 2 === 1) oursRun();
  }
  const ours = median(oursRuns);
  const floor = median(floorRuns);
  rows.push({ what: 'parse + validate + plan (Node)', ours, floor, floorWhat: 'SheetJS read + sheet_to_json', goal: 1.3 });
  expect(ours).toBeGreaterThan(0);
});

it('Chromium: full import into IndexedDB vs SheetJS parse + Dexie bulkPut', async () => {
  const base64 = Buffer.from(bigRosterBytes(ROWS)).toString('base64');
  const r = await runInChromium<Record<string, number>>(new URL('./browser-entry.ts', import.meta.url), [base64, RUNS]);
  expect(r['count']).toBe(ROWS);
  rows.push({
    what: 'parse + validate + plan (Chromium)',
    ours: r['parseOnlyOurs'] ?? Number.NaN,
    floor: r['parseOnlyFloor'] ?? Number.NaN,
    floorWhat: 'SheetJS read + sheet_to_json',
    goal: 1.3,
  });
  rows.push({
    what: 'full import into IndexedDB (Chromium)',
    ours: r['oursTotal'] ?? Number.NaN,
    floor: (r['floorParse'] ?? 0) + (r['floorPut'] ?? 0),
    floorWhat: 'SheetJS read + Dexie bulkPut of the same records into the same table',
    goal: 1.3,
  });
});
