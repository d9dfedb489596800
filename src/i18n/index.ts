/**
 * Languages: one typed source dictionary (en), the translator, locale formatters. The chosen
 * language persists (localStorage, read synchronously at start) and `<html lang>` follows it.
 */
import * as i18n from '@solid-primitives/i18n';
import { createMemo, createSignal, type Accessor } from 'solid-js';
import type { Lang } from '../domain';
import { en, type RawDictionary } from './en';
import { kk } from './kk';
import { ru } from './ru';

export type { RawDictionary };
export type Dictionary = i18n.Flatten<RawDictionary>;
export type MessageKey = keyof Dictionary;

export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];
const DICTIONARIES: Readonly<Record<Lang, RawDictionary>> = { kk, ru, en };
/**
 * Number locales. Kazakhstan writes numbers as Russian does (space grouping, decimal comma), and
 * Chromium ships no Kazakh ICU data — 'kk-KZ' would print "1,234.11" there — so Kazakh uses ru-RU.
 */
export const NUMBER_LOCALES: Readonly<Record<Lang, string>> = { kk: 'ru-RU', ru: 'ru-RU', en: 'en-GB' };
const LOCALES = NUMBER_LOCALES;

/** A number with up to `digits` decimals as a document in `lang` writes it: 95,5 · 1 000. */
export const decimalText = (lang: Lang, value: number, digits = 2): string =>
  new Intl.NumberFormat(NUMBER_LOCALES[lang], { maximumFractionDigits: digits }).format(value);
/** A score in hundredths with its two decimals always shown, as results are read (4,00). */
export const hundredthsFixed = (lang: Lang, hundredths: number): string =>
  new Intl.NumberFormat(NUMBER_LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(hundredths / 100);
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
  /** Translates a key with `{{param}}` values; a missing key is a type error. */
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** The raw (nested) dictionary, e.g. for AG Grid's localeText. */
  dict(): RawDictionary;
  formatNumber(value: number, fractionDigits?: number): string;
  formatBytes(bytes: number): string;
  formatDateTime(iso: string): string;
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
    formatNumber: (value, digits = 2) =>
      new Intl.NumberFormat(LOCALES[lang()], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    formatBytes: (bytes) => {
      const units = lang() === 'en' ? ['B', 'KB', 'MB', 'GB'] : ['Б', 'КБ', 'МБ', 'ГБ'];
      let value = bytes;
      let unit = 0;
      while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
      }
      return `${new Intl.NumberFormat(LOCALES[lang()], { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
    },
    formatDateTime: (iso) => {
      const d = new Date(iso);
      const pad = (n: number) => String(n).padStart(2, '0');
      return Number.isNaN(d.getTime())
        ? iso
        : `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
    },
  };
}
