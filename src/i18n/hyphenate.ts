/**
 * Soft hyphens (U+00AD) in long Kazakh and Russian words, so a narrow column's header wraps as
 * print does — «Самостоя-тельность» — where the browser would otherwise cut the word anywhere
 * (browsers hyphenate these languages only with dictionaries an offline office laptop lacks).
 * The rule is the simple syllable one of Russian typesetting: a break before a consonant that
 * begins a syllable, or between two vowels (ба-ла, кас-са, функ-ци-о-наль-ных), never after fewer
 * than three letters or before fewer than three, never before й, ь, ъ.
 */
const VOWELS = new Set('аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ');
const STICKY = new Set('йьъЙЬЪ');
const SHY = '\u00ad';
/** Words shorter than this stay whole: they fit a column as they are. */
const MIN_WORD = 8;
const EDGE = 3;

/** The positions (0 < i < length) where the letters `chars` may break. */
function breaks(chars: readonly string[]): number[] {
  const vowel = (i: number) => VOWELS.has(chars[i] ?? '');
  const consonant = (i: number) => i < chars.length && !vowel(i) && !STICKY.has(chars[i] ?? '');
  const out: number[] = [];
  for (let i = EDGE; i <= chars.length - EDGE; i++) {
    // Each side keeps a vowel of its own.
    if (!chars.slice(0, i).some((c) => VOWELS.has(c)) || !chars.slice(i).some((c) => VOWELS.has(c))) continue;
    // A syllable begins with one consonant and its vowel (ба-ла, кас-са, наль-ных), or with a vowel after a vowel (ци-о).
    if ((consonant(i) && vowel(i + 1)) || (vowel(i - 1) && vowel(i))) out.push(i);
  }
  return out;
}

/** `text` with soft hyphens where its long words may break. */
export function hyphenate(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => {
    const chars = [...word];
    if (chars.length < MIN_WORD) return word;
    const at = new Set(breaks(chars));
    return chars.map((c, i) => (at.has(i) ? SHY + c : c)).join('');
  });
}
