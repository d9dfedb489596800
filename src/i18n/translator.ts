/**
 * The translator for the screens (Solid): the chosen language as a signal, persisted (localStorage,
 * read synchronously at start), `<html lang>` following it, and `t` over the typed dictionaries.
 */
import * as i18n from '@solid-primitives/i18n';
import { createMemo, createSignal, type Accessor } from 'solid-js';
import type { Lang } from '../domain';
import { keyIn, type RawDictionary, type TemplateValue } from './index';
import { loadDictionary, loadedDictionary } from './load';
import { makeLookup, type Nested } from './flatten';
import { citedParams, citeIn, formatBytesIn, formatDateTimeIn, formatNumberIn, sourceIn } from './format';
import type { Words } from './words';

const STORAGE_KEY = 'bagalau.lang';

/** The language the screens start in: the one chosen before, else the browser's, else Kazakh. */
export function initialLang(): Lang {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'kk' || stored === 'ru' || stored === 'en') return stored;
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return browser === 'ru' || browser === 'en' ? browser : 'kk';
}

/** The screens' words: the language follows the user's choice. */
export interface I18n extends Words {
  readonly lang: Accessor<Lang>;
  setLang(lang: Lang): void;
  /** The raw (nested) dictionary, e.g. for AG Grid's localeText. */
  dict(): RawDictionary;
}

/** The dictionary of a language the screens show: loaded before (`loadDictionary`, main.tsx). */
function dictionaryOf(lang: Lang): RawDictionary {
  const dictionary = loadedDictionary(lang);
  if (!dictionary) throw new Error(`the ${lang} dictionary is not loaded`);
  return dictionary;
}

/** The screens' translator; the starting language's dictionary must be loaded (`loadDictionary(initialLang())`). */
export function createI18n(): I18n {
  const [lang, setLangSignal] = createSignal<Lang>(initialLang());
  const lookup = createMemo(() => makeLookup(dictionaryOf(lang()) as unknown as Nested));
  // As @solid-primitives/i18n's translator does with a string: the `{{param}}`s resolved, else the key.
  const translate = (key: string, params: Readonly<Record<string, TemplateValue>> | undefined): string => {
    const value = lookup()(key);
    return value === undefined ? key : i18n.resolveTemplate(value, params && citedParams(lang(), params));
  };
  const applyLang = (l: Lang) => {
    if (typeof document !== 'undefined') document.documentElement.lang = l;
  };
  applyLang(lang());
  return {
    lang,
    setLang(l) {
      // Another language's words are loaded when it is first chosen (at once when they are there).
      const show = () => {
        setLangSignal(l);
        globalThis.localStorage?.setItem(STORAGE_KEY, l);
        applyLang(l);
      };
      if (loadedDictionary(l)) show();
      else void loadDictionary(l).then(show);
    },
    t: (key, ...params) => translate(key, params[0]),
    tData: translate,
    tIn: (namespace, id, ...params) => {
      const key = keyIn(namespace, id);
      return key === undefined ? undefined : translate(key, params[0]);
    },
    dict: () => dictionaryOf(lang()),
    formatNumber: (value, digits = 2) => formatNumberIn(lang(), value, digits),
    formatBytes: (bytes) => formatBytesIn(lang(), bytes),
    formatDateTime: (iso) => formatDateTimeIn(lang(), iso),
    formatSource: (source) => sourceIn(lang(), source),
    cite: (cited) => citeIn(lang(), cited),
  };
}
