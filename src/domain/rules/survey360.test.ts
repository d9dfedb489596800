import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TYPICAL_2023 } from '../profiles/builtin';
import { HEAD_360, STAFF_360 } from '../profiles/competencies';
import { applicableCompetencies, sheetProblems, sheetSummary } from './competency-sheet';
import { aggregate360, answersByPerson, respondentProblems, strengths, trainingTopics, type Answer } from './survey360';

const answers = (competency: string, role: Answer['role'], ...scores: number[]): Answer[] =>
  scores.map((score) => ({ role, competency, score }));

describe('360 method (004 §§34–37)', () => {
  it('004 §35: heads are assessed on 12 competencies, staff on 8', () => {
    expect(TYPICAL_2023.survey360.headCompetencies.value).toHaveLength(12);
    expect(TYPICAL_2023.survey360.staffCompetencies.value).toHaveLength(8);
  });

  it('004 §36: 3 to 7 respondents; duplicates, the person as an "other" and people who left are flagged', () => {
    const base = [
      { respondentId: 'm', role: 'manager' as const },
      { respondentId: 'p1', role: 'peer' as const },
      { respondentId: 'me', role: 'self' as const },
    ];
    expect(respondentProblems('me', base, TYPICAL_2023)).toEqual([{ code: 'tooFew', count: 2, limit: 3 }]);
    const many = Array.from({ length: 8 }, (_, i) => ({ respondentId: `p${i}`, role: 'peer' as const }));
    expect(respondentProblems('me', many, TYPICAL_2023)).toEqual([
      { code: 'tooMany', count: 8, limit: 7 },
      { code: 'selfMissing', respondentId: 'me' },
    ]);
    const odd = [...base, { respondentId: 'p1', role: 'subordinate' as const }, { respondentId: 'me', role: 'peer' as const }];
    expect(respondentProblems('me', odd, TYPICAL_2023, new Set(['m']))).toEqual([
      { code: 'respondentLeft', respondentId: 'm' },
      { code: 'duplicate', respondentId: 'p1' },
      { code: 'duplicate', respondentId: 'me' },
      { code: 'selfAsOther', respondentId: 'me' },
    ]);
  });

  it('004 §36: the self-assessment is shown beside the result and never counted', () => {
    const a = [...answers('communication', 'peer', 400, 300, 500), ...answers('communication', 'self', 100)];
    const r = aggregate360(a, STAFF_360, TYPICAL_2023);
    expect(r.competencies[0]).toMatchObject({ kind: 'shown', mean: 400, count: 3, self: 100 });
  });

  it('anonymity: with fewer than three non-self answers a competency is suppressed, and it is not in the overall', () => {
    const a = [
      ...answers('communication', 'peer', 400, 300, 500),
      ...answers('ethics', 'manager', 200),
      ...answers('ethics', 'peer', 500),
      ...answers('ethics', 'self', 500),
    ];
    const r = aggregate360(a, STAFF_360, TYPICAL_2023);
    expect(r.competencies[1]).toEqual({ competency: 'ethics', kind: 'suppressed', count: 2, self: 500 });
    expect(r.overall).toBe(400);
    expect(JSON.stringify(r.competencies[1])).not.toContain('200');
  });

  it('the self-assessment never changes a result (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 100, max: 500 }), { minLength: 3, maxLength: 7 }),
        fc.array(fc.integer({ min: 100, max: 500 }), { maxLength: 2 }),
        (others, selves) => {
          const without = aggregate360(answers('results', 'peer', ...others), STAFF_360, TYPICAL_2023);
          const withSelf = aggregate360(
            [...answers('results', 'peer', ...others), ...answers('results', 'self', ...selves)],
            STAFF_360,
            TYPICAL_2023,
          );
          const strip = (r: typeof without) => r.competencies.map((c) => (c.kind === 'shown' ? [c.mean, c.count] : [c.count]));
          return JSON.stringify(strip(without)) === JSON.stringify(strip(withSelf)) && without.overall === withSelf.overall;
        },
      ),
    );
  });

  it('004 §37: the three least expressed competencies feed training topics', () => {
    const all = HEAD_360.flatMap((c, i) => answers(c.id, 'peer', 500 - i * 10, 500 - i * 10, 500 - i * 10));
    const r = aggregate360(all, HEAD_360, TYPICAL_2023);
    expect(r.leastExpressed).toEqual(['initiative', 'selfDevelopment', 'promptness']);
    expect(trainingTopics([r, { leastExpressed: ['initiative', 'ethics'] }])).toEqual([
      { competency: 'initiative', people: 2 },
      { competency: 'ethics', people: 1 },
      { competency: 'promptness', people: 1 },
      { competency: 'selfDevelopment', people: 1 },
    ]);
  });

  it('004 §37: a profile threshold adds every competency below it to the lowest N; with N = 0 the threshold alone decides', () => {
    const all = HEAD_360.flatMap((c, i) => answers(c.id, 'peer', 500 - i * 30, 500 - i * 30, 500 - i * 30));
    const profile = (lowest: number, below: number) => ({
      ...TYPICAL_2023,
      survey360: {
        ...TYPICAL_2023.survey360,
        leastExpressed: { value: lowest, source: 'test' },
        leastExpressedBelow: { value: below, source: 'test' },
      },
    });
    // Means 5,00 4,70 … 1,70: below 2,50 are 2,30 2,00 1,70 — the lowest three anyway;
    // below 3,00 adds the fourth and fifth lowest (2,90 2,60).
    expect(aggregate360(all, HEAD_360, profile(3, 250)).leastExpressed).toHaveLength(3);
    const wider = aggregate360(all, HEAD_360, profile(3, 300)).leastExpressed;
    expect(wider).toHaveLength(5);
    expect(wider.slice(0, 3)).toEqual(aggregate360(all, HEAD_360, TYPICAL_2023).leastExpressed);
    expect(aggregate360(all, HEAD_360, profile(0, 300)).leastExpressed).toHaveLength(5);
    expect(aggregate360(all, HEAD_360, profile(0, 0)).leastExpressed).toEqual([]);
  });
});

describe('360 individual report (004 §37, Typical Methodology Appendix 7 role)', () => {
  it('004 §36: sealed answers become per-person rows by role, the token dropped; strengths are the highest shown, apart from the least expressed', () => {
    const sealed: { token: string; evaluatedId: string; role: Answer['role']; scores: Record<string, number> }[] = [
      { token: 't1', evaluatedId: 'a', role: 'peer', scores: { results: 500, ethics: 300 } },
      { token: 't2', evaluatedId: 'a', role: 'self', scores: { results: 100 } },
      { token: 't3', evaluatedId: 'b', role: 'manager', scores: { results: 400 } },
    ];
    const by = answersByPerson(sealed);
    expect(by.get('a')).toEqual([
      { role: 'peer', competency: 'results', score: 500 },
      { role: 'peer', competency: 'ethics', score: 300 },
      { role: 'self', competency: 'results', score: 100 },
    ]);
    expect(JSON.stringify([...by])).not.toContain('t1');
    const all = STAFF_360.flatMap((c, i) => answers(c.id, 'peer', 500 - i * 20, 500 - i * 20, 500 - i * 20));
    const r = aggregate360(all, STAFF_360, TYPICAL_2023);
    expect(strengths(r, 3)).toEqual(['communication', 'ethics', 'change']);
    expect(r.leastExpressed).toEqual(['selfDevelopment', 'promptness', 'cooperation']);
  });
});

describe('competency sheet (004 Appendix 3)', () => {
  it('004 Appendix 3*: the two public-service competencies are skipped for staff without public-service duties', () => {
    expect(applicableCompetencies(TYPICAL_2023, true)).toHaveLength(11);
    expect(applicableCompetencies(TYPICAL_2023, false)).toHaveLength(9);
    expect(applicableCompetencies(TYPICAL_2023, false)).not.toContain('consumerOrientation');
  });

  it('004 Appendix 3: "does not meet" needs the indicators that were not shown (or a note); every applicable competency needs an answer', () => {
    const entries = [
      { competency: 'management', meets: true, indicatorsNotShown: [], note: '' },
      { competency: 'cooperation', meets: false, indicatorsNotShown: [], note: '' },
      { competency: 'decisions', meets: false, indicatorsNotShown: [], note: 'не проявил на совещаниях' },
      { competency: 'consumerInforming', meets: true, indicatorsNotShown: [], note: '' },
    ];
    const problems = sheetProblems(entries, TYPICAL_2023, false);
    expect(problems).toContainEqual({ code: 'indicatorsMissing', competency: 'cooperation' });
    expect(problems).not.toContainEqual({ code: 'indicatorsMissing', competency: 'decisions' });
    expect(problems).toContainEqual({ code: 'notAssessed', competency: 'promptness' });
    expect(problems).toContainEqual({ code: 'notApplicable', competency: 'consumerInforming' });
    expect(sheetSummary(entries, TYPICAL_2023, false)).toEqual({ meets: 1, total: 9 });
  });
});
