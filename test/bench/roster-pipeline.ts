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
