import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JUSTICE_2017,
  SCALE_2017_ANNUAL,
  SCALE_2017_QUARTER,
  SCALE_2023,
  TYPICAL_2023,
  ZHANAOZEN_2023,
} from '../profiles/builtin';
import { annualMean } from './annual';
import { gradeOf, scaleProblems } from './grades';
import {
  achievement,
  isAchieved,
  kciCountGrade,
  kciCountProblem,
  kciSheetScore,
  outsidePermissible,
  permissibleRange,
  tooLateForKci,
} from './kci';
import { annualPoints, planScoreTenths, quarterPoints, quarterlyMeanPoints } from './points';
import { rankingScore, rankWithinUnit } from './ranking';
import { divideRounded, hundredthsFromNumber, meanRounded } from './score';

describe('rounding and banding (004 §8, 001 §7)', () => {
  it.each([
    [500, 'effective'],
    [400, 'effective'],
    [399, 'proper'],
    [300, 'proper'],
    [299, 'satisfactory'],
    [200, 'satisfactory'],
    [199, 'unsatisfactory'],
    [0, 'unsatisfactory'],
  ] as const)('004 §8: %i hundredths is "%s"', (value, grade) => {
    expect(gradeOf(SCALE_2023, value)).toBe(grade);
  });

  it('004 §8 with METHODOLOGY §5: 3.995 rounds half-up to 4.00 and is "effective"', () => {
    // 3.99 + 4.00 = 7.99 → mean 3.995
    expect(meanRounded([399, 400], 'halfUp')).toBe(400);
    expect(gradeOf(SCALE_2023, meanRounded([399, 400], 'halfUp') ?? 0)).toBe('effective');
    expect(meanRounded([399, 400], 'down')).toBe(399);
    expect(meanRounded([399, 400], 'halfEven')).toBe(400);
    expect(meanRounded([398, 399], 'halfEven')).toBe(398);
  });

  it.each([
    [79, 'unsatisfactory'],
    [80, 'satisfactory'],
    [105, 'satisfactory'],
    [106, 'effective'],
    [130, 'effective'],
    [131, 'excellent'],
  ] as const)('002 §27: %i points in a quarter is "%s"', (points, grade) => {
    expect(gradeOf(SCALE_2017_QUARTER, points)).toBe(grade);
  });

  it.each([
    [29, 'unsatisfactory'],
    [30, 'satisfactory'],
    [39, 'satisfactory'],
    [40, 'effective'],
    [49, 'effective'],
    [50, 'excellent'],
  ] as const)('002 §33: an annual %i tenths is "%s"', (tenths, grade) => {
    expect(gradeOf(SCALE_2017_ANNUAL, tenths)).toBe(grade);
  });

  it('banding is monotonic: a higher score never gets a lower grade', () => {
    const order = ['unsatisfactory', 'satisfactory', 'proper', 'effective', 'excellent'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return order.indexOf(gradeOf(SCALE_2023, lo)) <= order.indexOf(gradeOf(SCALE_2023, hi));
      }),
    );
  });

  it('rounding is idempotent and exact: rounding an integer changes nothing; the mean lies between min and max', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 12 }), (xs) => {
        const m = meanRounded(xs, 'halfUp') ?? -1;
        return m >= Math.min(...xs) && m <= Math.max(...xs) && divideRounded(m, 1, 'halfUp') === m;
      }),
    );
  });

  it('reads typed scores with at most two decimals', () => {
    expect(hundredthsFromNumber(3.75)).toBe(375);
    expect(hundredthsFromNumber(4)).toBe(400);
    expect(hundredthsFromNumber(3.755)).toBeUndefined();
  });

  it('every built-in scale is ordered from the highest band and ends open', () => {
    for (const s of [SCALE_2023, SCALE_2017_QUARTER, SCALE_2017_ANNUAL]) expect(scaleProblems(s)).toEqual([]);
    expect(
      scaleProblems({
        decimals: 2,
        bands: [
          { grade: 'proper', min: 300 },
          { grade: 'effective', min: 400 },
        ],
      }),
    ).toContain('bandsNotDescending');
  });
});

describe('ranking method (004 §§29–33)', () => {
  it('004 §33: the four parameters combine as an equal-weight mean, rounded half-up (assumption marked)', () => {
    const r = rankingScore({ quality: 400, deadlines: 350, initiative: 375, discipline: 500 }, TYPICAL_2023);
    expect(r.kind).toBe('scored');
    if (r.kind !== 'scored') return;
    expect(r.result.score).toBe(406);
    expect(r.result.grade).toBe('effective');
    expect(r.result.explain()).toMatchObject({
      formula: 'mean',
      exact: '1625/4',
      result: '4.06',
      profile: { id: 'typical-2023', version: 1 },
    });
    expect(r.result.explain().assumptions).toEqual(['rankingCombine', 'rounding']);
    expect(r.result.explain().sources).toContain('004 §33');
  });

  it('004 §32: a score is complete only when every parameter is scored', () => {
    expect(rankingScore({ quality: 400, deadlines: 350 }, TYPICAL_2023)).toEqual({
      kind: 'incomplete',
      missing: ['initiative', 'discipline'],
    });
  });

  it('004 §33: each parameter is scored 0–5 — a score outside it (or not in hundredths) computes nothing', () => {
    const full = { quality: 400, deadlines: 350, initiative: 375, discipline: 500 };
    expect(rankingScore({ ...full, quality: 600 }, TYPICAL_2023)).toEqual({ kind: 'outOfRange', parameters: ['quality'] });
    expect(rankingScore({ ...full, deadlines: -1, discipline: 37.5 }, TYPICAL_2023)).toEqual({
      kind: 'outOfRange',
      parameters: ['deadlines', 'discipline'],
    });
    expect(rankingScore({ ...full, quality: 0 }, TYPICAL_2023).kind).toBe('scored');
  });

  it('ranks within the unit: ties share a rank, the next rank skips, the order is total by id', () => {
    const ranks = rankWithinUnit([
      { id: 'c', score: 400 },
      { id: 'a', score: 450 },
      { id: 'b', score: 400 },
      { id: 'd', score: 300 },
      { id: 'e', score: undefined },
    ]);
    expect([...ranks]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('ranks: equal scores always share a rank, and a higher score always has a better rank', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 30 }), (scores) => {
        const entries = scores.map((score, i) => ({ id: `p${String(i).padStart(2, '0')}`, score }));
        const ranks = rankWithinUnit(entries);
        return entries.every((a) =>
          entries.every((b) =>
            a.score === b.score
              ? ranks.get(a.id) === ranks.get(b.id)
              : a.score > b.score
                ? (ranks.get(a.id) ?? 0) < (ranks.get(b.id) ?? 0)
                : true,
          ),
        );
      }),
    );
  });
});

describe('KCI (004 §§22–28, 001 §44)', () => {
  it('004 §25: achievement from plan and actual, higher or lower is better', () => {
    expect(achievement(80, 100, 'higherBetter')).toMatchObject({ kind: 'percent', percent: 8000 });
    expect(achievement(120, 100, 'higherBetter')).toMatchObject({ kind: 'percent', percent: 12000 });
    expect(achievement(5, 4, 'lowerBetter')).toMatchObject({ kind: 'percent', percent: 8000 });
    expect(achievement(0, 4, 'lowerBetter')).toMatchObject({ kind: 'percent', percent: 10000 });
    expect(achievement(2, 3, 'higherBetter')).toMatchObject({ kind: 'percent', percent: 6667 });
  });

  it('004 §§25, 28: "achieved" and the permissible row are decided on the exact ratio, not the rounded percent', () => {
    // 99 999,6 of a plan of 100 000 shows as 100,00 % but is not achieved.
    const short = achievement(9999960, 10000000, 'higherBetter');
    expect(short).toMatchObject({ percent: 10000 });
    expect(isAchieved(short)).toBe(false);
    expect(permissibleRange(short, TYPICAL_2023)).toEqual({ min: 300, max: 400 });
    expect(isAchieved(achievement(10000000, 10000000, 'higherBetter'))).toBe(true);
    // Lower is better: 10,0004 against a plan of 10 is not achieved either.
    expect(isAchieved(achievement(100004, 100000, 'lowerBetter'))).toBe(false);
    expect(isAchieved(achievement(100000, 100000, 'lowerBetter'))).toBe(true);
    // Just under 90 % (89,996 %) is in the row below 90 %.
    expect(permissibleRange(achievement(89996, 100000, 'higherBetter'), TYPICAL_2023)).toEqual({ min: 200, max: 300 });
  });

  it('a zero plan is handled explicitly: achieved or not, no percentage', () => {
    expect(achievement(0, 0, 'lowerBetter')).toEqual({ kind: 'zeroPlan', achieved: true });
    expect(achievement(1, 0, 'lowerBetter')).toEqual({ kind: 'zeroPlan', achieved: false });
    expect(achievement(3, 0, 'higherBetter')).toEqual({ kind: 'zeroPlan', achieved: true });
  });

  it.each([
    [10000, 400, 500],
    [9999, 300, 400],
    [9000, 300, 400],
    [8999, 200, 300],
    [7000, 200, 300],
    [6999, 100, 200],
    [5000, 100, 200],
    [4999, 0, 100],
  ])('METHODOLOGY §5 (Appendix 3 assumption): %i hundredths of a percent → %i–%i', (percent, min, max) => {
    expect(permissibleRange(achievement(percent, 10000, 'higherBetter'), TYPICAL_2023)).toEqual({ min, max });
  });

  it('a score outside the permissible range is flagged for confirmation, not blocked', () => {
    expect(outsidePermissible(350, { min: 400, max: 500 })).toBe(true);
    expect(outsidePermissible(450, { min: 400, max: 500 })).toBe(false);
  });

  it('004 §24: three to five KCIs per plan', () => {
    expect(kciCountProblem(2, TYPICAL_2023)).toBe('tooFew');
    expect(kciCountProblem(3, TYPICAL_2023)).toBeUndefined();
    expect(kciCountProblem(6, TYPICAL_2023)).toBe('tooMany');
  });

  it('004 §23: no KCIs when less than three months remain', () => {
    expect(tooLateForKci(2, TYPICAL_2023)).toBe(true);
    expect(tooLateForKci(3, TYPICAL_2023)).toBe(false);
  });

  it('the sheet score is the mean of KCI scores (assumption marked) and gets a grade', () => {
    const sheet = kciSheetScore(
      [
        { kci: 'k1', score: 400 },
        { kci: 'k2', score: 350 },
        { kci: 'k3', score: 413 },
      ],
      TYPICAL_2023,
    );
    expect(sheet).toMatchObject({ score: 388, grade: 'proper' });
    expect(sheet?.explain()).toMatchObject({ exact: '1163/3', result: '3.88', assumptions: ['kciCombine', 'rounding'] });
  });

  it.each([
    [5, 5, 'effective', []],
    [4, 5, 'proper', []],
    [3, 5, 'satisfactory', []],
    [2, 5, 'unsatisfactory', []],
    [3, 3, 'effective', ['kciCountScaling']],
    [3, 4, 'satisfactory', ['kciCountScaling']],
  ] as const)('001 §44: %i of %i KCIs achieved is "%s"', (achieved, total, grade, assumptions) => {
    const r = kciCountGrade(achieved, total, ZHANAOZEN_2023);
    expect(r.grade).toBe(grade);
    expect(r.explain().assumptions).toEqual(assumptions);
    expect(r.explain().sources).toEqual(['001 §44']);
  });
});

describe('points model (002 §§16–33)', () => {
  it('002 §§16, 22, 26: 100 + incentives − 2 per violation, banded by §27', () => {
    const q = quarterPoints([3, 5], 2, JUSTICE_2017);
    expect(q).toMatchObject({ points: 104, grade: 'satisfactory' });
    expect(quarterPoints([5, 5, 5, 5, 5, 5, 2], 0, JUSTICE_2017)).toMatchObject({ points: 132, grade: 'excellent' });
    expect(quarterPoints([], 11, JUSTICE_2017)).toMatchObject({ points: 78, grade: 'unsatisfactory' });
  });

  it('002 §18: an incentive is +1 … +5', () => {
    expect(quarterPoints([6], 0, JUSTICE_2017)).toBe('incentiveOutOfRange');
    expect(quarterPoints([0], 0, JUSTICE_2017)).toBe('incentiveOutOfRange');
    expect(quarterPoints([], -1, JUSTICE_2017)).toBe('negativeViolations');
  });

  it('METHODOLOGY §5: a quarterly mean between bands (105.5) rounds half-up to 106', () => {
    expect(quarterlyMeanPoints([105, 106])).toBe(106);
  });

  it('002 §§12, 30: 2–5 per work-plan target, at most four', () => {
    expect(planScoreTenths(['achieved', 'exceeded', 'partly'], JUSTICE_2017)).toBe(40);
    expect(planScoreTenths(['achieved', 'achieved', 'achieved', 'achieved', 'achieved'], JUSTICE_2017)).toBe('tooManyTargets');
    expect(planScoreTenths([], JUSTICE_2017)).toBe('noTargets');
  });

  it('002 §§32–33: converted quarterly mean and plan combine (assumption: equal weights, one decimal)', () => {
    const a = annualPoints([104, 120, 131, 110], ['achieved', 'exceeded', 'partly'], JUSTICE_2017);
    expect(a).toMatchObject({ converted: 4, tenths: 40, grade: 'effective' });
    if (a && typeof a === 'object') expect(a.explain().assumptions).toEqual(['pointsQuarterAverage', 'pointsAnnualFormula']);
    const b = annualPoints([131, 140], ['exceeded', 'achieved'], JUSTICE_2017);
    expect(b).toMatchObject({ converted: 5, tenths: 48, grade: 'effective' }); // (5 + 4.5) / 2 = 4.75 → 4.8
  });
});

describe('annual roll-up (004 §5)', () => {
  it('004 §5: the mean of evaluated quarters; quarters not evaluated are listed, not zeroed', () => {
    const r = annualMean({ '2026-Q1': 400, '2026-Q2': undefined, '2026-Q3': 350, '2026-Q4': 375 }, TYPICAL_2023);
    expect(r).toMatchObject({
      score: 375,
      grade: 'proper',
      evaluated: ['2026-Q1', '2026-Q3', '2026-Q4'],
      notEvaluated: ['2026-Q2'],
    });
    expect(annualMean({ '2026-Q1': undefined }, TYPICAL_2023)).toBeUndefined();
  });
});
