import { describe, expect, it } from 'vitest';
import { saveSurvey360Setups } from './survey360';
import { testContext } from './test-support';

const setup = (evaluatedId: string, ...respondents: [string, 'manager' | 'subordinate' | 'peer' | 'self'][]) => ({
  id: `2026-Y:${evaluatedId}`, periodId: '2026-Y', evaluatedId, respondents: respondents.map(([respondentId, role]) => ({ respondentId, role })),
});

describe('360 set-up in the store (004 §36)', () => {
  it('004 §36: saves a unit’s respondents in one go, audits each person’s set, and an unchanged save writes nothing', async () => {
    const ctx = testContext();
    const first = [setup('a', ['m', 'manager'], ['b', 'peer'], ['a', 'self']), setup('b', ['m', 'manager'], ['a', 'peer'], ['b', 'self'])];
    expect(await saveSurvey360Setups(ctx, first)).toEqual({ ok: true, value: 2 });
    expect(await saveSurvey360Setups(ctx, first)).toEqual({ ok: true, value: 0 });
    expect(await saveSurvey360Setups(ctx, [setup('a', ['m', 'manager'], ['a', 'self'])])).toEqual({ ok: true, value: 1 });
    expect((await ctx.db.survey360.where('periodId').equals('2026-Y').toArray()).map((s) => s.respondents.length)).toEqual([2, 3]);
    const log = await ctx.db.audit.toArray();
    expect(log.map((a) => `${a.action} ${a.entityId}`)).toEqual(['create 2026-Y:a', 'create 2026-Y:b', 'update 2026-Y:a']);
  });
});
