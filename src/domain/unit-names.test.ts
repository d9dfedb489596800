import { describe, expect, it } from 'vitest';
import { suggestedLanguage, unitNameIn, unitNamesAll, unitNamesRecord } from './unit-names';

describe('a unit named in Kazakh and in Russian (issue 19 §6)', () => {
  const both = { name: 'Юридический отдел', names: { kk: 'Заң бөлімі', ru: 'Юридический отдел' } };

  it('Given both names, When a Kazakh form asks, Then it gets the Kazakh name; a Russian or English one the Russian name', () => {
    expect(unitNameIn(both, 'kk')).toBe('Заң бөлімі');
    expect(unitNameIn(both, 'ru')).toBe('Юридический отдел');
    expect(unitNameIn(both, 'en')).toBe('Юридический отдел');
  });

  it('Given one language only, Then the other language shows that name as it is — nothing translated', () => {
    expect(unitNameIn({ name: 'Заң бөлімі', names: { kk: 'Заң бөлімі' } }, 'ru')).toBe('Заң бөлімі');
    expect(unitNameIn({ name: 'Юридический отдел', names: { ru: 'Юридический отдел', kk: '  ' } }, 'kk')).toBe(
      'Юридический отдел',
    );
  });

  it('Given an older unit with one name of no stated language, Then every language shows that name', () => {
    expect(unitNameIn({ name: 'Отдел кадров' }, 'kk')).toBe('Отдел кадров');
    expect(unitNameIn({ name: 'Отдел кадров' }, 'ru')).toBe('Отдел кадров');
  });

  it('stores trimmed names without blanks, the Russian one as the kept name, and refuses a unit with no name at all', () => {
    expect(unitNamesRecord({ kk: ' Заң бөлімі ', ru: ' Юридический отдел ' })).toEqual(both);
    expect(unitNamesRecord({ kk: 'Заң бөлімі', ru: '' })).toEqual({ name: 'Заң бөлімі', names: { kk: 'Заң бөлімі' } });
    expect(unitNamesRecord({ kk: ' ', ru: '' })).toBeUndefined();
    expect(unitNamesRecord({})).toBeUndefined();
  });

  it('a roster may name the unit by any of its names', () => {
    expect(unitNamesAll(both)).toEqual(['Юридический отдел', 'Заң бөлімі']);
    expect(unitNamesAll({ name: 'Отдел кадров' })).toEqual(['Отдел кадров']);
  });

  it('suggests Kazakh for a name with a letter only Kazakh writes, else Russian (an editor suggestion only)', () => {
    expect(suggestedLanguage('Заң бөлімі')).toBe('kk');
    expect(suggestedLanguage('Қаржы бөлімі')).toBe('kk');
    expect(suggestedLanguage('Отдел кадров')).toBe('ru');
  });
});
