import { describe, expect, it } from 'vitest';
import { JUSTICE_2017, periodsOfYear } from '../domain';
import { setLocked } from './evaluations';
import { agreePointsSheet, editPointsEntries, saveSelfAssessment, signPointsSheet, updatePointsSheet } from './points';
import { testContext } from './test-support';
import { applyUnitImport } from './unit-import';

const at = { periodId: '2026-Q1', employeeId: 'e', unitId: 'u', today: '2026-04-10' };
const incentive = { id: 'i1', activityId: 'instructions', points: 5, date: '2026-02-10', note: 'Поручение № 5' };

describe('points-model entries in the store (002 §§16–33)', () => {
  it('stores incentives and violations with the profile version, one audit entry per changed list', async () => {
    const ctx = testContext();
    await updatePointsSheet(ctx, at, { incentives: [incentive] }, JUSTICE_2017);
    await updatePointsSheet(ctx, at, { violations: [{ id: 'v1', kind: 'labour', date: '2026-03-02', note: '' }] }, JUSTICE_2017);
    await updatePointsSheet(ctx, at, { violations: [{ id: 'v1', kind: 'labour', date: '2026-03-02', note: '' }] }, JUSTICE_2017);
    expect(await ctx.db.pointsSheets.get('2026-Q1:e')).toMatchObject({
      incentives: [incentive],
      violations: [{ kind: 'labour' }],
      targets: [],
      profileId: 'justice-2017',
      profileVersion: 1,
    });
    const log = await ctx.db.audit.where('entityId').equals('2026-Q1:e').toArray();
    expect(log.map((a) => [a.action, a.field])).toEqual([
      ['create', 'incentives'],
      ['update', 'violations'],
    ]);
  });

  it('issue 20: changes made from the same stale copy (two saves in flight, two tabs) each land — by entry id, field by field', async () => {
    const ctx = testContext();
    const violation = { id: 'v1', kind: 'executive' as const, date: '2026-03-02', note: '' };
    await updatePointsSheet(ctx, at, { incentives: [incentive], violations: [violation] }, JUSTICE_2017);
    // Both "tabs" saw the same sheet; neither knows of the other's change.
    const seen = await ctx.db.pointsSheets.get('2026-Q1:e');
    const stale = seen?.incentives[0] ?? incentive;
    await editPointsEntries(
      ctx,
      at,
      [{ list: 'violations', entry: { ...violation, kind: 'labour' }, fields: ['kind'] }],
      JUSTICE_2017,
    );
    await editPointsEntries(ctx, at, [{ list: 'incentives', entry: { ...stale, points: 4 }, fields: ['points'] }], JUSTICE_2017);
    await editPointsEntries(
      ctx,
      at,
      [{ list: 'incentives', entry: { ...stale, note: 'Поручение № 6' }, fields: ['note'] }],
      JUSTICE_2017,
    );
    const added = { id: 'i2', activityId: 'inspections', points: 3, date: '2026-02-11', note: '' };
    await editPointsEntries(
      ctx,
      at,
      [{ list: 'incentives', entry: added, fields: ['activityId', 'points', 'date', 'note'] }],
      JUSTICE_2017,
    );
    // Removing an entry another tab already removed, or adding one twice, changes nothing more.
    await editPointsEntries(
      ctx,
      at,
      [{ list: 'incentives', entry: added, fields: ['activityId', 'points', 'date', 'note'] }],
      JUSTICE_2017,
    );
    expect(await ctx.db.pointsSheets.get('2026-Q1:e')).toMatchObject({
      incentives: [{ ...incentive, points: 4, note: 'Поручение № 6' }, added],
      violations: [{ ...violation, kind: 'labour' }],
    });
    await editPointsEntries(ctx, at, [{ list: 'violations', remove: 'v1' }], JUSTICE_2017);
    await editPointsEntries(ctx, at, [{ list: 'violations', remove: 'v1' }], JUSTICE_2017);
    expect((await ctx.db.pointsSheets.get('2026-Q1:e'))?.violations).toEqual([]);
    const log = await ctx.db.audit.where('entityId').equals('2026-Q1:e').toArray();
    expect(log.map((a) => a.field)).toEqual([
      'incentives',
      'violations',
      'violations',
      'incentives',
      'incentives',
      'incentives',
      'violations',
    ]);
  });

  it('issue 20, 002 §23: the self-assessment saved in two tabs from one copy keeps both tabs’ fields; a field both changed is refused', async () => {
    const ctx = testContext();
    const opened = { incentives: '', executive: '', labour: '', points: null };
    await saveSelfAssessment(ctx, at, { ...opened, incentives: 'Поручения исполнены' }, opened, JUSTICE_2017);
    await saveSelfAssessment(ctx, at, { ...opened, points: 105 }, opened, JUSTICE_2017);
    expect((await ctx.db.pointsSheets.get('2026-Q1:e'))?.self).toEqual({
      ...opened,
      incentives: 'Поручения исполнены',
      points: 105,
    });
    expect(await saveSelfAssessment(ctx, at, { ...opened, points: 110 }, opened, JUSTICE_2017)).toMatchObject({
      ok: false,
      error: { code: 'editedElsewhere', detail: 'points' },
    });
  });

  it('002 §§10–11: the year’s plan is dated the day it is first saved with targets; later edits keep that day', async () => {
    const ctx = testContext();
    const year = { ...at, periodId: '2026-Y', today: '2026-03-10' };
    const target = { id: 't', name: 'План', result: null };
    await updatePointsSheet(ctx, year, { targets: [target] }, JUSTICE_2017);
    await updatePointsSheet(ctx, { ...year, today: '2026-03-12' }, { targets: [target, { ...target, id: 'u' }] }, JUSTICE_2017);
    expect(await ctx.db.pointsSheets.get('2026-Y:e')).toMatchObject({ planOn: '2026-03-10' });
    await updatePointsSheet(ctx, at, { incentives: [incentive] }, JUSTICE_2017);
    expect((await ctx.db.pointsSheets.get('2026-Q1:e'))?.planOn).toBeUndefined();
  });

  it('a submitted (locked) unit period refuses entries and writes nothing', async () => {
    const ctx = testContext();
    await setLocked(ctx, { periodId: '2026-Q1', unitId: 'u', component: 'points' }, true, '');
    expect(await updatePointsSheet(ctx, at, { incentives: [incentive] }, JUSTICE_2017)).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(await ctx.db.pointsSheets.count()).toBe(0);
  });

  it('issue 5: a returned unit workbook’s scores and entries go in one transaction, audited with the files; a submitted unit refuses all of it', async () => {
    const ctx = testContext();
    await updatePointsSheet(ctx, at, { incentives: [incentive] }, JUSTICE_2017);
    const unitOf = new Map([
      ['e', 'u'],
      ['f', 'w'],
    ]);
    const reason = 'Импорт: «отдел.xlsx»';
    const entries = [
      { periodId: '2026-Q1', employeeId: 'e', list: 'incentives' as const, entryId: 'i1', after: { ...incentive, points: 4 } },
      {
        periodId: '2026-Q1',
        employeeId: 'e',
        list: 'violations' as const,
        entryId: 'n1',
        after: { kind: 'executive' as const, date: '2026-03-05', note: '' },
      },
      {
        periodId: '2026-Q1',
        employeeId: 'f',
        list: 'incentives' as const,
        entryId: 'n2',
        after: { activityId: 'instructions', points: 5, date: '2026-01-20', note: '' },
      },
      {
        periodId: '2026-Q1',
        employeeId: 'e',
        list: 'self' as const,
        entryId: 'self',
        after: { incentives: 'Поручения исполнены', executive: '', labour: '', points: 105 },
      },
    ];
    const done = await applyUnitImport(ctx, { scores: [], entries, unitOf, reason }, JUSTICE_2017);
    expect(done).toMatchObject({ ok: true, value: { scores: 0, entries: 4 } });
    expect(await ctx.db.pointsSheets.get('2026-Q1:e')).toMatchObject({
      incentives: [{ id: 'i1', points: 4 }],
      violations: [{ id: 'n1', kind: 'executive' }],
      // 002 §23: the self-assessment the head passed on in the workbook.
      self: { incentives: 'Поручения исполнены', points: 105 },
    });
    const log = (await ctx.db.audit.toArray()).filter((a) => a.entity === 'pointsSheets');
    expect(
      log
        .filter((a) => a.reason === reason)
        .map((a) => `${a.entityId}.${a.field}`)
        .sort(),
    ).toEqual(['2026-Q1:e.incentives', '2026-Q1:e.self', '2026-Q1:e.violations', '2026-Q1:f.incentives']);
    // f's unit submits its quarter: the next import is refused as a whole, e's entry included.
    await setLocked(ctx, { periodId: '2026-Q1', unitId: 'w', component: 'points' }, true, '');
    const removal = [
      { ...entries[0]!, after: undefined },
      { ...entries[2]!, after: undefined },
    ];
    expect(await applyUnitImport(ctx, { scores: [], entries: removal, unitOf, reason }, JUSTICE_2017)).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect((await ctx.db.pointsSheets.get('2026-Q1:e'))?.incentives).toHaveLength(1);
    expect((await ctx.db.pointsSheets.get('2026-Q1:f'))?.incentives).toHaveLength(1);
  });

  it('002 §§23–25: the self-assessment is part of the sheet (refused once submitted); the manager agrees it, then the signature or the act of refusal is recorded', async () => {
    const ctx = testContext();
    const self = { incentives: 'Поручения исполнены', executive: '', labour: '', points: 105 };
    expect(await updatePointsSheet(ctx, at, { self }, JUSTICE_2017)).toMatchObject({ ok: true });
    await setLocked(ctx, { periodId: '2026-Q1', unitId: 'u', component: 'points' }, true, '');
    expect(await updatePointsSheet(ctx, at, { self: { ...self, points: 130 } }, JUSTICE_2017)).toMatchObject({ ok: false });
    const Q1 = periodsOfYear(2026)[0];
    if (!Q1) throw new Error('no Q1');
    const sign = (signature: { on: string; refused: boolean; act: string }) =>
      signPointsSheet(ctx, { period: Q1, employeeId: 'e', today: '2026-04-10' }, signature, JUSTICE_2017);
    const agree = (on: string | null) =>
      agreePointsSheet(ctx, { period: Q1, employeeId: 'e', today: '2026-04-10' }, on, JUSTICE_2017);
    // §25: signed after the manager's agreement (§24), not before it.
    expect(await sign({ on: '2026-04-06', refused: true, act: 'Акт № 3' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await agree('2026-04-11')).toMatchObject({ ok: false });
    expect(await agree('2026-04-05')).toMatchObject({ ok: true });
    expect(await sign({ on: '2026-04-04', refused: false, act: '' })).toMatchObject({ ok: false });
    expect(await sign({ on: '2026-04-06', refused: true, act: '' })).toMatchObject({ ok: false });
    expect(await sign({ on: '2026-04-06', refused: true, act: 'Акт № 3' })).toMatchObject({ ok: true });
    // The agreement of a signed sheet is not withdrawn nor moved past the signature.
    expect(await agree(null)).toMatchObject({ ok: false });
    expect(await agree('2026-04-07')).toMatchObject({ ok: false });
    expect(await ctx.db.pointsSheets.get('2026-Q1:e')).toMatchObject({
      self,
      agreedOn: '2026-04-05',
      signature: { on: '2026-04-06', refused: true, act: 'Акт № 3' },
      incentives: [],
    });
    const log = await ctx.db.audit.where('entityId').equals('2026-Q1:e').toArray();
    expect(log.map((a) => a.field)).toEqual(expect.arrayContaining(['agreedOn', 'signature']));
  });
});
