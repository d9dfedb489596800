import { describe, expect, it } from 'vitest';
import { TYPICAL_2023 } from '../domain';
import { setEvaluationField } from './evaluations';
import { testContext } from './test-support';

describe('scores are stored as typed, audited, with the profile version', () => {
  it('creates, updates and clears a parameter score; logs every change; records the profile', async () => {
    const ctx = testContext();
    const at = { periodId: '2026-Q3', employeeId: 'e1', component: 'ranking' as const };
    await setEvaluationField(ctx, { ...at, field: { param: 'quality', value: 450 } }, TYPICAL_2023);
    await setEvaluationField(ctx, { ...at, field: { param: 'quality', value: 375 } }, TYPICAL_2023);
    await setEvaluationField(ctx, { ...at, field: { param: 'deadlines', value: 400 } }, TYPICAL_2023);
    await setEvaluationField(ctx, { ...at, field: { param: 'deadlines', value: undefined } }, TYPICAL_2023);
    await setEvaluationField(ctx, { ...at, field: { comment: 'Хорошо' } }, TYPICAL_2023);
    await setEvaluationField(ctx, { ...at, field: { evaluatorId: 'deputy' } }, TYPICAL_2023);
    const record = await ctx.db.evaluations.get('2026-Q3:ranking:e1');
    expect(record).toMatchObject({
      scores: { quality: 375 },
      comment: 'Хорошо',
      evaluatorId: 'deputy',
      profileId: 'typical-2023',
      profileVersion: 1,
    });
    const log = await ctx.db.audit.where('entityId').equals('2026-Q3:ranking:e1').toArray();
    expect(log.map((a) => [a.action, a.field, a.before, a.after])).toEqual([
      ['create', 'scores.quality', null, 450],
      ['update', 'scores.quality', 450, 375],
      ['update', 'scores.deadlines', null, 400],
      ['update', 'scores.deadlines', 400, null],
      ['update', 'comment', '', 'Хорошо'],
      ['update', 'evaluatorId', null, 'deputy'],
    ]);
  });
});

describe('a pasted block is one transaction; a locked period refuses changes', () => {
  it('applies a block with one batch id, returns what it replaced, and applies nothing when locked', async () => {
    const { applyEvaluationChanges, setLocked } = await import('./evaluations');
    const ctx = testContext();
    const at = { periodId: '2026-Q3', component: 'ranking' as const };
    const block = [
      { ...at, employeeId: 'a', field: { param: 'quality', value: 400 } },
      { ...at, employeeId: 'b', field: { param: 'quality', value: 300 } },
    ];
    const first = await applyEvaluationChanges(ctx, block, TYPICAL_2023, { unitId: 'u' });
    expect(first.ok && first.value.map((c) => c.before)).toEqual([
      { param: 'quality', value: undefined },
      { param: 'quality', value: undefined },
    ]);
    const logged = (await ctx.db.audit.toArray()).filter((a) => a.entity === 'evaluations');
    expect(logged).toHaveLength(1);
    expect(logged[0]?.after).toEqual([
      { record: '2026-Q3:ranking:a', field: 'scores.quality', before: null, after: 400 },
      { record: '2026-Q3:ranking:b', field: 'scores.quality', before: null, after: 300 },
    ]);

    await setLocked(ctx, { ...at, unitId: 'u' }, true, '');
    const refused = await applyEvaluationChanges(
      ctx,
      [{ ...at, employeeId: 'a', field: { param: 'quality', value: 500 } }],
      TYPICAL_2023,
      { unitId: 'u' },
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect((await ctx.db.evaluations.get('2026-Q3:ranking:a'))?.scores).toEqual({ quality: 400 });

    await setLocked(ctx, { ...at, unitId: 'u' }, false, 'Исправление по служебной записке');
    const log = (await ctx.db.audit.toArray()).filter((a) => a.entity === 'locks');
    expect(log.map((a) => [a.after, a.reason])).toEqual([
      [true, ''],
      [false, 'Исправление по служебной записке'],
    ]);
  });
});

describe('an import of many units’ workbooks is one transaction (issue 5)', () => {
  it('records the file in the audit; a submitted period of any unit refuses the whole import', async () => {
    const { applyEvaluationChanges, setLocked } = await import('./evaluations');
    const ctx = testContext();
    const at = { periodId: '2026-Q3', component: 'ranking' as const };
    const changes = [
      { ...at, employeeId: 'a', field: { param: 'quality', value: 400 } },
      { ...at, employeeId: 'b', field: { param: 'quality', value: 300 } },
    ];
    const unitOf = new Map([
      ['a', 'u1'],
      ['b', 'u2'],
    ]);
    await setLocked(ctx, { periodId: '2026-Q3', unitId: 'u2', component: 'ranking' }, true, '');
    const refused = await applyEvaluationChanges(ctx, changes, TYPICAL_2023, { unitOf }, 'u.xlsx');
    expect(refused.ok).toBe(false);
    expect(await ctx.db.evaluations.count()).toBe(0);
    await setLocked(ctx, { periodId: '2026-Q3', unitId: 'u2', component: 'ranking' }, false, 'исправление');
    const applied = await applyEvaluationChanges(ctx, changes, TYPICAL_2023, { unitOf }, 'Импорт «u.xlsx», выгружен 01.10.2026');
    expect(applied.ok).toBe(true);
    const block = (await ctx.db.audit.toArray()).find((a) => a.entityId.startsWith('block:'));
    expect(block?.reason).toBe('Импорт «u.xlsx», выгружен 01.10.2026');
  });
});
