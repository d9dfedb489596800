import { describe, expect, it } from 'vitest';
import type { CommissionSitting } from '../domain';
import { approveSitting, saveSitting } from './commission';
import { saveAppeal } from './appeals';
import { testContext } from './test-support';

const base: CommissionSitting = {
  id: '2026-Q1:1',
  periodId: '2026-Q1',
  number: 1,
  approval: null,
  orderNumber: '12',
  orderDate: '2026-01-05',
  seats: [],
  heldOn: null,
  present: [],
  cases: [],
  conclusion: '',
  signedOn: null,
};

describe('Commission sittings in the store (001 §§51–61)', () => {
  it('logs changed fields; a signed protocol is locked', async () => {
    const ctx = testContext();
    await saveSitting(ctx, base);
    await saveSitting(ctx, { ...base, heldOn: '2026-04-15', conclusion: 'Результаты утвердить' });
    await saveSitting(ctx, { ...base, heldOn: '2026-04-15', conclusion: 'Результаты утвердить', signedOn: '2026-04-15' });
    expect(await saveSitting(ctx, { ...base, conclusion: 'Иное' })).toMatchObject({
      ok: false,
      error: { code: 'protocolSigned' },
    });
    const log = await ctx.db.audit.where('entityId').equals('2026-Q1:1').toArray();
    expect(log.map((a) => a.field)).toEqual(['*', 'heldOn', 'conclusion', 'signedOn']);
  });

  it('issue 20: two tabs on one stale copy — tab B’s save keeps tab A’s order number and member; a field both changed is refused, nothing written', async () => {
    const ctx = testContext();
    const opened = { ...base, orderNumber: '' };
    await saveSitting(ctx, opened);
    // Tab A names the order and adds a member; tab B, opened before, writes the conclusion.
    const member = { id: 'm1', name: 'Асанов Б.', role: 'chair' as const };
    await saveSitting(ctx, { ...opened, orderNumber: '12-к', seats: [member] }, opened);
    expect(await saveSitting(ctx, { ...opened, conclusion: 'Результаты утвердить' }, opened)).toMatchObject({ ok: true });
    expect(await ctx.db.sittings.get(base.id)).toMatchObject({
      orderNumber: '12-к',
      seats: [member],
      conclusion: 'Результаты утвердить',
    });
    // Tab B also changes the order number, from the copy that had none: refused, tab A's stays.
    expect(await saveSitting(ctx, { ...opened, orderNumber: '13-к', heldOn: '2026-04-15' }, opened)).toEqual({
      ok: false,
      error: { code: 'editedElsewhere', detail: 'orderNumber' },
    });
    expect(await ctx.db.sittings.get(base.id)).toMatchObject({ orderNumber: '12-к', heldOn: null });
    // Having seen tab A's value, tab B keeps its own: the save overwrites it.
    const seen = { ...opened, orderNumber: '12-к', seats: [member], conclusion: 'Результаты утвердить' };
    expect(await saveSitting(ctx, { ...seen, orderNumber: '13-к' }, seen)).toMatchObject({ ok: true });
    expect((await ctx.db.sittings.get(base.id))?.orderNumber).toBe('13-к');
    const log = await ctx.db.audit.where('entityId').equals('2026-Q1:1').toArray();
    expect(log.map((a) => a.field)).toEqual(['*', 'orderNumber', 'seats', 'conclusion', 'orderNumber']);
  });

  it('issue 20: a sitting another tab created meanwhile is not replaced by a fresh one from this tab', async () => {
    const ctx = testContext();
    const fresh = { ...base, orderNumber: '' };
    await saveSitting(ctx, { ...fresh, orderNumber: '12-к' }, fresh);
    expect(await saveSitting(ctx, { ...fresh, conclusion: 'Иное' }, fresh)).toMatchObject({ ok: true });
    expect(await ctx.db.sittings.get(base.id)).toMatchObject({ orderNumber: '12-к', conclusion: 'Иное' });
  });

  it('a protocol is signed on or after its sitting: signing it the day before is refused and nothing is stored', async () => {
    const ctx = testContext();
    const held = { ...base, heldOn: '2026-04-15' };
    await saveSitting(ctx, held);
    expect(await saveSitting(ctx, { ...held, signedOn: '2026-04-14' })).toMatchObject({
      ok: false,
      error: { code: 'signedBeforeHeld' },
    });
    expect((await ctx.db.sittings.get(base.id))?.signedOn).toBeNull();
  });

  it('001 §61: the authorised person approves a signed protocol once — name, position, date, audited; not before signing', async () => {
    const ctx = testContext();
    const approval = { name: ' Асанов Б. ', position: 'Аким', on: '2026-04-16' };
    await saveSitting(ctx, { ...base, heldOn: '2026-04-15' });
    expect(await approveSitting(ctx, base.id, approval)).toMatchObject({ ok: false, error: { code: 'notSigned' } });
    await saveSitting(ctx, { ...base, heldOn: '2026-04-15', signedOn: '2026-04-15' });
    expect(await approveSitting(ctx, base.id, { ...approval, on: '2026-04-14' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await approveSitting(ctx, base.id, approval)).toMatchObject({
      ok: true,
      value: { approval: { name: 'Асанов Б.', position: 'Аким', on: '2026-04-16' } },
    });
    expect(await approveSitting(ctx, base.id, approval)).toMatchObject({ ok: false, error: { code: 'alreadyApproved' } });
    const log = await ctx.db.audit.where('entityId').equals(base.id).toArray();
    expect(log.map((a) => a.field)).toContain('approval');
  });

  it('001 §64: an appeal is kept per person and result; an outcome needs its date, a changed result its new value', async () => {
    const ctx = testContext();
    const appeal = {
      periodId: '2026-Q1',
      employeeId: 'e',
      component: 'ranking' as const,
      filedOn: '2026-04-24',
      body: 'Департамент',
      outcome: 'pending' as const,
      decidedOn: null,
      newResult: null,
      source: '',
      informedOn: null,
      court: '',
    };
    expect(await saveAppeal(ctx, appeal)).toMatchObject({ ok: true, value: { id: '2026-Q1:ranking:e' } });
    expect(await saveAppeal(ctx, { ...appeal, outcome: 'changed', decidedOn: '2026-05-15' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await saveAppeal(ctx, { ...appeal, outcome: 'upheld' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    await saveAppeal(ctx, { ...appeal, outcome: 'changed', decidedOn: '2026-05-15', newResult: 420, source: 'Приказ № 7' });
    expect(await ctx.db.appeals.get('2026-Q1:ranking:e')).toMatchObject({ outcome: 'changed', newResult: 420 });
    const log = await ctx.db.audit.where('entityId').equals('2026-Q1:ranking:e').toArray();
    expect(log.map((a) => a.field)).toEqual(['*', 'outcome', 'decidedOn', 'newResult', 'source']);
  });
});
