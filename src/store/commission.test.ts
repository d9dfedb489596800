import { describe, expect, it } from 'vitest';
import type { CommissionSitting } from '../domain';
import { saveSitting } from './commission';
import { testContext } from './test-support';

const base: CommissionSitting = {
  id: '2026-Q1',
  periodId: '2026-Q1',
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
    const log = await ctx.db.audit.where('entityId').equals('2026-Q1').toArray();
    expect(log.map((a) => a.field)).toEqual(['*', 'heldOn', 'conclusion', 'signedOn']);
  });
});
