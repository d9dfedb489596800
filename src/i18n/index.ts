/**
 * Languages: one typed source dictionary (en) and its translations, as plain data, split by feature
 * (`en/`, `ru/`, `kk/`), with the locale formatters (`format.ts`). The Solid translator for the
 * screens is `translator.ts`; the types of `{{param}}` templates are `template.ts`.
 */
import type { Lang } from '../domain';
import type { RawDictionary, SourceDictionary } from './en';
import type { TemplateArgs, TemplateParams, TemplateValue } from './template';
import { flatten, type Nested } from './flatten';

export type { RawDictionary, SourceDictionary };
export type { TemplateArgs, TemplateParamNames, TemplateParams, TemplateValue, Widen } from './template';

/** The leaves of a nested dictionary as `[dotted key, message]` pairs. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? readonly [`${P}${K}`, T[K]] : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** The source dictionary flattened to dotted keys, as the translator reads it, each message its literal text. */
export type Dictionary = { readonly [E in Leaves<SourceDictionary> as E[0]]: E[1] };
export type MessageKey = keyof Dictionary;
/** The values the message `K` takes, one per `{{param}}` of its English text (e.g. for a helper that builds them). */
export type MessageParams<K extends MessageKey> = TemplateParams<Dictionary[K]>;
/**
 * The arguments of `t` after the key `K`: none without placeholders, else exactly its params. When `K`
 * is every key, the key given is not one: its own error says so, and the values are not checked.
 */
export type MessageArgs<K extends MessageKey> = MessageKey extends K
  ? [params?: Readonly<Record<string, TemplateValue>>]
  : TemplateArgs<Dictionary[K]>;

/** The dotted paths of the dictionary's namespaces (`fields`, `evaluate.traceLabels`…). */
type Namespaces<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? never : `${P}${K}` | Namespaces<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageNamespace = Namespaces<SourceDictionary>;
/** The keys in the namespace `N`: `KeyIn<'fields'>` is every `fields.*` key. */
export type KeyIn<N extends MessageNamespace> = Extract<MessageKey, `${N}.${string}`>;

export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/**
 * The keys of the messages, from the first dictionary loaded: every language has the source's keys
 * (i18n.test.ts), and the first screen loads the screen's language alone (issue 21, `load.ts`).
 */
let keys: ReadonlySet<string> | undefined;
let keysFrom: RawDictionary | undefined;
export function knowKeys(dictionary: RawDictionary): void {
  keysFrom ??= dictionary;
}

/**
 * Whether `key` names a message (every language has the source's keys). The keys are listed at the
 * first question, not when the dictionary loads: the first screen asks none (issue 21).
 */
const isKeyIn = <N extends MessageNamespace>(_namespace: N, key: string): key is KeyIn<N> => {
  if (!keys && keysFrom) keys = new Set(flatten(keysFrom as unknown as Nested).keys());
  return keys?.has(key) ?? false;
};

/**
 * The key of the word `id` in the namespace `namespace` when the dictionaries have it, else
 * undefined: for ids that come as data (a problem's field, a trace's label, a profile's parameter
 * path), which the caller shows as they are when there is no word for them.
 */
export function keyIn<N extends MessageNamespace>(namespace: N, id: string): KeyIn<N> | undefined {
  const key: string = `${namespace}.${id}`;
  if (isKeyIn(namespace, key)) return key;
  return undefined;
}

export * from './format';
export * from './acts';
export { hyphenate } from './hyphenate';
