/**
 * `npm run bench`, issues 3 and 6: recompute 10,000 staff × 4 quarters (ranking score, grade, rank in
 * unit, annual mean) — goal ≤ 50 ms — and the 360 aggregation of 2,000 people × 7 raters × 12
 * competencies — goal ≤ 200 ms (issue 6's budget; 360 for all 10,000 people within issue 3's 50 ms
 * would contradict it, see README) — each next to a plain loop over the same numbers.
 */
import { afterAll, expect, it } from 'vitest';
import {
  aggregate360,
  annualMean,
  HEAD_360,
  makeRng,
  rankingScore,
  rankWithinUnit,
  TYPICAL_2023,
  type Answer,
} from '../../src/domain';
import { report, type Row } from './report';

const STAFF = 10_000;
const SURVEYED = 2_000;
const UNIT_SIZE = 50;
const rows: Row[] = [];
afterAll(() => {
  if (!report('Engine recompute', rows)) throw new Error('a performance goal was missed (see the table)');
});

const rng = makeRng(7);
const ids = Array.from({ length: STAFF }, (_, i) => `p${i}`);
const params = ['quality', 'deadlines', 'initiative', 'discipline'];
const scores = Array.from({ length: STAFF }, () => Array.from({ length: 4 }, () => params.map(() => rng.int(0, 20) * 25)));
const answers: Answer[][] = Array.from({ length: SURVEYED }, () =>
  HEAD_360.flatMap((c) =>
    Array.from({ length: 7 }, (_, r) => ({
      role: r === 0 ? ('self' as const) : ('peer' as const),
      competency: c.id,
      score: rng.int(1, 5) * 100,
    })),
  ),
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
function time(f: () => void, runs = 7): number {
  f();
  return median(
    Array.from({ length: runs }, () => {
      const t = performance.now();
      f();
      return performance.now() - t;
    }),
  );
}

function quarters(): number {
  let check = 0;
  const quarterly: (number | undefined)[][] = [];
  for (let q = 0; q < 4; q++) {
    const qs: (number | undefined)[] = [];
    for (let i = 0; i < STAFF; i++) {
      const s = scores[i]?.[q] ?? [];
      const r = rankingScore({ quality: s[0], deadlines: s[1], initiative: s[2], discipline: s[3] }, TYPICAL_2023);
      qs.push(r.kind === 'scored' ? r.result.score : undefined);
    }
    for (let u = 0; u < STAFF; u += UNIT_SIZE) {
      const ranks = rankWithinUnit(qs.slice(u, u + UNIT_SIZE).map((score, k) => ({ id: ids[u + k] ?? '', score })));
      check += ranks.size;
    }
    quarterly.push(qs);
  }
  for (let i = 0; i < STAFF; i++) {
    const a = annualMean(
      { Q1: quarterly[0]?.[i], Q2: quarterly[1]?.[i], Q3: quarterly[2]?.[i], Q4: quarterly[3]?.[i] },
      TYPICAL_2023,
    );
    check += a?.score ?? 0;
  }
  return check;
}

function survey(): number {
  let check = 0;
  for (let i = 0; i < SURVEYED; i++) check += aggregate360(answers[i] ?? [], HEAD_360, TYPICAL_2023).overall ?? 0;
  return check;
}

function plainQuarters(): number {
  let check = 0;
  for (let q = 0; q < 4; q++) {
    for (let i = 0; i < STAFF; i++) {
      const s = scores[i]?.[q] ?? [];
      check += Math.round(((s[0] ?? 0) + (s[1] ?? 0) + (s[2] ?? 0) + (s[3] ?? 0)) / 4);
    }
  }
  return check;
}

function plainSurvey(): number {
  let check = 0;
  for (let i = 0; i < SURVEYED; i++) for (const a of answers[i] ?? []) check += a.role === 'self' ? 0 : a.score;
  return check;
}

it('recomputes 10,000 staff × 4 quarters: score, grade, rank in unit, annual mean', () => {
  rows.push({
    what: '10,000 staff × 4 quarters (score, grade, rank, annual)',
    ours: time(quarters),
    floor: time(plainQuarters),
    floorWhat: 'plain loop',
    goalMs: 50,
  });
  expect(rows.length).toBe(1);
});

it('aggregates 360 for 2,000 people × 7 raters × 12 competencies', () => {
  rows.push({
    what: '360: 2,000 people × 7 raters × 12 competencies',
    ours: time(survey),
    floor: time(plainSurvey),
    floorWhat: 'plain loop',
    goalMs: 200,
  });
  expect(rows.length).toBe(2);
});
