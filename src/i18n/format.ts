/**
 * The locale formatters: every number and date a user or a document reads is written here, in
 * the language's conventions (no `toFixed` or decimal-point replacing elsewhere; lint holds it).
 */
import type { Lang } from '../domain';

/**
 * Number locales. Kazakhstan writes numbers as Russian does (space grouping, decimal comma), and
 * Chromium ships no Kazakh ICU data — 'kk-KZ' would print "1,234.11" there — so Kazakh uses ru-RU.
 */
export const NUMBER_LOCALES: Readonly<Record<Lang, string>> = { kk: 'ru-RU', ru: 'ru-RU', en: 'en-GB' };
const LOCALES = NUMBER_LOCALES;

/** Formatters are costly to make (a consolidated workbook formats ten thousand results): one per language and shape. */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, min: number, max: number, grouping = true): Intl.NumberFormat {
  const key = `${lang}${min}${max}${grouping ? 'g' : ''}`;
  let f = formatters.get(key);
  if (!f)
    formatters.set(
      key,
      (f = new Intl.NumberFormat(NUMBER_LOCALES[lang], {
        minimumFractionDigits: min,
        maximumFractionDigits: max,
        useGrouping: grouping,
      })),
    );
  return f;
}

/** A number with up to `digits` decimals as a document in `lang` writes it: 95,5 · 1 000. */
export const decimalText = (lang: Lang, value: number, digits = 2): string => formatter(lang, 0, digits).format(value);
/** A score in hundredths with its two decimals always shown, as results are read (4,00). */
export const hundredthsFixed = (lang: Lang, hundredths: number): string => formatter(lang, 2, 2).format(hundredths / 100);

/** A number with exactly `digits` decimals (a score column, a percentage): 3,50 · 95,00. */
export const formatNumberIn = (lang: Lang, value: number, digits = 2): string => formatter(lang, digits, digits).format(value);

/**
 * A stored result as it is read, with its scale's decimals: hundredths with two decimals (3,50),
 * the points model's whole points (104) or its year's tenths (4,3); '' when there is none.
 */
export const resultText = (lang: Lang, value: number | null | undefined, decimals: number): string =>
  value === null || value === undefined
    ? ''
    : decimals <= 0
      ? String(value)
      : formatter(lang, decimals, decimals).format(value / 10 ** decimals);

/** A size in bytes: 1,2 МБ. */
export function formatBytesIn(lang: Lang, bytes: number): string {
  const units = lang === 'en' ? ['B', 'KB', 'MB', 'GB'] : ['Б', 'КБ', 'МБ', 'ГБ'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatter(lang, 0, 1).format(value)} ${units[unit]}`;
}

/** A moment as the change log shows it, in local time: 01.12.2026 14:05. */
export function formatDateTimeIn(_lang: Lang, iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return Number.isNaN(d.getTime())
    ? iso
    : `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A number as typed into an input in the language's way, without grouping so it reads back as
 * typed: 3,50 in kk/ru, 3.50 in en.
 */
export const inputNumberIn = (lang: Lang, value: number, digits = 2): string =>
  new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);

/**
 * A profile's citation («004 §36», «004 §§38–43», «002 Appendix 2», several joined by «; ») as the
 * language writes it: ru «004 п. 36», «004 пп. 38–43», «002, приложение 2»; kk «004, 36-т.»,
 * «004, 38–43-тт.», «002, 2-қосымша». English and anything else is kept as written.
 * @example sourceIn('kk', '001 §§12, 38') === '001, 12, 38-тт.'
 */
export function sourceIn(lang: Lang, source: string): string {
  if (lang === 'en') return source;
  return source
    .split('; ')
    .map((part) => {
      const m = /^(\d{3}) (§§|§|Appendix |Appendices )(.+)$/.exec(part);
      if (!m) return part;
      const [, act = '', mark = '', rest = ''] = m;
      if (lang === 'ru')
        return mark === '§'
          ? `${act} п. ${rest}`
          : mark === '§§'
            ? `${act} пп. ${rest}`
            : `${act}, ${mark === 'Appendix ' ? 'приложение' : 'приложения'} ${rest}`;
      return mark === '§'
        ? `${act}, ${rest}-т.`
        : mark === '§§'
          ? `${act}, ${rest}-тт.`
          : `${act}, ${rest}-${mark === 'Appendix ' ? 'қосымша' : 'қосымшалар'}`;
    })
    .join('; ');
}

/**
 * Template params as the language writes them: each citation (`source`, `…Source`) the language's
 * way, and a number of five digits or more with its thousands grouped («100 000» rows, never a year).
 */
export const citedParams = <V>(lang: Lang, params: Readonly<Record<string, V>>): Readonly<Record<string, V | string>> =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      /(^s|S)ource$/.test(k) && typeof v === 'string'
        ? sourceIn(lang, v)
        : typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 10_000
          ? formatter(lang, 0, 0).format(v)
          : v,
    ]),
  );

const ASSUMPTION_WORD: Readonly<Record<Lang, string>> = { kk: 'болжам', ru: 'допущение', en: 'assumption' };

/**
 * A parameter's citation for a message: its paragraph the language's way, or «≈ допущение» where
 * the value rests on an assumption (METHODOLOGY §5) instead of a paragraph.
 * @example citeIn('ru', { assumption: 'confidentiality2017' }) === '≈ допущение'
 */
export const citeIn = (
  lang: Lang,
  cited: { readonly source?: string | undefined; readonly assumption?: string | undefined },
): string => (cited.source ? sourceIn(lang, cited.source) : cited.assumption ? `≈ ${ASSUMPTION_WORD[lang]}` : '');
