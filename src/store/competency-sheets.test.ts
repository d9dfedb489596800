import { describe, expect, it } from 'vitest';
import { saveSheetEntry } from './competency-sheets';
import { testContext } from './test-support';

describe('competency sheet in the store (004 Appendix 3)', () => {
  it('004 Appendix 3: saves an entry at a time into the person’s sheet for the year, audited before and after; an unchanged save writes nothing', async () => {
    const ctx = testContext();
    const meets = { competency: 'management', meets: true, indicatorsNotShown: [], note: '' };
    expect(await saveSheetEntry(ctx, '2026-Y', 'e', meets)).toEqual({ ok: true, value: true });
    const notMeets = { competency: 'cooperation', meets: false, indicatorsNotShown: [{ kk: 'Ынтымақтасады', ru: 'Сотрудничает' }], note: '' };
    expect(await saveSheetEntry(ctx, '2026-Y', 'e', notMeets)).toEqual({ ok: true, value: true });
    expect(await saveSheetEntry(ctx, '2026-Y', 'e', { ...meets })).toEqual({ ok: true, value: false });
    expect(await saveSheetEntry(ctx, '2026-Y', 'e', { ...meets, meets: false, note: 'см. служебную записку' })).toEqual({ ok: true, value: true });
    const sheet = await ctx.db.competencySheets.get('2026-Y:e');
    expect(sheet?.entries.map((x) => [x.competency, x.meets])).toEqual([['management', false], ['cooperation', false]]);
    expect(sheet?.entries[1]?.indicatorsNotShown).toEqual([{ kk: 'Ынтымақтасады', ru: 'Сотрудничает' }]);
    const log = (await ctx.db.audit.toArray()).map((a) => `${a.action} ${a.entityId} ${a.field}`);
    expect(log).toEqual(['create 2026-Y:e management', 'create 2026-Y:e cooperation', 'update 2026-Y:e management']);
    // Another year is another sheet.
    await saveSheetEntry(ctx, '2027-Y', 'e', meets);
    expect(await ctx.db.competencySheets.where('employeeId').equals('e').count()).toBe(2);
  });
});
