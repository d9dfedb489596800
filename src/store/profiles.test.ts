import { describe, expect, it } from 'vitest';
import { TYPICAL_2023 } from '../domain';
import { latestVersions, saveProfileVersion } from './profiles';
import { testContext } from './test-support';

describe('agency profiles: clone, edit, save as a new version', () => {
  it('saves versions 1, 2, … of the same id and keeps the old ones', async () => {
    const ctx = testContext();
    const draft = {
      ...TYPICAL_2023,
      id: 'own',
      builtIn: false,
      basedOn: 'typical-2023',
      minTenureMonths: { value: 2, source: 'Приказ №15' },
    };
    const v1 = await saveProfileVersion(ctx, draft);
    const v2 = await saveProfileVersion(ctx, { ...draft, minTenureMonths: { value: 1, source: 'Приказ №16' } });
    expect(v1).toMatchObject({ ok: true, value: { version: 1 } });
    expect(v2).toMatchObject({ ok: true, value: { version: 2, minTenureMonths: { value: 1 } } });
    const all = await ctx.db.profiles.toArray();
    expect(all.map((p) => p.version)).toEqual([1, 2]);
    expect(latestVersions(all).map((p) => [p.id, p.version])).toEqual([['own', 2]]);
    expect(await ctx.db.audit.where('entityId').equals('own@2').count()).toBe(1);
  });

  it('refuses an invalid profile and writes nothing', async () => {
    const ctx = testContext();
    const result = await saveProfileVersion(ctx, { ...TYPICAL_2023, id: 'bad', minTenureMonths: { value: -1, source: 'x' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await ctx.db.profiles.count()).toBe(0);
  });
});
