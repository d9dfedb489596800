/**
 * The dictionaries as they are loaded: the first screen loads the screen's language alone (issue 21),
 * another when the user picks it; a module that writes in every language (documents, `words.ts`)
 * imports them all (`dictionaries.ts`), which provides them here too. Each language is a chunk of
 * its own in the PWA (precached), inlined in the single file.
 */
import type { Lang } from '../domain';
import type { RawDictionary } from './en';
import { knowKeys } from './index';

const loaded: Partial<Record<Lang, RawDictionary>> = {};

/** Makes a dictionary already imported available at once. */
export function provideDictionary(lang: Lang, dictionary: RawDictionary): void {
  loaded[lang] = dictionary;
  knowKeys(dictionary);
}

/** The language's dictionary if it is loaded. */
export const loadedDictionary = (lang: Lang): RawDictionary | undefined => loaded[lang];

const importers: Readonly<Record<Lang, () => Promise<RawDictionary>>> = {
  kk: async () => (await import('./kk')).kk,
  ru: async () => (await import('./ru')).ru,
  en: async () => (await import('./en')).en,
};

/** Loads the language's dictionary (once). */
export async function loadDictionary(lang: Lang): Promise<RawDictionary> {
  const known = loaded[lang];
  if (known) return known;
  const dictionary = await importers[lang]();
  provideDictionary(lang, dictionary);
  return dictionary;
}
