import { describe, expect, it } from 'vitest';
import { TYPICAL_2023 } from '../domain';
import { applyEvaluationChanges, setLocked } from './evaluations';
import { recordFamiliarisation } from './familiarisation';
import { periodRows, purgePeriods } from './retention';
import { testContext } from './test-support';

describe('retention: archive and deliberate purge (004 §15)', () => {
  it('lists the rows of old periods, purges them in one transaction with the reason logged, and leaves newer periods', async () => {
    const ctx = testContext();
    const score = (periodId: string) =>
      applyEvaluationChanges(
        ctx,
        [{ periodId, employeeId: 'e', component: 'ranking', field: { param: 'quality', value: 400 } }],
        TYPICAL_2023,
      );
    await score('2022-Q1');
    await score('2026-Q1');
    await setLocked(ctx, { periodId: '2022-Q1', unitId: 'u', component: 'ranking' }, true, '');
    await recordFamiliarisation(ctx, {
      periodId: '2022-Q1',
      employeeId: 'e',
      component: 'ranking',
      on: '2022-04-12',
      how: 'signature',
      act: '',
      note: '',
      witnesses: [],
      round: 1,
      value: null,
    });
    const rows = await periodRows(ctx.db, ['2022-Q1', '2022-Q2']);
    expect([rows.evaluations.length, rows.familiarisations.length, rows.kciPlans.length]).toEqual([1, 1, 0]);
    expect(await purgePeriods(ctx, ['2022-Q1'], ' ')).toMatchObject({ ok: false, error: { code: 'reasonRequired' } });
    expect(await ctx.db.evaluations.count()).toBe(2);
    const purged = await purgePeriods(ctx, ['2022-Q1', '2022-Q2'], 'Срок хранения истёк; архив передан в архив организации');
    expect(purged).toMatchObject({ ok: true, value: { evaluations: 1, familiarisations: 1, locks: 1 } });
    expect((await ctx.db.evaluations.toArray()).map((r) => r.periodId)).toEqual(['2026-Q1']);
    expect(await ctx.db.settings.get('lock:2022-Q1:u:ranking')).toBeUndefined();
    const log = await ctx.db.audit.where('entityId').equals('2022-Q1,2022-Q2').toArray();
    expect(log.map((a) => [a.entity, a.reason])).toEqual([
      ['retention', 'Срок хранения истёк; архив передан в архив организации'],
    ]);
  });
});
