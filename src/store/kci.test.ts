import { describe, expect, it } from 'vitest';
import { TYPICAL_2023, type KciItem } from '../domain';
import { applyEvaluationChanges } from './evaluations';
import { reviewKciSheet, saveKciPlan, setKciItemField, setKciPlanApproved } from './kci';
import { testContext } from './test-support';

const item = (id: string, extra: Partial<KciItem> = {}): KciItem => ({
  id,
  name: `KCI ${id}`,
  source: '',
  measure: '%',
  plan: 10000,
  direction: 'higherBetter',
  deadline: '',
  expected: '',
  actual: null,
  confirmedScore: null,
  ...extra,
});
const at = { periodId: '2026-Q1', employeeId: 'h' };

describe('individual work plans and KCI sheets in the store (004 §§23–28, 001 §§45–50)', () => {
  it('004 §26: given a set plan, when its KCIs change without a reason, then nothing is written; with one, the change and reason are logged', async () => {
    const ctx = testContext();
    expect((await saveKciPlan(ctx, at, [item('a'), item('b'), item('c')], '')).ok).toBe(true);
    await setKciPlanApproved(ctx, '2026-Q1:h', '2026-01-14');
    const refused = await saveKciPlan(ctx, at, [item('a', { plan: 9000 }), item('b'), item('c')], ' ');
    expect(refused).toMatchObject({ ok: false, error: { code: 'planReasonRequired' } });
    expect((await ctx.db.kciPlans.get('2026-Q1:h'))?.items[0]?.plan).toBe(10000);
    expect(
      (await saveKciPlan(ctx, at, [item('a', { plan: 9000 }), item('b'), item('c')], 'Structure changed by order 12')).ok,
    ).toBe(true);
    const log = await ctx.db.audit.where('entityId').equals('2026-Q1:h').toArray();
    expect(log.map((a) => [a.field, a.reason])).toEqual([
      ['items', ''],
      ['approvedOn', ''],
      ['items', 'Structure changed by order 12'],
    ]);
  });

  it('001 §§45–48: a submitted sheet refuses scores and actual values; returned with a reason it is editable again; agreed it is final', async () => {
    const ctx = testContext();
    await saveKciPlan(ctx, at, [item('a'), item('b'), item('c')], '');
    await setKciItemField(ctx, '2026-Q1:h', 'a', { actual: 10000 });
    const score = (value: number) =>
      applyEvaluationChanges(ctx, [{ ...at, component: 'kci', field: { param: 'a', value } }], TYPICAL_2023);
    expect((await score(450)).ok).toBe(true);
    expect((await reviewKciSheet(ctx, '2026-Q1:h', 'submit', '')).ok).toBe(true);
    expect(await score(300)).toMatchObject({ ok: false, error: { code: 'kciSubmitted' } });
    expect(await setKciItemField(ctx, '2026-Q1:h', 'a', { actual: 5000 })).toMatchObject({
      ok: false,
      error: { code: 'kciSubmitted' },
    });
    expect(await reviewKciSheet(ctx, '2026-Q1:h', 'return', '')).toMatchObject({ ok: false, error: { code: 'reasonRequired' } });
    expect((await reviewKciSheet(ctx, '2026-Q1:h', 'return', 'Facts not confirmed')).ok).toBe(true);
    expect((await score(300)).ok).toBe(true);
    await reviewKciSheet(ctx, '2026-Q1:h', 'submit', '');
    expect((await reviewKciSheet(ctx, '2026-Q1:h', 'agree', '')).ok).toBe(true);
    expect(await reviewKciSheet(ctx, '2026-Q1:h', 'agree', '')).toMatchObject({ ok: false, error: { code: 'kciSubmitted' } });
    const plan = await ctx.db.kciPlans.get('2026-Q1:h');
    expect(plan?.review.map((s) => [s.action, s.reason])).toEqual([
      ['submit', ''],
      ['return', 'Facts not confirmed'],
      ['submit', ''],
      ['agree', ''],
    ]);
    expect((await ctx.db.evaluations.get('2026-Q1:kci:h'))?.scores).toEqual({ a: 300 });
  });

  it('a KCI score without a plan is refused (scores belong to a plan’s KCIs)', async () => {
    const ctx = testContext();
    expect(
      await applyEvaluationChanges(ctx, [{ ...at, component: 'kci', field: { param: 'a', value: 400 } }], TYPICAL_2023),
    ).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });
  it('issue 20: a plan saved from an editor opened before another tab’s save is refused; the sheet’s actual values entered meanwhile stay', async () => {
    const ctx = testContext();
    const opened = [item('a'), item('b'), item('c')];
    await saveKciPlan(ctx, at, opened, '');
    // Meanwhile: the sheet's actual value (not the editor's) and, in another tab, a changed plan.
    await setKciItemField(ctx, '2026-Q1:h', 'a', { actual: 10000 });
    const edited = [item('a', { name: 'Иное' }), item('b'), item('c')];
    expect((await saveKciPlan(ctx, at, edited, '', opened)).ok).toBe(true);
    expect((await ctx.db.kciPlans.get('2026-Q1:h'))?.items[0]).toMatchObject({ name: 'Иное', actual: 10000 });
    expect(await saveKciPlan(ctx, at, [item('a', { name: 'Третье' }), item('b'), item('c')], '', opened)).toEqual({
      ok: false,
      error: { code: 'editedElsewhere', detail: 'items' },
    });
    expect((await ctx.db.kciPlans.get('2026-Q1:h'))?.items[0]?.name).toBe('Иное');
  });
});
