import { describe, expect, it } from 'vitest';
import { periodsOfYear, type PlanTarget, type PointsIncentive, type PointsViolation } from '../model';
import { JUSTICE_2017 } from '../profiles/builtin';
import { agreementProblem, pointsOfQuarter, pointsOfYear, pointsSheetProblems, signatureProblem } from './points-sheet';

const [Q1] = periodsOfYear(2026);
if (!Q1) throw new Error('no Q1');
const inc = (points: number, date = '2026-02-10', activityId = 'instructions'): PointsIncentive => ({
  id: `i${points}${date}`,
  activityId,
  points,
  date,
  note: '',
});
const vio = (date = '2026-03-02', kind: PointsViolation['kind'] = 'executive'): PointsViolation => ({
  id: `v${date}`,
  kind,
  date,
  note: '',
});
const target = (name: string, result: PlanTarget['result']): PlanTarget => ({ id: name, name, result });

describe('the points model’s entries (002 §§16–33)', () => {
  it('002 §§16–26: given incentives of 5 and 3 and two violations, then the quarter is 100 + 8 − 4 = 104, "satisfactory" (§27)', () => {
    const q = pointsOfQuarter(
      { incentives: [inc(5), inc(3, '2026-03-01')], violations: [vio(), vio('2026-03-03', 'labour')] },
      JUSTICE_2017,
    );
    expect(q?.points).toBe(104);
    expect(q?.grade).toBe('satisfactory');
  });

  it('002 §§16, 22, 26 (METHODOLOGY §5): the formula is a lost image — every quarter names its reconstruction as an assumption', () => {
    const q = pointsOfQuarter({ incentives: [inc(5)], violations: [vio()] }, JUSTICE_2017);
    expect(q?.explain().assumptions).toEqual(['pointsQuarterFormula']);
    expect(q?.explain().sources).toEqual(['002 §§15–16, 22', '002 §27']);
  });

  it('002 §26 (METHODOLOGY §5): a quarter without entries is the base of 100 points — an assumption, marked', () => {
    expect(pointsOfQuarter(undefined, JUSTICE_2017)?.points).toBe(100);
    expect(pointsOfQuarter(undefined, JUSTICE_2017)?.explain().assumptions).toEqual([
      'pointsQuarterFormula',
      'pointsEmptyQuarter',
    ]);
  });

  it('002 Appendix 1, §12: at most four targets, half of them measurable — fewer measurable is a warning, not a refusal', () => {
    const plan = (measurable: boolean[]) => ({
      incentives: [],
      violations: [],
      targets: measurable.map((m, i) => ({ ...target(`t${i}`, null), measurable: m })),
    });
    const YEAR = periodsOfYear(2026).find((p) => p.kind === 'year');
    if (!YEAR) throw new Error('no year');
    expect(pointsSheetProblems(plan([true, false]), YEAR, JUSTICE_2017)).toEqual([]);
    expect(pointsSheetProblems(plan([true, false, false]), YEAR, JUSTICE_2017)).toEqual([
      { code: 'targetsHalfMeasurable', severity: 'warning', field: 'targets', params: { count: 1, of: 3 } },
    ]);
    expect(
      pointsSheetProblems(plan([true, true, true, true, true]), YEAR, JUSTICE_2017).map((p) => [p.code, p.severity]),
    ).toEqual([['tooManyTargets', 'error']]);
  });

  it('002 §24: the direct manager agrees the sheet within the period and by today, before the servant signs; a signed sheet keeps its agreement', () => {
    const signed = { on: '2026-04-06' };
    expect(agreementProblem('2026-04-05', Q1, '2026-04-06', undefined)).toBeUndefined();
    expect(agreementProblem('2026-04-07', Q1, '2026-04-06', undefined)).toBe('inFuture');
    expect(agreementProblem('2025-12-30', Q1, '2026-04-06', undefined)).toBe('beforePeriod');
    expect(agreementProblem('2026-04-06', Q1, '2026-04-06', signed)).toBeUndefined();
    expect(agreementProblem('2026-04-06', Q1, '2026-04-08', { on: '2026-04-05' })).toBe('afterSignature');
    expect(agreementProblem(null, Q1, '2026-04-06', signed)).toBe('signed');
    expect(agreementProblem(null, Q1, '2026-04-06', null)).toBeUndefined();
  });

  it('002 §25: the servant signs the agreed sheet, or refuses and an act is drawn up; not after today nor before the quarter', () => {
    const agreed = '2026-04-03';
    expect(signatureProblem({ on: '2026-04-05', refused: false, act: '' }, Q1, '2026-04-06', agreed)).toBeUndefined();
    expect(signatureProblem({ on: '2026-04-07', refused: false, act: '' }, Q1, '2026-04-06', agreed)).toBe('inFuture');
    expect(signatureProblem({ on: '2025-12-31', refused: false, act: '' }, Q1, '2026-04-06', agreed)).toBe('beforePeriod');
    expect(signatureProblem({ on: '2026-04-05', refused: true, act: ' ' }, Q1, '2026-04-06', agreed)).toBe('actRequired');
    expect(signatureProblem({ on: '2026-04-05', refused: true, act: 'Акт № 1' }, Q1, '2026-04-06', agreed)).toBeUndefined();
    // §§24–25: «Тікелей басшымен келісілгеннен кейін бағалау парағына … қол қояды».
    expect(signatureProblem({ on: '2026-04-05', refused: false, act: '' }, Q1, '2026-04-06', null)).toBe('notAgreed');
    expect(signatureProblem({ on: '2026-04-02', refused: false, act: '' }, Q1, '2026-04-06', agreed)).toBe('beforeAgreement');
  });

  it('002 §18: an incentive outside +1 … +5, or an activity not in the scale, is a located problem', () => {
    const problems = pointsSheetProblems(
      { incentives: [inc(7), inc(2, '2026-02-11', 'nonsense')], violations: [], targets: [] },
      Q1,
      JUSTICE_2017,
    );
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['scoreOutOfRange', 'incentives.0.points'],
      ['activityUnknown', 'incentives.1.activityId'],
    ]);
  });

  it('002 §§17, 20: entries dated outside the quarter are problems (dates as dd.mm.yyyy)', () => {
    const problems = pointsSheetProblems(
      { incentives: [inc(3, '2026-04-01')], violations: [vio('2025-12-31')], targets: [] },
      Q1,
      JUSTICE_2017,
    );
    expect(problems.map((p) => [p.field, p.params?.['value']])).toEqual([
      ['incentives.0.date', '01.04.2026'],
      ['violations.0.date', '31.12.2025'],
    ]);
  });

  it('002 §12: at most four targets in the work plan, each named', () => {
    const five = ['a', 'b', 'c', 'd', ''].map((n) => target(n, 'achieved'));
    expect(
      pointsSheetProblems({ incentives: [], violations: [], targets: five }, Q1, JUSTICE_2017)
        .filter((p) => p.severity === 'error')
        .map((p) => [p.code, p.field]),
    ).toEqual([
      ['tooManyTargets', 'targets'],
      ['required', 'targets.4.name'],
    ]);
  });

  it('002 §§30–33: the year waits for every target’s result; then quarters 104, 120, 131, 110 and targets 4, 5, 3 give 4.0 "effective"', () => {
    expect(pointsOfYear([104, 120, 131, 110], [target('a', 'achieved'), target('b', null)], JUSTICE_2017)).toBeUndefined();
    const year = pointsOfYear(
      [104, 120, 131, 110],
      [target('a', 'achieved'), target('b', 'exceeded'), target('c', 'partly')],
      JUSTICE_2017,
    );
    expect(year?.tenths).toBe(40);
    expect(year?.grade).toBe('effective');
    expect(year?.explain().assumptions).toEqual(['pointsQuarterAverage', 'pointsAnnualFormula']);
  });
});
