import { describe, expect, it } from 'vitest';
import { hyphenate } from './hyphenate';

const shown = (text: string) => hyphenate(text).replaceAll('\u00ad', '-');

describe('soft hyphens in long words (a narrow column header wraps as print does)', () => {
  it('breaks before a consonant that begins a syllable and between vowels, never before й, ь, ъ', () => {
    expect(shown('Самостоятельность')).toBe('Самос-то-я-тель-ность');
    expect(shown('функциональных')).toBe('функ-ци-о-наль-ных');
    expect(shown('обязанностей')).toBe('обя-зан-нос-тей');
  });

  it('breaks Kazakh words with their own vowels (ә, ө, ұ, ү, і)', () => {
    expect(shown('Функционалдық міндеттерді')).toBe('Функ-ци-о-нал-дық мін-дет-терді');
  });

  it('leaves short words, Latin words and numbers whole, and the text otherwise as it was', () => {
    expect(hyphenate('Балл, место 4,25')).toBe('Балл, место 4,25');
    expect(hyphenate('Performance evaluation')).toBe('Performance evaluation');
    expect(hyphenate('Самостоятельность и инициативность').replaceAll('\u00ad', '')).toBe('Самостоятельность и инициативность');
  });
});
