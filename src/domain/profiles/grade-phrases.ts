/**
 * The grades in the acts' own words, as documents print them: 004 §8 (Russian) and 001 §7 (Kazakh)
 * for the 2023 model, 002 §§27, 33 for the 2017 points model (Kazakh; the Russian as the app's forms
 * have printed it — the act has no Russian text).
 */
import type { GradeId } from '../rules/grades';
import type { Texts } from './types';

export const GRADE_PHRASES_2023: { readonly value: Readonly<Partial<Record<GradeId, Texts>>>; readonly source: string } = {
  value: {
    effective: { kk: 'Функционалдық міндеттерін тиімді атқарады', ru: 'Выполняет функциональные обязанности эффективно' },
    proper: {
      kk: 'Функционалдық міндеттерін тиісті түрде атқарады',
      ru: 'Выполняет функциональные обязанности надлежащим образом',
    },
    satisfactory: {
      kk: 'Функционалдық міндеттерін қанағаттанарлық түрде атқарады',
      ru: 'Выполняет функциональные обязанности удовлетворительно',
    },
    unsatisfactory: {
      kk: 'Функционалдық міндеттерін қанағаттанарлықсыз түрде атқарады',
      ru: 'Выполняет функциональные обязанности не удовлетворительно',
    },
  },
  source: '004 §8',
};

export const GRADE_PHRASES_2017: { readonly value: Readonly<Partial<Record<GradeId, Texts>>>; readonly source: string } = {
  value: {
    excellent: { kk: 'өте жақсы', ru: 'превосходно' },
    effective: { kk: 'тиімді', ru: 'эффективно' },
    satisfactory: { kk: 'қанағаттанарлық', ru: 'удовлетворительно' },
    unsatisfactory: { kk: 'қанағаттанғысыз', ru: 'неудовлетворительно' },
  },
  source: '002 §33',
};

/**
 * A grade as the profile's act words it, in a document's language; the short word where the act gives none.
 * @example gradePhrase(TYPICAL_2023, 'effective', 'ru') === 'Выполняет функциональные обязанности эффективно'
 */
export const gradePhrase = (
  profile: { readonly gradePhrases: { readonly value: Readonly<Partial<Record<GradeId, Texts>>> } },
  grade: GradeId,
  lang: 'kk' | 'ru',
  fallback: string,
): string => profile.gradePhrases.value[grade]?.[lang] ?? fallback;
