/**
 * Runs in Chromium (issue 5): importing returned unit workbooks — read each (limits, envelope,
 * layout), check it, plan it against the stored scores, and apply every change in one transaction.
 */
import Dexie from 'dexie';
import { checkEnvelope, planUnitImport, scoreKey, TYPICAL_2023 } from '../../src/domain';
import { readUnitWorkbook } from '../../src/io/unit-workbook';
import { AgencyDb } from '../../src/store/db';
import { applyEvaluationChanges, type ScoreChange } from '../../src/store/evaluations';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function once(files: readonly Uint8Array[], run: number, units: readonly string[], periodId: string) {
  const db = new AgencyDb(`bench-exchange-${run}`);
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
  const unitOf = new Map<string, string>();
  const changes: ScoreChange[] = [];
  const current = new Map(
    (await db.evaluations.where('[periodId+component]').equals([periodId, 'ranking']).toArray()).map((r) => [
      scoreKey('ranking', r.employeeId),
      r.scores,
    ]),
  );
  const params = new Set(TYPICAL_2023.ranking.parameters.value.map((p) => p.id));
  for (const [i, bytes] of files.entries()) {
    const read = readUnitWorkbook(bytes, `unit-${i}.xlsx`);
    if (!read.ok) throw new Error(read.error.code);
    const refusal = checkEnvelope(read.value.envelope, { agencyId: 'a', periods: new Set([periodId]), units: new Set(units) });
    if (refusal) throw new Error(refusal);
    for (const section of read.value.sections) for (const row of section.rows) unitOf.set(row.id, read.value.envelope.unitId);
    const plan = planUnitImport({
      file: read.value,
      unitOf,
      evaluated: () => true,
      locked: () => false,
      current,
      params: () => params,
    });
    for (const c of plan.changes)
      changes.push({ periodId, employeeId: c.employeeId, component: c.component, field: { param: c.param, value: c.after } });
  }
  const result = await applyEvaluationChanges(ctx, changes, TYPICAL_2023, { unitOf }, 'bench');
  const total = performance.now() - t;
  if (!result.ok) throw new Error(result.error.code);
  const count = await db.evaluations.count();
  db.close();
  await Dexie.delete(`bench-exchange-${run}`);
  return { total, count, cells: changes.length };
}

async function run(files64: readonly string[], runs: number, units: readonly string[], periodId: string) {
  const files = files64.map((b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(files, i, units, periodId));
  return { total: median(results.map((r) => r.total)), count: results[0]?.count ?? 0, cells: results[0]?.cells ?? 0 };
}

(globalThis as unknown as { bagalauBench: unknown }).bagalauBench = { run };
