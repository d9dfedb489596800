/**
 * A unit's name in Kazakh and in Russian (issue 19 §6). A unit kept before it had names in two
 * languages has only `name`, in whichever language it was typed; a unit named since keeps the names
 * it was given and `name` as its Russian name, else its Kazakh one (what matching a roster and older
 * readers use). Nothing here translates or guesses: a language without a name shows the other's.
 */
import type { Lang, Unit } from './model';

/** The names a unit is given; a blank or missing one is not given. */
export interface UnitNames {
  readonly kk?: string;
  readonly ru?: string;
}

/**
 * The unit's name for a page or a document in `lang`: that language's name, else the name kept for
 * the unit — the other language's name for a unit named here, the one name of an older unit, the
 * unit column of a roster that named the unit in one language only. English screens read the
 * Russian name.
 * @example unitNameIn({ name: 'Отдел', names: { kk: 'Бөлім', ru: 'Отдел' } }, 'kk') → 'Бөлім'
 * @example unitNameIn({ name: 'Отдел', names: { ru: 'Отдел' } }, 'kk') → 'Отдел'
 */
export function unitNameIn(unit: Pick<Unit, 'name' | 'names'>, lang: Lang): string {
  return unit.names?.[lang === 'kk' ? 'kk' : 'ru']?.trim() || unit.name;
}

/**
 * The names as stored: trimmed, blanks left out, and the `name` that goes with them — or `undefined`
 * when neither language has one (a unit must be named).
 * @example unitNamesRecord({ kk: ' Заң бөлімі ', ru: '' }) → { name: 'Заң бөлімі', names: { kk: 'Заң бөлімі' } }
 */
export function unitNamesRecord(given: UnitNames): { readonly name: string; readonly names: UnitNames } | undefined {
  const kk = given.kk?.trim() ?? '';
  const ru = given.ru?.trim() ?? '';
  if (kk === '' && ru === '') return undefined;
  return { name: ru || kk, names: { ...(kk ? { kk } : {}), ...(ru ? { ru } : {}) } };
}

/** Every name a unit goes by (its kept name and both languages'), for matching a roster's unit column. */
export const unitNamesAll = (unit: Pick<Unit, 'name' | 'names'>): readonly string[] =>
  [unit.name, unit.names?.kk ?? '', unit.names?.ru ?? '']
    .map((n) => n.trim())
    .filter((n, i, all) => n !== '' && all.indexOf(n) === i);

/** Kazakh letters Russian has not: a name written with one of them is Kazakh. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/**
 * For a unit kept with one name of no stated language, the language its letters show — Kazakh when
 * it has a letter only Kazakh writes, else Russian. Only ever a suggestion the editor fills in for
 * the user to confirm; a stored unit is never given a language this way.
 * @example suggestedLanguage('Заң бөлімі') → 'kk'
 */
export const suggestedLanguage = (name: string): 'kk' | 'ru' => (KAZAKH_LETTERS.test(name) ? 'kk' : 'ru');
