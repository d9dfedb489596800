/**
 * Every built-in parameter's citation against the act it names (`../shared/seeds` beside the clone):
 * for each cited number, the cited paragraph(s) must state that number — in digits or in words, in
 * Russian or Kazakh («десятого», «он жұмыс күні», «-2»). A citation of a paragraph that does not say
 * the value fails here. A developer machine without the seeds skips; a CI run (`CI` set) fails
 * instead, so CI never passes by skipping it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILE_DATA, citedEntries } from '../../src/domain';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seedsHere = existsSync(SEEDS);
const inCi = (process.env['CI'] ?? '') !== '' && process.env['CI'] !== 'false' && process.env['CI'] !== '0';

/** Numbers as the acts write them: the word stems in Russian and Kazakh. */
const WORDS: Readonly<Record<number, readonly string[]>> = {
  1: ['один', 'одн', 'перв', 'бір'],
  2: ['два', 'двух', 'втор', 'екі'],
  3: ['три', 'трех', 'трёх', 'трет', 'үш'],
  4: ['четыр', 'четвер', 'төрт'],
  5: ['пят', 'бес'],
  6: ['шест', 'алты'],
  7: ['семи', 'семь', 'седьм', 'жеті'],
  8: ['восьм', 'восем', 'сегіз'],
  9: ['девят', 'тоғыз'],
  10: ['десят', 'оныншы', 'онынан', 'он жұмыс', 'он күн', 'он екі'],
  12: ['двенадцат', 'он екі'],
  // 002 §39: «екі апта ішінде» — two weeks.
  14: ['четырнадцат', 'екі апта', 'две недели', 'двух недель'],
  20: ['двадцат', 'жиырма'],
  25: ['двадцать пят', 'двадцати пяти', 'жиырма бес'],
  50: ['пятьдесят', 'пятидесят', 'елу'],
};

/** The act's paragraphs by number, from its first chapter on: a paragraph starts a line with the next number and a dot. */
function paragraphsOf(text: string): Map<number, string> {
  const start = text.search(/1-тарау|Глава 1/);
  const lines = text.slice(Math.max(0, start)).split('\n');
  const out = new Map<number, string>();
  let current = 0;
  let body: string[] = [];
  for (const line of lines) {
    const m = /^\s*(\d{1,3})\.\s/.exec(line);
    if (m && Number(m[1]) === current + 1) {
      if (current > 0) out.set(current, body.join(' '));
      current += 1;
      body = [line];
    } else body.push(line);
  }
  if (current > 0) out.set(current, body.join(' '));
  return out;
}

const acts = new Map<string, Map<number, string>>();
function act(code: string): Map<number, string> | undefined {
  let found = acts.get(code);
  if (!found && seedsHere) {
    const file = readdirSync(SEEDS).find((f) => f.startsWith(`${code}_`));
    if (file) acts.set(code, (found = paragraphsOf(readFileSync(new URL(file, SEEDS), 'utf8'))));
  }
  return found;
}

/** "002 §§15–16, 22" → { act: '002', paragraphs: [15, 16, 22] }; undefined for appendices and other sources. */
function parse(source: string): { act: string; paragraphs: number[] } | undefined {
  const m = /^(00[0-4]) §§?\s*([\d–,\s-]+)$/.exec(source.trim());
  if (!m) return undefined;
  const paragraphs = (m[2] ?? '').split(',').flatMap((part) => {
    const [a, b] = part.split(/[–-]/).map((x) => Number(x.trim()));
    if (a === undefined || Number.isNaN(a)) return [];
    return b === undefined || Number.isNaN(b) ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
  return { act: m[1] ?? '', paragraphs };
}

const states = (text: string, n: number): boolean => {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  return new RegExp(`(^|[^\\d])${n}([^\\d]|$)`).test(lower) || (WORDS[n] ?? []).some((w) => lower.includes(w));
};

const cases = BUILTIN_PROFILE_DATA.flatMap((profile) =>
  citedEntries(profile).flatMap(({ path, cited }) => {
    const where = cited.source === undefined ? undefined : parse(cited.source);
    return typeof cited.value === 'number' && cited.value > 0 && where
      ? [{ profile: profile.id, path, value: cited.value, source: cited.source ?? '', where }]
      : [];
  }),
);

/** Every paragraph citation of every parameter, whatever its value. */
const everyCitation = BUILTIN_PROFILE_DATA.flatMap((profile) =>
  citedEntries(profile).flatMap(({ path, cited }) => {
    const where = cited.source === undefined ? undefined : parse(cited.source);
    return where ? [{ profile: profile.id, path, source: cited.source ?? '', where }] : [];
  }),
);

describe('the seeds the citation check reads', () => {
  it.runIf(inCi)(
    'given a CI run (CI is set), then the seeds are beside the checkout, so the check runs instead of skipping',
    () => {
      expect(seedsHere, `CI is set but the seeds are missing at ${fileURLToPath(SEEDS)}`).toBe(true);
    },
  );
});

describe.runIf(seedsHere)('every cited number is in the paragraph it cites', () => {
  it('reads the acts’ paragraphs (004 has 43 before its appendices, 002 at least 46)', () => {
    expect(act('004')?.size).toBeGreaterThanOrEqual(43);
    expect(act('002')?.size).toBeGreaterThanOrEqual(46);
    expect(act('001')?.get(52)).toMatch(/үштен екісі/);
  });

  it.each(cases)('$profile $path = $value: $source says it', ({ value, where }) => {
    const paragraphs = act(where.act);
    expect(paragraphs, `no act ${where.act}`).toBeDefined();
    const text = where.paragraphs.map((n) => paragraphs?.get(n) ?? '').join(' ');
    expect(text, `${where.act} §${where.paragraphs.join(', ')} not found`).not.toBe('');
    expect(states(text, value), `${where.act} §${where.paragraphs.join(', ')}: «${text.slice(0, 300)}…»`).toBe(true);
  });

  it.each(everyCitation)('$profile $path cites $source: the paragraph exists in the act', ({ where }) => {
    const paragraphs = act(where.act);
    for (const n of where.paragraphs) expect(paragraphs?.has(n), `${where.act} has no §${n}`).toBe(true);
  });
});

describe('citations as users read them', () => {
  it('every built-in parameter cites an act (000–004: a paragraph or an appendix) or rests on a marked assumption — never our own notes', () => {
    const odd = BUILTIN_PROFILE_DATA.flatMap((profile) =>
      citedEntries(profile).flatMap(({ path, cited }) =>
        cited.source === undefined
          ? cited.assumption === undefined
            ? [`${profile.id} ${path}: neither source nor assumption`]
            : []
          : /^00[0-4] (§|Appendix |Appendices )/.test(cited.source) && !/METHODOLOGY|seed/i.test(cited.source)
            ? []
            : [`${profile.id} ${path}: ${cited.source}`],
      ),
    );
    expect(odd).toEqual([]);
  });
});
