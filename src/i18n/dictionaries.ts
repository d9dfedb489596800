/**
 * Every language's dictionary, for what writes in any of them whatever the screen's language (a
 * document in Kazakh and Russian, `words.ts`). The screens load only their language (`load.ts`);
 * importing this module provides them all there too.
 */
import type { Lang } from '../domain';
import { en, type RawDictionary } from './en';
import { kk } from './kk';
import { ru } from './ru';
import { provideDictionary } from './load';

export const DICTIONARIES: Readonly<Record<Lang, RawDictionary>> = { kk, ru, en };
for (const [lang, dictionary] of Object.entries(DICTIONARIES) as [Lang, RawDictionary][]) provideDictionary(lang, dictionary);
