/**
 * The words a document or a message is written with: a language, the translator over its
 * dictionary and the locale formatters — plain functions, so documents and messages are pure
 * `(data, words) → text`. The screens' translator (`translator.ts`) is one; `wordsIn` makes one
 * for a fixed language (a document printed in Kazakh whatever the screen's language, a test).
 */
import type { Lang } from '../domain';
import { formatBytesIn, formatDateTimeIn, formatNumberIn } from './format';
import { DICTIONARIES, type MessageKey } from './index';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface Words {
  readonly lang: () => Lang;
  readonly t: Translate;
  formatNumber(value: number, fractionDigits?: number): string;
  formatBytes(bytes: number): string;
  formatDateTime(iso: string): string;
}

type Nested = { readonly [key: string]: string | Nested };

function flatten(dict: Nested, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(dict)) {
    if (typeof v === 'string') out.set(`${prefix}${k}`, v);
    else flatten(v, `${prefix}${k}.`, out);
  }
  return out;
}

const flatOf = new Map<Lang, Map<string, string>>();

/** Fills `{{name}}` placeholders; an unknown one is left as it is. */
export const fillTemplate = (text: string, params: Readonly<Record<string, string | number>> = {}): string =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** @example wordsIn('ru').t('app.name') === 'Bagalau' */
export function wordsIn(lang: Lang): Words {
  let flat = flatOf.get(lang);
  if (!flat) flatOf.set(lang, (flat = flatten(DICTIONARIES[lang] as unknown as Nested)));
  const dict = flat;
  return {
    lang: () => lang,
    t: (key, params) => {
      const text = dict.get(key);
      return text === undefined ? key : fillTemplate(text, params);
    },
    formatNumber: (value, digits = 2) => formatNumberIn(lang, value, digits),
    formatBytes: (bytes) => formatBytesIn(lang, bytes),
    formatDateTime: (iso) => formatDateTimeIn(lang, iso),
  };
}
