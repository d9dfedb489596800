import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '../profile-catalog';
import { ASSUMPTIONS } from './assumptions';
import { BUILTIN_PROFILE_DATA, JUSTICE_2017, JUSTICE_2017_CENTRAL, TYPICAL_2023 } from './builtin';
import { normaliseProfile, validateProfile } from './schema';
import { JUSTICE_CENTRAL_ACTIVITIES, JUSTICE_TERRITORIAL_ACTIVITIES } from './points-activities';
import { citedEntries, parameterInUse } from './types';

describe('built-in methodology profiles (METHODOLOGY intro, §§2–5)', () => {
  it.each(BUILTIN_PROFILE_DATA.map((p) => [p.id, p] as const))('%s validates', (_id, profile) => {
    const r = validateProfile(profile);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it.each(BUILTIN_PROFILE_DATA.map((p) => [p.id, p] as const))(
    '%s: every parameter cites a seed paragraph or is a METHODOLOGY §5 assumption',
    (_id, profile) => {
      const entries = citedEntries(profile);
      expect(entries.length).toBeGreaterThan(40);
      for (const { path, cited } of entries) {
        const ok =
          (typeof cited.source === 'string' && /^(00[0-4] |METHODOLOGY )/.test(cited.source)) ||
          (cited.assumption !== undefined && cited.assumption in ASSUMPTIONS);
        expect(ok, path).toBe(true);
      }
    },
  );

  it('the catalogue of profile identities matches the profile data', () => {
    expect(BUILTIN_PROFILES.map((p) => [p.id, p.version])).toEqual(BUILTIN_PROFILE_DATA.map((p) => [p.id, p.version]));
  });

  it('METHODOLOGY §5: exactly the assumptions of section 5 are marked in Typical 2023', () => {
    const marked = new Set(citedEntries(TYPICAL_2023).flatMap((e) => (e.cited.assumption ? [e.cited.assumption] : [])));
    expect([...marked].sort()).toEqual([
      'consequenceGrades',
      'consequences2017Only',
      'kciCombine',
      'kciPermissibleTable',
      'kciReview',
      'leastExpressedCount',
      'pointsAnnualFormula',
      'rankingCombine',
      'rounding',
      'survey360Anonymity',
      'survey360Scale',
    ]);
  });

  it('refuses inconsistent edits with the parameter’s path', () => {
    const broken = {
      ...TYPICAL_2023,
      kci: { ...TYPICAL_2023.kci, minCount: { value: 6, source: '004 §24' } },
      scale: {
        value: {
          decimals: 2,
          bands: [
            { grade: 'proper', min: 300 },
            { grade: 'effective', min: 400 },
          ],
        },
        source: '004 §8',
      },
      deadlines: { ...TYPICAL_2023.deadlines, quarterlyDay: { value: 40, source: '004 §5' } },
    };
    const r = validateProfile(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.problems.map((p) => p.path);
      expect(paths).toContain('deadlines.quarterlyDay.value');
      expect(paths).toContain('kci');
      expect(r.problems.map((p) => p.message)).toContain('scaleOrder');
    }
  });

  it('a parameter with neither a source nor an assumption is refused', () => {
    const r = validateProfile({ ...TYPICAL_2023, minTenureMonths: { value: 3 } });
    expect(r.ok).toBe(false);
  });

  it('002 Appendix 2: the incentivised activities of the territorial bodies, +1 … +5 points each (§18), Russian marked as translation', () => {
    expect(JUSTICE_TERRITORIAL_ACTIVITIES).toHaveLength(18);
    expect([5, 4, 3, 2, 1].map((p) => JUSTICE_TERRITORIAL_ACTIVITIES.filter((a) => a.points === p).length)).toEqual([
      7, 3, 4, 2, 2,
    ]);
    expect(JUSTICE_TERRITORIAL_ACTIVITIES.every((a) => a.translated === 'ru' && a.names.kk !== '' && a.names.ru !== '')).toBe(
      true,
    );
  });

  it('002 Appendix 2: the central apparatus’s own list — 30 activities, the kk text the act’s — is the central profile’s scale', () => {
    expect(JUSTICE_CENTRAL_ACTIVITIES).toHaveLength(30);
    expect([5, 4, 3, 2, 1].map((p) => JUSTICE_CENTRAL_ACTIVITIES.filter((a) => a.points === p).length)).toEqual([
      11, 10, 5, 2, 2,
    ]);
    expect(new Set([...JUSTICE_CENTRAL_ACTIVITIES, ...JUSTICE_TERRITORIAL_ACTIVITIES].map((a) => a.id)).size).toBe(48);
    expect(JUSTICE_2017_CENTRAL.points.activities).toEqual({ value: JUSTICE_CENTRAL_ACTIVITIES, source: '002 Appendix 2' });
    expect(JUSTICE_CENTRAL_ACTIVITIES[0]?.names.kk).toMatch(
      /^Қазақстан Республикасы Президентінің, Қазақстан Республикасы Президенті Әкімшілігі/,
    );
    expect(validateProfile(JUSTICE_2017_CENTRAL).ok).toBe(true);
  });

  it('a profile saved before the activity scale existed is read with the seed’s scale', () => {
    const { activities: _dropped, ...points } = TYPICAL_2023.points;
    const old = { ...TYPICAL_2023, id: 'own', builtIn: false, points } as unknown as typeof TYPICAL_2023;
    expect(normaliseProfile(old).points.activities).toEqual({ value: JUSTICE_TERRITORIAL_ACTIVITIES, source: '002 Appendix 2' });
  });
});

describe('the parameters a profile applies', () => {
  it('002 §§3, 16, 26: the Justice 2017 profile has no KCI, ranking, 360 or calibration — their 2023 parameters are not its rules', () => {
    const shown = citedEntries(JUSTICE_2017).filter((e) => parameterInUse(JUSTICE_2017, e.path));
    expect(shown.some((e) => /^(kci|ranking|survey360|calibration|competencySheet|indicatorGroups)\./.test(`${e.path}.`))).toBe(
      false,
    );
    expect(shown.some((e) => e.path.startsWith('deadlines.kci'))).toBe(false);
    expect(shown.map((e) => e.path)).toEqual(
      expect.arrayContaining(['points.base', 'deadlines.quarterlyDay', 'commission.quorum']),
    );
    // Every cited source shown under Justice is 002's, or an assumption, or 000's categories.
    expect(
      shown
        .filter((e) => e.cited.source !== undefined && !/^00[02] /.test(e.cited.source))
        .map((e) => `${e.path}: ${e.cited.source}`),
    ).toEqual([]);
    expect(parameterInUse(TYPICAL_2023, 'kci.minCount')).toBe(true);
  });
});

describe('the methodology editor’s problems in the user’s words', () => {
  it('a value out of range, a fraction, a cleared source: each a code with its numbers, never the validator’s English', () => {
    const bad = {
      ...TYPICAL_2023,
      deadlines: { ...TYPICAL_2023.deadlines, quarterlyDay: { value: 40, source: '004 §5' } },
      minTenureMonths: { value: 1.5, source: '004 §6' },
      retentionYears: { value: 3, source: '' },
    };
    const r = validateProfile(bad);
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems.find((p) => p.path === 'deadlines.quarterlyDay.value')).toMatchObject({
      code: 'tooLarge',
      params: { max: 28, value: 40 },
    });
    expect(problems.find((p) => p.path.startsWith('minTenureMonths'))).toMatchObject({
      code: 'notInteger',
      params: { value: 1.5 },
    });
    expect(problems.find((p) => p.path.startsWith('retentionYears'))).toMatchObject({ code: 'sourceRequired' });
  });
});
