/**
 * The behavioural indicators against the seeds themselves (`../shared/seeds` beside the clone):
 * seed 003 (Supreme Judicial Council, B-1/B-2 and B-4/B-5) and seed 001 (Zhanaozen, E-2/E-4)
 * reproduce the Typical Methodology's Kazakh table that the data takes from seed 000 — every
 * indicator they list is found in it, so one data set serves all four seeds, each with its own
 * category groups. A developer machine without the seeds skips the comparison; a CI run (`CI` set,
 * as the CI service sets it around `.ci/run`) fails instead, so CI never passes by skipping it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TYPICAL_INDICATORS } from '../../src/domain';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seedsHere = existsSync(SEEDS);
const inCi = (process.env['CI'] ?? '') !== '' && process.env['CI'] !== 'false' && process.env['CI'] !== '0';
const norm = (s: string) => s.replace(/[\s;.,-]+/g, '').toLowerCase();
const known = new Set(
  Object.values(TYPICAL_INDICATORS).flatMap((c) =>
    Object.values(c).flatMap((set) => [...set.effective, ...set.ineffective].map((t) => norm(t.kk))),
  ),
);

/** The bulleted items of a seed's indicator table that are whole sentences in one column. */
function items(file: string, bullet: string): string[] {
  const text = readFileSync(new URL(file, SEEDS), 'utf8');
  const found = [...text.matchAll(new RegExp(`${bullet}\\s*([^${bullet}]+?)(?=${bullet}|\\n\\s*\\n|$)`, 'gs'))].map((m) =>
    (m[1] ?? '').trim(),
  );
  // Column fragments of the flattened layout: no sentence end, a quoted footer, or a sentence that runs into the next column.
  return found.filter((x) => /[;.]\s*$/.test(x) && !x.includes('«') && !/[.;]\s*\n\s*[а-яәіңғүұқөһ]/.test(x));
}

describe('the seeds the comparison reads', () => {
  it.runIf(inCi)(
    'given a CI run (CI is set), then the seeds are beside the checkout, so the comparison runs instead of skipping',
    () => {
      expect(
        seedsHere,
        `CI is set but the seeds are missing at ${fileURLToPath(SEEDS)}: check them out beside the clone (../shared/seeds) — in CI the seed comparison must run, not skip`,
      ).toBe(true);
    },
  );
});

describe.skipIf(!seedsHere)('behavioural indicators match every seed that lists them', () => {
  it.each([
    ['003_a3d2d5412e1a2149.txt', '•', 120],
    ['001_15a8b03f5a629381.txt', '●', 100],
  ] as const)('%s (items bulleted %s): at least %i indicators listed, each of them in the data', (file, bullet, atLeast) => {
    const list = items(file, bullet);
    expect(list.length).toBeGreaterThanOrEqual(atLeast);
    expect(list.filter((x) => !known.has(norm(x)))).toEqual([]);
  });
});
