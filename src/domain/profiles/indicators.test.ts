import { describe, expect, it } from 'vitest';
import { TYPICAL_2023, ZHANAOZEN_2023 } from './builtin';
import { indicatorLevel, TYPICAL_INDICATOR_GROUPS, TYPICAL_INDICATORS } from './indicators';
import { normaliseProfile } from './schema';

const LEVELS = ['lead', 'head', 'staff'] as const;

describe('behavioural indicators of the competency sheet (004 Appendix 4 ru, 000 Appendix 4 kk)', () => {
  it('004/000 Appendix 4: all eleven competencies have effective and ineffective indicators for each of the three groups, in both languages', () => {
    expect(Object.keys(TYPICAL_INDICATORS).sort()).toEqual(TYPICAL_2023.competencySheet.value.map((c) => c.id).sort());
    for (const [id, c] of Object.entries(TYPICAL_INDICATORS)) {
      for (const level of LEVELS) {
        const set = c[level];
        expect(set.effective.length, `${id}.${level}`).toBeGreaterThan(0);
        expect(set.ineffective.length, `${id}.${level}`).toBeGreaterThan(0);
        for (const text of [...set.effective, ...set.ineffective]) {
          expect(text.kk.trim().length, `${id}.${level}: ${text.ru}`).toBeGreaterThan(3);
          expect(text.ru.trim().length, `${id}.${level}: ${text.kk}`).toBeGreaterThan(3);
          // No leftovers of the flattened tables: category lists, page footnotes, trailing separators.
          expect(`${text.kk} ${text.ru}`).not.toMatch(/[BCDE]-\d|тұлғалардан басқа|[;.]$/);
        }
      }
    }
  });

  it('004 Appendix 4: a unit head of E-2 "plans and organises the work of the entrusted team"; staff "set tasks by priority"', () => {
    expect(TYPICAL_INDICATORS['management']?.head.effective[1]?.ru).toBe(
      'Планирует и организует работу вверенного коллектива, содействует в достижении ими запланированных результатов',
    );
    expect(TYPICAL_INDICATORS['management']?.staff.effective[0]).toEqual({
      kk: 'Басымдылығына қарай тапсырмаларды маңыздылығы ретімен қояды',
      ru: 'Расставляет задания по приоритетности в порядке важности',
    });
    expect(TYPICAL_INDICATORS['integrity']?.head.effective).toHaveLength(6);
    expect(TYPICAL_INDICATORS['integrity']?.head.ineffective).toHaveLength(5);
  });

  it.each([
    ['E-1', false, 'lead'],
    ['E-R-1', false, 'lead'],
    ['E-2', false, 'head'],
    ['E-R-3', false, 'head'],
    ['E-3', true, 'head'],
    ['E-3', false, 'staff'],
    ['E-4', false, 'staff'],
    ['E-G-2', true, 'head'],
    ['C-O-1', false, 'lead'],
    ['B-4', false, 'staff'],
  ] as const)('000 Appendix 4: %s (heads a unit: %s) uses the "%s" indicators', (category, headsUnit, level) => {
    expect(indicatorLevel(category, headsUnit, TYPICAL_INDICATOR_GROUPS)).toBe(level);
  });

  it('a profile saved before indicators existed is read with the seed’s indicators and groups', () => {
    const sheet = TYPICAL_2023.competencySheet.value.map(({ indicators: _i, ...c }) => c);
    const { indicatorGroups: _g, ...rest } = TYPICAL_2023;
    const old = {
      ...rest,
      id: 'own',
      builtIn: false,
      competencySheet: { value: sheet, source: '004 Appendix 3' },
    } as unknown as typeof TYPICAL_2023;
    const read = normaliseProfile(old);
    expect(read.competencySheet.value[0]?.indicators).toEqual(TYPICAL_INDICATORS['management']);
    expect(read.indicatorGroups.value).toEqual(TYPICAL_INDICATOR_GROUPS);
  });

  it('Zhanaozen 2023 keeps the Typical indicators until its own (001 Appendix, E-2/E-4) are entered', () => {
    expect(ZHANAOZEN_2023.competencySheet.value.find((c) => c.id === 'integrity')?.indicators).toBe(
      TYPICAL_INDICATORS['integrity'],
    );
  });
});
