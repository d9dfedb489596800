import { describe, expect, it } from 'vitest';
import { whereAnyOf, whereInSpan } from './any-of';
import { testContext } from './test-support';

describe('whereAnyOf: the rows of some periods, one read per period', () => {
  it("answers what Dexie's anyOf answers, in its order (by key, then by primary key), keys repeated or not", async () => {
    const { db } = testContext();
    const rows = ['2026-Q2', '2026-Q1', '2025-Y', '2026-Q1', '2026-Q3'].map((periodId, i) => ({
      id: `r${9 - i}`,
      periodId,
      employeeId: 'e',
      component: 'ranking',
    }));
    await db.familiarisations.bulkPut(rows as never[]);
    for (const keys of [['2026-Q1'], ['2026-Q2', '2026-Q1', '2026-Q1'], ['2025-Y', '2026-Q3', 'none'], ['none']]) {
      const expected = await db.familiarisations.where('periodId').anyOf(keys).toArray();
      expect(await whereAnyOf(db.familiarisations, 'periodId', keys)).toEqual(expected);
    }
    expect((await whereAnyOf(db.familiarisations, 'periodId', ['2026-Q2', '2026-Q1'])).map((r) => r.id)).toEqual([
      'r6',
      'r8',
      'r9',
    ]);
  });

  it('whereInSpan answers the same in one read over the span of the keys, the rows between them left out', async () => {
    const { db } = testContext();
    const rows = ['2026-Q2', '2026', '2025-Q4', '2026-Q1', '2026-Q3', '2027', '2026-Q4'].map((periodId, i) => ({
      id: `r${9 - i}`,
      periodId,
      employeeId: 'e',
      component: 'ranking',
    }));
    await db.familiarisations.bulkPut(rows as never[]);
    for (const keys of [
      ['2026', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
      ['2026-Q3', '2026-Q1'],
      ['2026-Q2'],
      ['none'],
      [],
    ]) {
      const expected = await db.familiarisations.where('periodId').anyOf(keys).toArray();
      expect(await whereInSpan(db.familiarisations, 'periodId', keys)).toEqual(expected);
    }
    // Q2 lies between Q1 and Q3 and is not asked for: it is not answered.
    expect((await whereInSpan(db.familiarisations, 'periodId', ['2026-Q3', '2026-Q1'])).map((r) => r.periodId)).toEqual([
      '2026-Q1',
      '2026-Q3',
    ]);
  });
});
