/**
 * The translator for the screens (Solid): the chosen language as a signal, persisted (localStorage,
 * read synchronously at start), `<html lang>` following it, and `t` over the typed dictionaries.
 */
import * as i18n from '@solid-primitives/i18n';
import { createMemo, createSignal, type Accessor } from 'solid-js';
import type { Lang } from '../domain';
import {
  DICTIONARIES,
  keyIn,
  type KeyIn,
  type MessageArgs,
  type MessageKey,
  type MessageNamespace,
  type RawDictionary,
  type TemplateValue,
} from './index';
import { formatBytesIn, formatDateTimeIn, formatNumberIn } from './format';

const STORAGE_KEY = 'bagalau.lang';

function initialLang(): Lang {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'kk' || stored === 'ru' || stored === 'en') return stored;
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return browser === 'ru' || browser === 'en' ? browser : 'kk';
}

export interface I18n {
  readonly lang: Accessor<Lang>;
  setLang(lang: Lang): void;
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
   * data (a problem's field, a trace's label, a profile's parameter path). The values are those of
   * every message of the namespace.
   */
  tIn<N extends MessageNamespace>(namespace: N, id: string, ...params: MessageArgs<KeyIn<N>>): string | undefined;
  /** The raw (nested) dictionary, e.g. for AG Grid's localeText. */
  dict(): RawDictionary;
  formatNumber(value: number, fractionDigits?: number): string;
  formatBytes(bytes: number): string;
  formatDateTime(iso: string): string;
}

export function createI18n(): I18n {
  const [lang, setLangSignal] = createSignal<Lang>(initialLang());
  const flat = createMemo((): i18n.BaseRecordDict => i18n.flatten<i18n.BaseRecordDict>(DICTIONARIES[lang()]));
  // As @solid-primitives/i18n's translator does with a string: the `{{param}}`s resolved, else the key.
  const translate = (key: string, params: Readonly<Record<string, TemplateValue>> | undefined): string => {
    const value = flat()[key];
    return typeof value === 'string' ? i18n.resolveTemplate(value, params) : String(value ?? key);
  };
  const applyLang = (l: Lang) => {
    if (typeof document !== 'undefined') document.documentElement.lang = l;
  };
  applyLang(lang());
  return {
    lang,
    setLang(l) {
      setLangSignal(l);
      globalThis.localStorage?.setItem(STORAGE_KEY, l);
      applyLang(l);
    },
    t: (key, ...params) => translate(key, params[0]),
    tData: translate,
    tIn: (namespace, id, ...params) => {
      const key = keyIn(namespace, id);
      return key === undefined ? undefined : translate(key, params[0]);
    },
    dict: () => DICTIONARIES[lang()],
    formatNumber: (value, digits = 2) => formatNumberIn(lang(), value, digits),
    formatBytes: (bytes) => formatBytesIn(lang(), bytes),
    formatDateTime: (iso) => formatDateTimeIn(lang(), iso),
  };
}
