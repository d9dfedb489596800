/**
 * `npm run bench`, issue 2: a roster of 10,000 rows — parse + validate in Node, and the full import
 * into IndexedDB in Chromium — each next to its raw floor, with the ratio (goal ≤ 1.3).
 */
import { afterAll, expect, it } from 'vitest';
import { runInChromium } from './in-chromium';
import { bigRosterBytes } from './roster-fixture';
import { parseAgainstFloor } from './roster-pipeline';
import { report, type Row } from './report';

const ROWS = 10_000;
const RUNS = 7;
/** Node's runs are short: more of them, so one slow run (the machine's other work) moves no median. */
const NODE_RUNS = 15;
const rows: Row[] = [];
afterAll(() => {
  if (!report('Roster import, 10,000 rows', rows)) throw new Error('a performance goal was missed (see the table)');
});

it('Node: parse + validate vs SheetJS parse alone', () => {
  const bytes = bigRosterBytes(ROWS);
  const { ours, floor } = parseAgainstFloor(bytes, NODE_RUNS);
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
