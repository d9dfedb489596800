/**
 * Languages: one typed source dictionary (en) and its translations, as plain data, with the locale
 * formatters (`format.ts`). The Solid translator for the screens is `translator.ts`.
 */
import type { Lang } from '../domain';
import { en, type RawDictionary } from './en';
import { kk } from './kk';
import { ru } from './ru';

export type { RawDictionary };
/** The dictionary flattened to dotted keys, as the translator reads it. */
type Flatten<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? { readonly [Q in `${P}${K}`]: T[K] } : Flatten<T[K], `${P}${K}.`>;
}[keyof T & string];
type Merge<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Dictionary = Merge<Flatten<RawDictionary>>;
export type MessageKey = keyof Dictionary;

export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];
export const DICTIONARIES: Readonly<Record<Lang, RawDictionary>> = { kk, ru, en };
export * from './format';
