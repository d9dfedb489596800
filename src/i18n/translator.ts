/**
 * The translator for the screens (Solid): the chosen language as a signal, persisted (localStorage,
 * read synchronously at start), `<html lang>` following it, and `t` over the typed dictionaries.
 */
import * as i18n from '@solid-primitives/i18n';
import { createMemo, createSignal, type Accessor } from 'solid-js';
import type { Lang } from '../domain';
import { DICTIONARIES, type MessageKey, type RawDictionary } from './index';
import { formatBytesIn, formatDateTimeIn, formatNumberIn } from './format';
import type { Words } from './words';

const STORAGE_KEY = 'bagalau.lang';

function initialLang(): Lang {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'kk' || stored === 'ru' || stored === 'en') return stored;
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return browser === 'ru' || browser === 'en' ? browser : 'kk';
}

/** The screens' words: the language follows the user's choice. */
export interface I18n extends Words {
  readonly lang: Accessor<Lang>;
  setLang(lang: Lang): void;
  /** Translates a key with `{{param}}` values; a missing key is a type error. */
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** The raw (nested) dictionary, e.g. for AG Grid's localeText. */
  dict(): RawDictionary;
}

export function createI18n(): I18n {
  const [lang, setLangSignal] = createSignal<Lang>(initialLang());
  const flat = createMemo(() => i18n.flatten(DICTIONARIES[lang()]));
  const translate = i18n.translator(flat, i18n.resolveTemplate);
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
    t: (key, params) => String(translate(key, params as never) ?? key),
    dict: () => DICTIONARIES[lang()],
    formatNumber: (value, digits = 2) => formatNumberIn(lang(), value, digits),
    formatBytes: (bytes) => formatBytesIn(lang(), bytes),
    formatDateTime: (iso) => formatDateTimeIn(lang(), iso),
  };
}
