import { describe, expect, it } from 'vitest';
import { TYPICAL_2023 } from '../domain';
import { setEvaluationField, setLocked } from './evaluations';
import { readSettings } from './settings';
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

describe('setLocked: a unit’s period is submitted and reopened with a reason, each audited (004 §§31–32)', () => {
  const at = { periodId: '2026-Q3', unitId: 'u', component: 'ranking' };
  const key = 'lock:2026-Q3:u:ranking';
  const lockLog = async (ctx: ReturnType<typeof testContext>) =>
    (await ctx.db.audit.toArray())
      .filter((a) => a.entity === 'locks')
      .map((a) => ({
        entityId: a.entityId,
        field: a.field,
        before: a.before,
        after: a.after,
        reason: a.reason,
        operator: a.operator,
      }));

  it('given an open period, when it is submitted, then the lock records when and by whom, the settings read it as locked, and the audit says so', async () => {
    const ctx = testContext();
    expect(await setLocked(ctx, at, true, 'Сдано')).toEqual({ ok: true, value: undefined });
    expect(await ctx.db.settings.get(key)).toEqual({
      key,
      value: { at: '2026-11-22T10:00:01.000Z', operator: 'Тестов Т.', notEvaluated: [] },
    });
    expect(readSettings(await ctx.db.settings.toArray()).locks.get('2026-Q3:u:ranking')).toEqual({
      at: '2026-11-22T10:00:01.000Z',
      operator: 'Тестов Т.',
      notEvaluated: [],
    });
    expect(await lockLog(ctx)).toEqual([
      { entityId: key, field: 'locked', before: false, after: true, reason: 'Сдано', operator: 'Тестов Т.' },
    ]);
  });

  it('given people without a result, when the period is submitted with a reason for each, then the lock keeps them and the audit says so; a blank reason is refused and nothing is locked', async () => {
    const ctx = testContext();
    expect(await setLocked(ctx, at, true, '', [{ employeeId: 'e', reason: '  ' }])).toMatchObject({
      ok: false,
      error: { code: 'reasonRequired' },
    });
    expect(await ctx.db.settings.get(key)).toBeUndefined();
    const notEvaluated = [{ employeeId: 'e', reason: 'отпуск по уходу за ребёнком' }];
    expect(await setLocked(ctx, at, true, '', notEvaluated)).toMatchObject({ ok: true });
    expect(readSettings(await ctx.db.settings.toArray()).locks.get('2026-Q3:u:ranking')?.notEvaluated).toEqual(notEvaluated);
    expect((await lockLog(ctx))[0]?.after).toEqual({ locked: true, notEvaluated });
  });

  it('given a submitted period, when it is submitted again, then nothing changes: the first lock and one audit entry stay', async () => {
    const ctx = testContext();
    await setLocked(ctx, at, true, '');
    const first = await ctx.db.settings.get(key);
    expect(await setLocked(ctx, at, true, 'again')).toMatchObject({ ok: true });
    expect(await ctx.db.settings.get(key)).toEqual(first);
    expect(await lockLog(ctx)).toHaveLength(1);
  });

  it('given a submitted period, when it is reopened with a reason, then the lock is gone and the reason is audited; reopening again changes nothing', async () => {
    const ctx = testContext();
    await setLocked(ctx, at, true, '');
    await setLocked(ctx, at, false, 'Исправление по служебной записке');
    expect(await ctx.db.settings.get(key)).toBeUndefined();
    await setLocked(ctx, at, false, 'again');
    expect((await lockLog(ctx)).map((e) => [e.before, e.after, e.reason])).toEqual([
      [false, true, ''],
      [true, false, 'Исправление по служебной записке'],
    ]);
  });

  it('given an open period, when it is reopened, then nothing is written or audited', async () => {
    const ctx = testContext();
    expect(await setLocked(ctx, at, false, 'why')).toMatchObject({ ok: true });
    expect(await ctx.db.settings.count()).toBe(0);
    expect(await lockLog(ctx)).toEqual([]);
  });

  it('given a lock of one unit and component, then another unit or component of the period stays open', async () => {
    const ctx = testContext();
    await setLocked(ctx, at, true, '');
    await setLocked(ctx, { ...at, unitId: 'u2' }, false, 'x');
    await setLocked(ctx, { ...at, component: 'kci' }, false, 'x');
    expect((await ctx.db.settings.toArray()).map((s) => s.key)).toEqual([key]);
    expect(await lockLog(ctx)).toHaveLength(1);
  });
});

describe('no lost update between tabs (issue 20 §4)', () => {
  it('an undo over a score changed since in another tab is refused as a whole; the later score stays', async () => {
    const { applyEvaluationChanges } = await import('./evaluations');
    const ctx = testContext();
    const at = { periodId: '2026-Q3', employeeId: 'e1', component: 'ranking' as const };
    // Tab A types 4,00 over 3,00; tab B then enters 4,50; tab A presses Ctrl+Z (undo: back to 3,00 over its 4,00).
    await setEvaluationField(ctx, { ...at, field: { param: 'quality', value: 300 } }, TYPICAL_2023);
    await applyEvaluationChanges(ctx, [{ ...at, field: { param: 'quality', value: 400 } }], TYPICAL_2023);
    await applyEvaluationChanges(ctx, [{ ...at, field: { param: 'quality', value: 450 } }], TYPICAL_2023);
    const undo = await applyEvaluationChanges(
      ctx,
      [
        { ...at, field: { param: 'deadlines', value: undefined } },
        { ...at, field: { param: 'quality', value: 300 }, expected: { param: 'quality', value: 400 } },
      ],
      TYPICAL_2023,
    );
    expect(undo).toEqual({ ok: false, error: { code: 'changedElsewhere', detail: '450' } });
    expect((await ctx.db.evaluations.get('2026-Q3:ranking:e1'))?.scores).toEqual({ quality: 450 });
    // Over what it left, the same undo goes through.
    const again = await applyEvaluationChanges(
      ctx,
      [{ ...at, field: { param: 'quality', value: 300 }, expected: { param: 'quality', value: 450 } }],
      TYPICAL_2023,
    );
    expect(again.ok).toBe(true);
  });
});
