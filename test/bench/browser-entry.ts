/**
 * Runs in Chromium: the full roster import into IndexedDB (parse, validate, plan, one transaction)
 * next to its floor — SheetJS parse alone plus Dexie bulkPut alone of the same records into the same
 * table (the agency database's people, with its indexes: each index is a write IndexedDB makes per
 * record, ~40 ms a thousand here, which any import into that table pays) — and, first, the parse,
 * validation and plan alone next to SheetJS's parse alone, with no database work in between.
 */
import Dexie from 'dexie';
import * as XLSX from 'xlsx';
import type { Employee } from '../../src/domain';
import { AgencyDb } from '../../src/store/db';
import { applyRosterPlan } from '../../src/store/roster-import';
import { parseAgainstFloor, parseAndValidate } from './roster-pipeline';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function floorOnce(bytes: Uint8Array, run: number, records: readonly Employee[]) {
  // Floor: what any import must at least do — read the workbook, store the same records.
  const floorDb = new AgencyDb(`bench-floor-${run}`);
  await floorDb.open();
  let t = performance.now();
  const wb = XLSX.read(bytes, { type: 'array', dense: true });
  const ws = wb.Sheets[wb.SheetNames[0] ?? ''];
  XLSX.utils.sheet_to_json<Record<string, unknown>>(ws as XLSX.WorkSheet);
  const parse = performance.now() - t;
  t = performance.now();
  await floorDb.employees.bulkPut([...records]);
  const put = performance.now() - t;
  floorDb.close();
  await Dexie.delete(`bench-floor-${run}`);
  return { parse, put };
}

async function oursOnce(bytes: Uint8Array, run: number) {
  // Ours: the app's import from bytes to committed transaction.
  const db = new AgencyDb(`bench-app-${run}`);
  await db.open();
  let n = 0;
  const ctx = {
    db,
    now: () => new Date().toISOString(),
    newId: () => `id${run}-${++n}`,
    randomBelow: (k: number) => k - 1,
    operator: () => 'bench',
  };
  const t = performance.now();
  const plan = parseAndValidate(bytes, { units: [], employees: [] }, ctx.newId);
  const result = await applyRosterPlan(ctx, plan, 'bench.xlsx');
  const total = performance.now() - t;
  if (!result.ok) throw new Error(result.error.code);
  const count = await db.employees.count();
  db.close();
  await Dexie.delete(`bench-app-${run}`);
  return { total, count };
}

/** One run of each side; which goes first alternates, so what one leaves to collect falls on both alike. */
async function once(bytes: Uint8Array, run: number) {
  let m = 0;
  const records = parseAndValidate(bytes, { units: [], employees: [] }, () => `f${run}-${++m}`).employees;
  if (run % 2 === 0) {
    const ours = await oursOnce(bytes, run);
    return { ...(await floorOnce(bytes, run, records)), ...ours };
  }
  const floor = await floorOnce(bytes, run, records);
  return { ...floor, ...(await oursOnce(bytes, run)) };
}

async function run(base64: string, runs: number) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  // First, with no database in between: the browser's IndexedDB work after a write (its commit, the
  // deleted database) runs on while the next step is timed, and would fall on whichever side came next.
  const parsed = parseAgainstFloor(bytes, 2 * runs + 1);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(bytes, i));
  return {
    floorParse: median(results.map((r) => r.parse)),
    floorPut: median(results.map((r) => r.put)),
    oursTotal: median(results.map((r) => r.total)),
    parseOnlyOurs: parsed.ours,
    parseOnlyFloor: parsed.floor,
    count: results[0]?.count ?? 0,
  };
}

(globalThis as unknown as { bagalauBench: unknown }).bagalauBench = { run };
