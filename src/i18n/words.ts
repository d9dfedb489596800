/**
 * The words a document or a message is written with: a language, the typed translator over its
 * dictionary and the locale formatters — plain functions, so documents and messages are pure
 * `(data, words) → text`. The screens' translator (`translator.ts`) is one; `wordsIn` makes one
 * for a fixed language (a document printed in Kazakh whatever the screen's language, a test).
 */
import type { Lang } from '../domain';
import { citedParams, citeIn, formatBytesIn, formatDateTimeIn, formatNumberIn, sourceIn } from './format';
import { DICTIONARIES } from './dictionaries';
import { flatten, type Nested } from './flatten';
import { keyIn, type KeyIn, type MessageArgs, type MessageKey, type MessageNamespace, type TemplateValue } from './index';

export interface Words {
  readonly lang: () => Lang;
  /**
   * Translates a key with its `{{param}}` values: a missing key is a type error, and so are values
   * left out, added, or given to a message without placeholders (the English text's, template.ts).
   */
  t<K extends MessageKey>(key: K, ...params: MessageArgs<K>): string;
  /**
   * Translates a key whose values come as data — a problem's params, made in the domain or io, which
   * cannot name the messages: the key is checked, the values are not.
   */
  tData(key: MessageKey, params: Readonly<Record<string, TemplateValue>> | undefined): string;
  /**
   * The word `id` of a namespace when the dictionaries have it, else undefined: for ids that come as
   * data (a problem's field, a trace's label, a profile's parameter path).
   */
  tIn<N extends MessageNamespace>(namespace: N, id: string, ...params: MessageArgs<KeyIn<N>>): string | undefined;
  formatNumber(value: number, fractionDigits?: number): string;
  formatBytes(bytes: number): string;
  formatDateTime(iso: string): string;
  /** A profile's citation as the language writes it (sourceIn). */
  formatSource(source: string): string;
  /** A parameter's citation for a message: its paragraph, or «≈ assumption» where it rests on one. */
  cite(cited: { readonly source?: string | undefined; readonly assumption?: string | undefined }): string;
}

const flatOf = new Map<Lang, Map<string, string>>();

/** Fills `{{name}}` placeholders, as the screens' translator does; an unknown one is left as it is. */
export const fillTemplate = (text: string, params: Readonly<Record<string, TemplateValue>> | undefined): string =>
  params === undefined
    ? text
    : text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** @example wordsIn('ru').t('app.name') === 'Bagalau' */
export function wordsIn(lang: Lang): Words {
  let flat = flatOf.get(lang);
  if (!flat) flatOf.set(lang, (flat = flatten(DICTIONARIES[lang] as unknown as Nested)));
  const dict = flat;
  const translate = (key: string, params: Readonly<Record<string, TemplateValue>> | undefined): string => {
    const text = dict.get(key);
    return text === undefined ? key : fillTemplate(text, params && citedParams(lang, params));
  };
  return {
    lang: () => lang,
    t: (key, ...params) => translate(key, params[0]),
    tData: translate,
    tIn: (namespace, id, ...params) => {
      const key = keyIn(namespace, id);
      return key === undefined ? undefined : translate(key, params[0]);
    },
    formatNumber: (value, digits = 2) => formatNumberIn(lang, value, digits),
    formatBytes: (bytes) => formatBytesIn(lang, bytes),
    formatDateTime: (iso) => formatDateTimeIn(lang, iso),
    formatSource: (source) => sourceIn(lang, source),
    cite: (cited) => citeIn(lang, cited),
  };
}
