import { describe, expect, it } from 'vitest';
import { periodsOfYear, type KciItem, type KciPlan } from '../model';
import { TYPICAL_2023 } from '../profiles/builtin';
import { KZ_CALENDAR } from './calendar';
import {
  kciEditable,
  kciPlanProblems,
  kciResubmitDeadline,
  kciReviewRefusal,
  kciReviewState,
  kciSheet,
  kciYearCounts,
} from './kci-sheet';
import { readAmount } from './score-input';

const Q1 =
  periodsOfYear(2026)[0] ??
  (() => {
    throw new Error('no Q1');
  })();
const item = (id: string, plan: number, actual: number | null, extra: Partial<KciItem> = {}): KciItem => ({
  id,
  name: `KCI ${id}`,
  source: 'Development plan',
  measure: '%',
  plan,
  direction: 'higherBetter',
  deadline: '',
  expected: '',
  actual,
  confirmedScore: null,
  ...extra,
});
const plan = (items: KciItem[], review: KciPlan['review'] = []): KciPlan => ({
  id: `2026-Q1:h`,
  periodId: '2026-Q1',
  employeeId: 'h',
  items,
  approvedOn: '2026-01-10',
  review,
});
const step = (action: 'submit' | 'agree' | 'return', at = '2026-04-03T09:00:00.000Z', reason = '') => ({
  at,
  operator: 'HR',
  action,
  reason,
});

describe('individual work plan (004 §§23–25, Appendix 1)', () => {
  it('004 §24: given two KCIs, when checked, then the plan has too few', () => {
    expect(kciPlanProblems([item('a', 100, null), item('b', 100, null)], Q1, TYPICAL_2023).map((p) => p.code)).toEqual([
      'kciTooFew',
    ]);
  });

  it('004 §24: given six KCIs, when checked, then the plan has too many', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => item(id, 100, null));
    expect(kciPlanProblems(six, Q1, TYPICAL_2023).map((p) => p.code)).toEqual(['kciTooMany']);
  });

  it('004 Appendix 1: given a KCI without name or unit of measure, then both are required, located by item', () => {
    const problems = kciPlanProblems(
      [item('a', 100, null, { name: ' ', measure: '' }), item('b', 100, null), item('c', 100, null)],
      Q1,
      TYPICAL_2023,
    );
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['required', 'items.0.name'],
      ['required', 'items.0.measure'],
    ]);
  });

  it('004 §25.4: given a deadline after the quarter, then it lies outside the period (dates as dd.mm.yyyy)', () => {
    const problems = kciPlanProblems(
      [item('a', 100, null, { deadline: '2026-04-01' }), item('b', 100, null), item('c', 100, null)],
      Q1,
      TYPICAL_2023,
    );
    expect(problems).toEqual([
      {
        code: 'kciDeadlineOutside',
        severity: 'error',
        field: 'items.0.deadline',
        params: { value: '01.04.2026', from: '01.01.2026', to: '31.03.2026', source: '004 §25' },
      },
    ]);
  });

  it('plan and actual values are read with a decimal comma, thousands spaces and at most two decimals', () => {
    expect(readAmount('1 250,5', 'plan')).toEqual({ kind: 'amount', value: 125050 });
    expect(readAmount('', 'plan')).toEqual({ kind: 'blank' });
    expect(readAmount('abc', 'plan')).toMatchObject({ kind: 'invalid', problem: { code: 'valueNotNumber' } });
    expect(readAmount('-3', 'plan')).toMatchObject({ kind: 'invalid', problem: { code: 'valueNegative' } });
    expect(readAmount('1,005', 'plan')).toMatchObject({ kind: 'invalid', problem: { code: 'scoreTooPrecise' } });
  });
});

describe('KCI sheet (004 §28, Appendix 2; METHODOLOGY §5 permissible table)', () => {
  const items = [item('a', 10000, 10000), item('b', 10000, 9500), item('c', 10000, 6000)];

  it('004 §28: given achievements of 100 %, 95 % and 60 %, then the permissible ranges are 4–5, 3–4 and 1–2', () => {
    const r = kciSheet(items, {}, TYPICAL_2023);
    expect(r.lines.map((l) => l.range)).toEqual([
      { min: 400, max: 500 },
      { min: 300, max: 400 },
      { min: 100, max: 200 },
    ]);
    expect(r.lines.map((l) => l.achieved)).toEqual([true, false, false]);
    expect(r.sheet).toBeUndefined();
  });

  it('004 §28: given every KCI scored, then the sheet score is the mean (assumption), rounded half-up and graded', () => {
    const r = kciSheet(items, { a: 450, b: 400, c: 200 }, TYPICAL_2023);
    // (4.50 + 4.00 + 2.00) / 3 = 3.50
    expect(r.sheet?.score).toBe(350);
    expect(r.sheet?.grade).toBe('proper');
    expect(r.sheet?.explain().assumptions).toEqual(['kciCombine', 'rounding']);
  });

  it('METHODOLOGY §5: a score outside the permissible range is a warning to confirm, not a block', () => {
    const r = kciSheet(items, { a: 450, b: 400, c: 400 }, TYPICAL_2023);
    expect(r.lines[2]).toMatchObject({ outside: true, needsConfirmation: true });
    expect(r.unconfirmed).toBe(1);
    expect(r.sheet?.score).toBe(417);
  });

  it('METHODOLOGY §5: a confirmation holds for the score confirmed only; a changed score must be confirmed again', () => {
    const confirmed = [items[0], items[1], { ...item('c', 10000, 6000), confirmedScore: 400 }] as KciItem[];
    expect(kciSheet(confirmed, { a: 450, b: 400, c: 400 }, TYPICAL_2023).unconfirmed).toBe(0);
    expect(kciSheet(confirmed, { a: 450, b: 400, c: 350 }, TYPICAL_2023).unconfirmed).toBe(1);
  });

  it('004 §28: a "lower is better" KCI (complaints: plan 10, actual 8) is achieved at 125 %', () => {
    const r = kciSheet([item('a', 1000, 800, { direction: 'lowerBetter' })], {}, TYPICAL_2023);
    expect(r.lines[0]?.achievement).toMatchObject({ kind: 'percent', percent: 12500 });
    expect(r.lines[0]?.range).toEqual({ min: 400, max: 500 });
  });
});

describe('the superior manager’s review (001 §§45–50)', () => {
  const items = [item('a', 10000, 10000), item('b', 10000, 10000), item('c', 10000, 10000)];
  const full = kciSheet(items, { a: 500, b: 450, c: 400 }, TYPICAL_2023);

  it('001 §45: a sheet never submitted is a draft, editable; submitted or agreed, it is not', () => {
    expect(kciReviewState(plan(items))).toBe('draft');
    expect(kciReviewState(plan(items, [step('submit')]))).toBe('submitted');
    expect(kciReviewState(plan(items, [step('submit'), step('return', undefined, 'facts')]))).toBe('returned');
    expect(kciReviewState(plan(items, [step('submit'), step('agree')]))).toBe('agreed');
    expect(['draft', 'returned', 'submitted', 'agreed'].map((s) => kciEditable(s as never))).toEqual([true, true, false, false]);
  });

  it('001 §45: an incomplete sheet or one with an unconfirmed out-of-range score cannot be submitted', () => {
    expect(kciReviewRefusal('submit', plan(items), kciSheet(items, { a: 500 }, TYPICAL_2023), [], '')).toBe('incomplete');
    expect(kciReviewRefusal('submit', plan(items), kciSheet(items, { a: 500, b: 500, c: 100 }, TYPICAL_2023), [], '')).toBe(
      'unconfirmed',
    );
    expect(kciReviewRefusal('submit', plan(items), full, [], '')).toBeUndefined();
  });

  it('001 §§47–48: the superior returns a submitted sheet only with a reason, and agrees only with a submitted one', () => {
    expect(kciReviewRefusal('return', plan(items, [step('submit')]), full, [], ' ')).toBe('reasonRequired');
    expect(kciReviewRefusal('return', plan(items, [step('submit')]), full, [], 'facts not confirmed')).toBeUndefined();
    expect(kciReviewRefusal('agree', plan(items), full, [], '')).toBe('notSubmitted');
    expect(kciReviewRefusal('submit', plan(items, [step('submit')]), full, [], '')).toBe('alreadySubmitted');
  });

  it('001 §49: a sheet returned on Friday 20 March 2026 is resubmitted by Friday 27 March (Nauryz 23–25 March off)', () => {
    const returned = plan(items, [step('submit'), step('return', '2026-03-20T10:00:00.000Z', 'facts')]);
    expect(kciResubmitDeadline(returned, KZ_CALENDAR)).toBe('2026-03-27');
    expect(kciResubmitDeadline(plan(items, [step('submit')]), KZ_CALENDAR)).toBeUndefined();
  });

  it('001 §44: the year counts every KCI of its plans; one without an actual value is not achieved', () => {
    expect(kciYearCounts([{ items: [item('a', 100, 100), item('b', 100, 90)] }, { items: [item('c', 100, null)] }])).toEqual({
      achieved: 1,
      total: 3,
    });
  });
});
