import { describe, expect, it } from 'vitest';
import { recordFamiliarisation, recordFamiliarisations, withdrawFamiliarisation } from './familiarisation';
import { testContext } from './test-support';

const base = {
  periodId: '2026-Q1',
  employeeId: 'e',
  component: 'ranking' as const,
  on: '2026-04-13',
  how: 'signature' as const,
  act: '',
  note: '',
  witnesses: [],
  round: 1,
  value: null,
};

describe('familiarisation records (004 §12, 002 §36)', () => {
  it('records once; a correction or withdrawal needs a reason and is logged with it', async () => {
    const ctx = testContext();
    expect((await recordFamiliarisation(ctx, base)).ok).toBe(true);
    expect(await recordFamiliarisation(ctx, { ...base, on: '2026-04-14' })).toMatchObject({
      ok: false,
      error: { code: 'reasonRequired' },
    });
    expect(
      (await recordFamiliarisation(ctx, { ...base, how: 'refusal', act: 'Акт № 2', on: '2026-04-14' }, 'Отказался подписать')).ok,
    ).toBe(true);
    expect(await ctx.db.familiarisations.get('2026-Q1:ranking:e')).toMatchObject({ how: 'refusal', act: 'Акт № 2' });
    expect(await withdrawFamiliarisation(ctx, '2026-Q1:ranking:e', '')).toMatchObject({
      ok: false,
      error: { code: 'reasonRequired' },
    });
    expect((await withdrawFamiliarisation(ctx, '2026-Q1:ranking:e', 'Записан не тот служащий')).ok).toBe(true);
    const log = await ctx.db.audit.where('entityId').equals('2026-Q1:ranking:e').toArray();
    expect(log.map((a) => [a.action, a.reason])).toEqual([
      ['create', ''],
      ['update', 'Отказался подписать'],
      ['delete', 'Записан не тот служащий'],
    ]);
  });

  it('several acquainted together: one transaction, one audit entry each; refused as a whole when one is already acquainted', async () => {
    const ctx = testContext();
    const two = [base, { ...base, employeeId: 'f' }];
    expect(await recordFamiliarisations(ctx, two)).toMatchObject({ ok: true, value: 2 });
    expect(await ctx.db.familiarisations.count()).toBe(2);
    expect((await ctx.db.audit.toArray()).filter((a) => a.entity === 'familiarisations')).toHaveLength(2);
    expect(await recordFamiliarisations(ctx, [{ ...base, employeeId: 'g' }, base])).toMatchObject({
      ok: false,
      error: { code: 'alreadyAcquainted' },
    });
    expect(await ctx.db.familiarisations.get('2026-Q1:ranking:g')).toBeUndefined();
  });
});
