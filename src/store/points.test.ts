import { describe, expect, it } from 'vitest';
import { JUSTICE_2017 } from '../domain';
import { setLocked } from './evaluations';
import { updatePointsSheet } from './points';
import { testContext } from './test-support';

const at = { periodId: '2026-Q1', employeeId: 'e', unitId: 'u' };
const incentive = { id: 'i1', activityId: 'instructions', points: 5, date: '2026-02-10', note: 'Поручение № 5' };

describe('points-model entries in the store (002 §§16–33)', () => {
  it('stores incentives and violations with the profile version, one audit entry per changed list', async () => {
    const ctx = testContext();
    await updatePointsSheet(ctx, at, { incentives: [incentive] }, JUSTICE_2017);
    await updatePointsSheet(ctx, at, { violations: [{ id: 'v1', kind: 'labour', date: '2026-03-02', note: '' }] }, JUSTICE_2017);
    await updatePointsSheet(ctx, at, { violations: [{ id: 'v1', kind: 'labour', date: '2026-03-02', note: '' }] }, JUSTICE_2017);
    expect(await ctx.db.pointsSheets.get('2026-Q1:e')).toMatchObject({ incentives: [incentive], violations: [{ kind: 'labour' }], targets: [], profileId: 'justice-2017', profileVersion: 1 });
    const log = await ctx.db.audit.where('entityId').equals('2026-Q1:e').toArray();
    expect(log.map((a) => [a.action, a.field])).toEqual([['create', 'incentives'], ['update', 'violations']]);
  });

  it('a submitted (locked) unit period refuses entries and writes nothing', async () => {
    const ctx = testContext();
    await setLocked(ctx, { periodId: '2026-Q1', unitId: 'u', component: 'points' }, true, '');
    expect(await updatePointsSheet(ctx, at, { incentives: [incentive] }, JUSTICE_2017)).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await ctx.db.pointsSheets.count()).toBe(0);
  });
});
