import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import * as documents from './documents';
import { keyIn, LANGS, type MessageParams } from './index';
import { DICTIONARIES } from './dictionaries';
import { createI18n, type I18n } from './translator';
import { citeIn, sourceIn } from './format';
import { locationText } from '../documents/phrases';
import { wordsIn } from './words';
import { BUILTIN_PROFILE_DATA, BUILTIN_PROFILES } from '../domain';
import { ACT_CODES, ACTS, actLegend, actsIn, type ActCode } from './acts';

/** Every string of a dictionary or a document's words, by its dotted path (list items as `.0`, `.1`…). */
function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (n: unknown, p: string) => {
    if (typeof n === 'string') out.set(p, n);
    else if (typeof n === 'object' && n !== null) for (const [k, v] of Object.entries(n)) walk(v, p === '' ? k : `${p}.${k}`);
  };
  walk(node, prefix);
  return out;
}
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();

/** Every place where `other` differs from `source`: a key only in one, or other placeholders. */
function differences(source: unknown, other: unknown): string[] {
  const s = leaves(source);
  const o = leaves(other);
  const out: string[] = [];
  for (const [k, text] of s) {
    const t = o.get(k);
    if (t === undefined) out.push(`missing ${k}`);
    else if (placeholders(t).join() !== placeholders(text).join()) out.push(`placeholders of ${k}`);
  }
  for (const k of o.keys()) if (!s.has(k)) out.push(`extra ${k}`);
  return out;
}

const withI18n = (check: (i18n: I18n) => void) =>
  createRoot((dispose) => {
    check(createI18n());
    dispose();
  });

describe('dictionaries', () => {
  // The types check the keys; the placeholders of a translation are checked here.
  it('every language has the keys of the source and, in each message, its placeholders', () => {
    for (const lang of LANGS) expect(differences(DICTIONARIES.en, DICTIONARIES[lang]), lang).toEqual([]);
  });

  it('the words of each document have the same keys and placeholders in Russian as in Kazakh', () => {
    const docs = Object.entries(documents).filter(([, v]) => typeof v === 'object');
    expect(docs.map(([name]) => name).sort()).toEqual([
      'CALIBRATION_PROTOCOL',
      'COMMISSION_PROTOCOL',
      'OFFICIAL_FORMS',
      'QUESTIONNAIRE_360',
      'REPORT_360',
      'ROSTER_TEMPLATE',
      'UNIT_WORKBOOK',
    ]);
    for (const [name, doc] of docs) {
      const { kk, ru } = doc as { kk: unknown; ru: unknown };
      expect(differences(kk, ru), name).toEqual([]);
    }
  });

  it('issue 19 §8: every built-in methodology profile is explained in one line on the start page, in every language', () => {
    for (const lang of LANGS) {
      const help = (DICTIONARIES[lang] as { start: { profileHelp: Record<string, string> } }).start.profileHelp;
      expect(Object.keys(help).sort(), lang).toEqual(BUILTIN_PROFILES.map((p) => p.id).sort());
      for (const line of Object.values(help)) expect(line.length, lang).toBeLessThan(200);
    }
  });
});

describe('the sources legend (issue 19 §6)', () => {
  const sources = (x: unknown): string[] =>
    Array.isArray(x)
      ? x.flatMap(sources)
      : x !== null && typeof x === 'object'
        ? Object.entries(x).flatMap(([k, v]) => (k === 'source' && typeof v === 'string' ? [v] : sources(v)))
        : [];

  it('every act a built-in profile cites has its title, with its date and number, in every language', () => {
    const cited = new Set(BUILTIN_PROFILE_DATA.flatMap((p) => sources(p)).flatMap((s) => s.match(/\b00\d\b/g) ?? []));
    expect(cited.size).toBeGreaterThan(2);
    for (const code of cited) {
      expect(ACT_CODES as readonly string[], code).toContain(code);
      for (const lang of LANGS)
        expect(ACTS[code as ActCode][lang], `${code} ${lang}`).toMatch(/\b(19|20)\d\d\b.*№ ?\S+|No\. \S+/);
    }
  });

  it('names each act a citation holds, once, in its order', () => {
    expect(actsIn('004 §§34–36; 001 §33, 004 §37')).toEqual(['004', '001']);
    expect(actLegend('ru', '002 §26')).toBe(`002 — ${ACTS['002'].ru}`);
    expect(actsIn('Appendix 4')).toEqual([]);
  });
});

describe('translator', () => {
  it('resolves a message’s params in the chosen language', () => {
    withI18n((i18n) => {
      i18n.setLang('en');
      expect(i18n.t('methodology.version', { version: 3 })).toBe('version 3');
      expect(i18n.t('app.save')).toBe('Save');
      i18n.setLang('ru');
      expect(i18n.t('methodology.version', { version: 3 })).toBe('версия 3');
    });
  });

  it('looks up the word of an id that comes as data, and has none for an unknown id or a namespace', () => {
    expect(keyIn('fields', 'iin')).toBe('fields.iin');
    expect(keyIn('fields', 'nonsense')).toBeUndefined();
    expect(keyIn('evaluate', 'formulas')).toBeUndefined();
    withI18n((i18n) => {
      i18n.setLang('en');
      expect(i18n.tIn('evaluate.formulas', 'mean', { count: 4 })).toBe('Arithmetic mean of 4 values');
      expect(i18n.tIn('evaluate.formulas', 'kciZeroPlan', { count: 4 })).toBeUndefined();
      expect(i18n.tData('fileProblems.tooLarge', { max: 5 })).toBe(i18n.t('fileProblems.tooLarge', { max: 5 }));
    });
  });

  it('fills a document’s placeholders, a missing value as nothing', () => {
    expect(documents.fillDoc(documents.COMMISSION_PROTOCOL.ru.orderOf, { number: 7, date: '01.02.2026' })).toBe(
      '№ 7 от 01.02.2026',
    );
    expect(documents.fillDoc('{{a}}-{{b}}' as string, { a: 1 })).toBe('1-');
    expect(documents.quarterIn('kk', 2026, 3)).toBe('2026 жылғы 3-тоқсан');
  });
});

/** Compile-time checks: `npm run typecheck` fails when one of these stops being an error. Never called. */
export function typeChecks(t: I18n['t'], lang: 'kk' | 'ru'): MessageParams<'methodology.version'> {
  t('app.save');
  t('methodology.version', { version: 2 });
  // @ts-expect-error: a message with placeholders needs their values
  t('methodology.version');
  // @ts-expect-error: a value of another name
  t('methodology.version', { versio: 2 });
  // @ts-expect-error: a value the message has no placeholder for
  t('methodology.version', { version: 2, extra: 1 });
  // @ts-expect-error: a message without placeholders takes no values
  t('app.save', {});
  // @ts-expect-error: not a key
  t('app.nonsense');
  // A union of keys takes the values of every one of them.
  // @ts-expect-error: the version of the second key is missing
  t(lang === 'kk' ? 'app.save' : 'methodology.version');
  documents.fillDoc(documents.COMMISSION_PROTOCOL[lang].quorum, { present: 3, voting: 5 });
  // @ts-expect-error: the word has the placeholder `voting` in both languages
  documents.fillDoc(documents.COMMISSION_PROTOCOL[lang].quorum, { present: 3 });
  // @ts-expect-error: a word without placeholders takes no values
  documents.fillDoc(documents.COMMISSION_PROTOCOL[lang].title, { present: 3 });
  documents.fillDoc('computed' as string, { any: 1 });
  return { version: 1 };
}

describe('citations in the user’s language', () => {
  it('writes a profile’s citation the way each language does: ru «п.», kk «-т.», appendices; English as given', () => {
    expect(sourceIn('ru', '004 §36')).toBe('004 п. 36');
    expect(sourceIn('ru', '004 §§38–43; 000 Appendix 4')).toBe('004 пп. 38–43; 000, приложение 4');
    expect(sourceIn('kk', '001 §§12, 38')).toBe('001, 12, 38-тт.');
    expect(sourceIn('kk', '004 §3.4')).toBe('004, 3.4-т.');
    expect(sourceIn('kk', '004 Appendices 3–4')).toBe('004, 3–4-қосымшалар');
    expect(sourceIn('en', '004 §36')).toBe('004 §36');
    expect(sourceIn('ru', '')).toBe('');
    // A template's `source` params are written so by the translator.
    expect(wordsIn('ru').t('survey360.check', { source: '004 §36' })).toBe('Проверка (004 п. 36)');
    expect(wordsIn('kk').t('survey360.check', { source: '004 §36' })).toBe('Тексеру (004, 36-т.)');
  });

  it('a value resting on an assumption is cited as one, never as a paragraph it borrows', () => {
    expect(citeIn('ru', { source: '001 §§15, 20' })).toBe('001 пп. 15, 20');
    expect(citeIn('ru', { assumption: 'confidentiality2017' })).toBe('≈ допущение');
    expect(citeIn('kk', { assumption: 'confidentiality2017' })).toBe('≈ болжам');
    expect(wordsIn('ru').cite({ source: '004 §§16, 21' })).toBe('004 пп. 16, 21');
  });
});

describe('where a problem is', () => {
  it('a CSV file’s problems name the row and column only — it has no sheets', () => {
    const ru = wordsIn('ru');
    expect(locationText(ru, { sheet: '', row: 4, column: 'C' })).toBe('Строка 4, столбец C');
    expect(locationText(ru, { sheet: 'Сотрудники', row: 4, column: 'C' })).toBe('Лист «Сотрудники», строка 4, столбец C');
    expect(locationText(wordsIn('kk'), { sheet: '', row: 4 })).toBe('4-жол');
  });
});

describe('numbers in messages', () => {
  it('a number of five digits or more is grouped (a row limit), a year is not', () => {
    expect(wordsIn('ru').t('fileProblems.tooManyRows', { sheet: 'Лист1', max: 100_000 })).toMatch(/больше 100\s000 строк/);
    expect(wordsIn('en').t('fileProblems.tooManyRows', { sheet: 'S', max: 100_000 })).toMatch(/more than 100,000 rows/);
    expect(wordsIn('ru').t('annual.year', { year: 2026 })).toBe('2026 · год');
  });
});

describe('no developer words in what users and respondents read (issue 19)', () => {
  const all = new Map<string, string>();
  for (const lang of LANGS) for (const [k, v] of leaves(DICTIONARIES[lang])) all.set(`${lang}.${k}`, v);
  for (const [name, words] of Object.entries(documents)) for (const [k, v] of leaves(words)) all.set(`${name}.${k}`, v);

  it.each([
    ['the service sheet’s file name', /_meta/],
    ['our repository’s notes', /METHODOLOGY|STYLE\.md|README/],
    ['the seed texts', /\bseeds?\b|тұқым/i],
    ['a token (a code is what respondents get)', /\btokens?\b|токен/i],
  ])('no text names %s', (_what, pattern) => {
    expect([...all].filter(([, v]) => pattern.test(v)).map(([k]) => k)).toEqual([]);
  });
});
