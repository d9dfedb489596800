import { describe, expect, it } from 'vitest';
import { sheetSignatureProblem } from '../domain';
import { signCompetencySheet, updateSheetEntry } from './competency-sheets';
import { testContext } from './test-support';

describe('competency sheet in the store (004 Appendix 3)', () => {
  it('004 Appendix 3: changes one competency at a time in the person’s sheet for the year, audited before and after; no change writes nothing', async () => {
    const ctx = testContext();
    expect(await updateSheetEntry(ctx, '2026-Y', 'e', 'management', (e) => ({ ...e, meets: true }))).toEqual({
      ok: true,
      value: true,
    });
    const shown = { kk: 'Ынтымақтасады', ru: 'Сотрудничает' };
    expect(
      await updateSheetEntry(ctx, '2026-Y', 'e', 'cooperation', (e) => ({ ...e, meets: false, indicatorsNotShown: [shown] })),
    ).toEqual({ ok: true, value: true });
    expect(await updateSheetEntry(ctx, '2026-Y', 'e', 'management', (e) => ({ ...e, meets: true }))).toEqual({
      ok: true,
      value: false,
    });
    // A blank competency left blank is not written either.
    expect(await updateSheetEntry(ctx, '2026-Y', 'e', 'decisions', (e) => e)).toEqual({ ok: true, value: false });
    expect(
      await updateSheetEntry(ctx, '2026-Y', 'e', 'management', (e) => ({ ...e, meets: false, note: 'см. служебную записку' })),
    ).toEqual({ ok: true, value: true });
    const sheet = await ctx.db.competencySheets.get('2026-Y:e');
    expect(sheet?.entries.map((x) => [x.competency, x.meets, x.note])).toEqual([
      ['management', false, 'см. служебную записку'],
      ['cooperation', false, ''],
    ]);
    expect(sheet?.entries[1]?.indicatorsNotShown).toEqual([shown]);
    const log = (await ctx.db.audit.toArray()).map((a) => `${a.action} ${a.entityId} ${a.field}`);
    expect(log).toEqual(['create 2026-Y:e management', 'create 2026-Y:e cooperation', 'update 2026-Y:e management']);
    // Another year is another sheet.
    await updateSheetEntry(ctx, '2027-Y', 'e', 'management', (e) => ({ ...e, meets: true }));
    expect(await ctx.db.competencySheets.where('employeeId').equals('e').count()).toBe(2);
  });

  it('004 Appendix 3: two changes to one competency issued together both land (a note saved on blur and the tick that caused it)', async () => {
    const ctx = testContext();
    await updateSheetEntry(ctx, '2026-Y', 'e', 'cooperation', (e) => ({ ...e, meets: false }));
    const tick = { kk: 'а', ru: 'б' };
    await Promise.all([
      updateSheetEntry(ctx, '2026-Y', 'e', 'cooperation', (e) => ({ ...e, note: 'на совещаниях' })),
      updateSheetEntry(ctx, '2026-Y', 'e', 'cooperation', (e) => ({ ...e, indicatorsNotShown: [...e.indicatorsNotShown, tick] })),
    ]);
    expect((await ctx.db.competencySheets.get('2026-Y:e'))?.entries).toEqual([
      { competency: 'cooperation', meets: false, note: 'на совещаниях', indicatorsNotShown: [tick] },
    ]);
  });

  it('004 Appendix 3: the manager signs the filled sheet, then the person — acquainted; refused while a competency is open or out of order', async () => {
    const ctx = testContext();
    await updateSheetEntry(ctx, '2026-Y', 'e', 'management', (e) => ({ ...e, meets: true }));
    const at = { periodId: '2026-Y', employeeId: 'e', year: '2026', today: '2027-01-15' };
    const open = () => [{ code: 'notAssessed' as const, competency: 'cooperation' }];
    const none = () => [];
    const dates = { managerSignedOn: '2027-01-12', acquaintedOn: '2027-01-13' };
    expect(await signCompetencySheet(ctx, at, dates, open)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await signCompetencySheet(ctx, at, { ...dates, acquaintedOn: '2027-01-11' }, none)).toMatchObject({ ok: false });
    expect(await signCompetencySheet(ctx, at, dates, none)).toEqual({ ok: true, value: true });
    // The entries kept; a later change of one competency keeps the signatures too.
    await updateSheetEntry(ctx, '2026-Y', 'e', 'management', (e) => ({ ...e, note: 'x' }));
    expect(await ctx.db.competencySheets.get('2026-Y:e')).toMatchObject({
      ...dates,
      entries: [{ competency: 'management', meets: true }],
    });
    const log = (await ctx.db.audit.toArray()).map((a) => `${a.action} ${a.field}`);
    expect(log).toContain('update signatures');
    expect(await signCompetencySheet(ctx, { ...at, employeeId: 'nobody' }, dates, none)).toMatchObject({ ok: false });
  });

  it('issue 20: the person’s day signed in tab B keeps the manager’s day tab A set meanwhile; a day both changed is refused', async () => {
    const ctx = testContext();
    await updateSheetEntry(ctx, '2026-Y', 'e', 'management', (e) => ({ ...e, meets: true }));
    const at = { periodId: '2026-Y', employeeId: 'e', year: '2026', today: '2027-01-15' };
    const none = () => [];
    const opened = { managerSignedOn: null, acquaintedOn: null };
    await signCompetencySheet(ctx, at, { ...opened, managerSignedOn: '2027-01-12' }, none, opened);
    expect(await signCompetencySheet(ctx, at, { ...opened, acquaintedOn: '2027-01-13' }, none, opened)).toEqual({
      ok: true,
      value: true,
    });
    expect(await ctx.db.competencySheets.get('2026-Y:e')).toMatchObject({
      managerSignedOn: '2027-01-12',
      acquaintedOn: '2027-01-13',
    });
    expect(await signCompetencySheet(ctx, at, { ...opened, managerSignedOn: '2027-01-11' }, none, opened)).toMatchObject({
      ok: false,
      error: { code: 'editedElsewhere', detail: 'managerSignedOn' },
    });
  });

  it('004 Appendix 3: the signature rules — a future day, a day before the year, the person before the manager', () => {
    const ok = { managerSignedOn: '2027-01-12', acquaintedOn: '2027-01-12' };
    expect(sheetSignatureProblem([], ok, '2026', '2027-01-15')).toBeUndefined();
    expect(sheetSignatureProblem([], { managerSignedOn: null, acquaintedOn: null }, '2026', '2027-01-15')).toBeUndefined();
    expect(sheetSignatureProblem([], { ...ok, acquaintedOn: '2027-01-16' }, '2026', '2027-01-15')).toBe('inFuture');
    expect(sheetSignatureProblem([], { ...ok, managerSignedOn: '2025-12-31' }, '2026', '2027-01-15')).toBe('beforeYear');
    expect(sheetSignatureProblem([], { managerSignedOn: null, acquaintedOn: '2027-01-12' }, '2026', '2027-01-15')).toBe(
      'beforeManager',
    );
  });
});
