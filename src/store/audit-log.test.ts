import { afterEach, describe, expect, it } from 'vitest';
import { TYPICAL_2023 } from '../domain';
import { testPerson } from '../domain/case/testing';
import { applyEvaluationChanges } from './evaluations';
import { addStatus, addUnit, addEmployee, updateStatus } from './organisation';
import { runQuery, type AuditLogQuery } from './queries';
import { testContext } from './test-support';

const ctx = testContext();
afterEach(async () => {
  await Promise.all(ctx.db.tables.map((t) => t.clear()));
});

const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const all: AuditLogQuery = { limit: 100, from: '', to: '', subjects: [], kinds: [] };
/** A person's card without its id (the store gives it one). */
const person = (unitId: string, surname: string) => {
  const { id: _id, ...card } = testPerson('', 'm', { unitId, surname });
  return card;
};
const score = (employeeId: string, param: string, v: number) => ({
  periodId: '2026-Q3',
  employeeId,
  component: 'ranking' as const,
  field: { param, value: v },
});

async function agencyOfTwo() {
  const unit = value(await addUnit(ctx, 'Отдел', null));
  const kim = value(await addEmployee(ctx, person(unit.id, 'Ким')));
  const lee = value(await addEmployee(ctx, person(unit.id, 'Ли')));
  value(await applyEvaluationChanges(ctx, [score(kim.id, 'quality', 375)], TYPICAL_2023));
  value(await applyEvaluationChanges(ctx, [score(lee.id, 'quality', 400)], TYPICAL_2023));
  value(await applyEvaluationChanges(ctx, [score(kim.id, 'deadlines', 300), score(lee.id, 'deadlines', 200)], TYPICAL_2023));
  return { unit, kim, lee };
}

describe('the change log read page by page', () => {
  it('given more entries than a page, then the newest come first and the page says older ones match', async () => {
    await agencyOfTwo();
    const page = await runQuery(ctx.db, 'auditLog', { ...all, limit: 2 });
    expect(page.entries.map((e) => e.field)).toEqual(['cells', 'scores.quality']);
    expect(page.more).toBe(true);
    const whole = await runQuery(ctx.db, 'auditLog', all);
    expect(whole.entries).toHaveLength(6);
    expect(whole.more).toBe(false);
  });

  it('given a person, then only the entries concerning them come, a pasted block touching them included', async () => {
    const { kim } = await agencyOfTwo();
    const page = await runQuery(ctx.db, 'auditLog', { ...all, subjects: [kim.id], limit: 2 });
    // The limit counts the matching entries only: Lee's score between them is passed over.
    expect(page.entries.map((e) => e.field)).toEqual(['cells', 'scores.quality']);
    expect(page.entries[1]?.entityId).toContain(kim.id);
    expect(page.more).toBe(true);
    const rest = await runQuery(ctx.db, 'auditLog', { ...all, subjects: [kim.id] });
    expect(rest.entries.map((e) => e.action)).toEqual(['update', 'create', 'create']);
  });

  it('given a status interval changed later, then the person filter finds it by the interval’s id', async () => {
    const unit = value(await addUnit(ctx, 'Отдел', null));
    const kim = value(await addEmployee(ctx, person(unit.id, 'Ким')));
    const leave = value(
      await addStatus(ctx, { employeeId: kim.id, kind: 'labourLeave', from: '2026-07-01', to: '2026-07-14', note: '' }),
    );
    value(await updateStatus(ctx, leave.id, { to: '2026-07-21' }));
    const byPerson = await runQuery(ctx.db, 'auditLog', { ...all, subjects: [kim.id] });
    expect(byPerson.entries.map((e) => e.entity)).toEqual(['statuses', 'employees']);
    const withIntervals = await runQuery(ctx.db, 'auditLog', { ...all, subjects: [kim.id, leave.id] });
    expect(withIntervals.entries.map((e) => e.entity)).toEqual(['statuses', 'statuses', 'employees']);
  });

  it('given a kind and a period of time, then only those entries come', async () => {
    await agencyOfTwo();
    const scores = await runQuery(ctx.db, 'auditLog', { ...all, kinds: ['scores'] });
    expect(scores.entries).toHaveLength(3);
    const people = await runQuery(ctx.db, 'auditLog', { ...all, kinds: ['people', 'units'] });
    expect(people.entries.map((e) => e.entity)).toEqual(['employees', 'employees', 'units']);
    // The pinned clock ticks a second per write: the 2nd to the 4th write, the 4th excluded.
    const at = (await runQuery(ctx.db, 'auditLog', all)).entries.map((e) => e.at).reverse();
    const window = await runQuery(ctx.db, 'auditLog', { ...all, from: at[1] ?? '', to: at[3] ?? '' });
    expect(window.entries.map((e) => e.at)).toEqual([at[2], at[1]]);
  });
});
