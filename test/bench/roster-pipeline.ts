/** The roster import as the app runs it, step by step, shared by the Node and Chromium benchmarks. */
import {
  findHeader,
  matchDrafts,
  planRosterImport,
  rowsToDrafts,
  type Employee,
  type RosterPlan,
  type Unit,
} from '../../src/domain';
import * as XLSX from 'xlsx';
import { ROSTER_LIMITS } from '../../src/io/limits';
import { readWorkbook } from '../../src/io/read-workbook';

export function parseAndValidate(
  bytes: Uint8Array,
  existing: { units: readonly Unit[]; employees: readonly Employee[] },
  newId: () => string,
): RosterPlan {
  const wb = readWorkbook(bytes, ROSTER_LIMITS);
  if (!wb.ok) throw new Error(wb.error.code);
  const sheet = wb.value.sheets[0];
  const guess = sheet && findHeader(sheet.rows);
  if (!sheet || !guess) throw new Error('no header');
  const drafts = rowsToDrafts(sheet.rows, guess.headerRow, guess.mapping, sheet.name);
  const matches = matchDrafts(drafts, existing);
  return planRosterImport({ matches, actions: new Map(), existing: { ...existing, statuses: [] }, newId });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * Parse + validate + plan against SheetJS's parse alone (read + sheet_to_json), medians of `runs`
 * runs of each. Both warmed up first (a first run pays the compiler, not the work); the runs
 * alternate, and which side goes first too, so garbage collection (what one side left is collected
 * during the next) and machine load fall on both sides alike. Nothing else runs in between.
 */
export function parseAgainstFloor(bytes: Uint8Array, runs: number): { ours: number; floor: number } {
  const ours: number[] = [];
  const floor: number[] = [];
  let n = 0;
  const oursRun = () => {
    const t = performance.now();
    parseAndValidate(bytes, { units: [], employees: [] }, () => `id${++n}`);
    ours.push(performance.now() - t);
  };
  const floorRun = () => {
    const t = performance.now();
    const wb = XLSX.read(bytes, { type: 'array', dense: true });
    XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets[wb.SheetNames[0] ?? ''] as XLSX.WorkSheet);
    floor.push(performance.now() - t);
  };
  oursRun();
  floorRun();
  ours.length = 0;
  floor.length = 0;
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) oursRun();
    floorRun();
    if (i % 2 === 1) oursRun();
  }
  return { ours: median(ours), floor: median(floor) };
}
