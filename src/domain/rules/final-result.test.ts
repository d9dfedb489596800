import { describe, expect, it } from 'vitest';
import type { CalibrationCase, CommissionSitting } from '../model';
import { JUSTICE_2017, TYPICAL_2023 } from '../profiles/builtin';
import { finalResult } from './final-result';

const calibration = (votes: (number | null)[], extra: Partial<CalibrationCase> = {}): CalibrationCase => ({
  id: '2026-Q1:ranking:e',
  periodId: '2026-Q1',
  employeeId: 'e',
  component: 'ranking',
  appliedOn: '2026-04-14',
  application: 'Не согласен',
  decidedOn: '2026-04-15',
  heldOn: '2026-04-20',
  evaluatorArgument: '',
  reason: 'Сверх плана',
  signedOn: '2026-04-20',
  participants: votes.map((vote, i) => ({ id: `p${i}`, name: `p${i}`, position: '', vote })),
  feedback: { on: null, achievements: '', skills: '', potential: '' },
  ...extra,
});
const seats = [
  { id: 'chair', name: 'Председатель', role: 'chair' as const },
  ...['m1', 'm2', 'm3'].map((id) => ({ id, name: id, role: 'member' as const })),
  { id: 'sec', name: 'Секретарь', role: 'secretary' as const },
];
const sitting = (
  decision: 'approve' | 'revise',
  corrected: number | null,
  extra: Partial<CommissionSitting> = {},
): CommissionSitting => ({
  id: '2026-Q1',
  periodId: '2026-Q1',
  number: 1,
  approval: { name: 'Асанов Б.', position: 'Уполномоченное лицо', on: '2026-04-27' },
  orderNumber: '12',
  orderDate: '2026-01-05',
  seats,
  heldOn: '2026-04-25',
  present: ['chair', 'm1', 'm2', 'm3', 'sec'],
  cases: [
    {
      employeeId: 'e',
      component: 'ranking',
      votes: { chair: decision, m1: decision, m2: decision, m3: 'approve' },
      corrected,
      reason: corrected === null ? '' : 'Сроки',
      recommendation: '',
    },
  ],
  conclusion: '',
  signedOn: '2026-04-25',
  ...extra,
});

describe('final result (004 §42, 001 §§51–65)', () => {
  it('without a session or a sitting the evaluator’s score stands, current but not final', () => {
    const r = finalResult({ component: 'ranking', employeeId: 'e', computed: 350 }, TYPICAL_2023);
    expect([r.value, r.grade, r.stage, r.final]).toEqual([350, 'proper', 'evaluator', false]);
  });

  it('004 §42: a signed calibration protocol replaces the score with the one adopted by majority, and the grade follows it', () => {
    const r = finalResult(
      { component: 'ranking', employeeId: 'e', computed: 350, calibration: calibration([400, 400, 350]) },
      TYPICAL_2023,
    );
    expect([r.value, r.grade, r.stage, r.final]).toEqual([400, 'effective', 'calibration', false]);
    expect(r.explain()).toMatchObject({
      formula: 'finalResult',
      inputs: [
        { label: 'evaluator', value: '3.50' },
        { label: 'calibration', value: '4.00' },
        { label: 'commission', value: null },
      ],
      result: '4.00',
      sources: ['004 §42'],
    });
  });

  it('004 §42: an unsigned protocol, a session without a majority or a case of another component changes nothing', () => {
    expect(
      finalResult(
        { component: 'ranking', employeeId: 'e', computed: 350, calibration: calibration([400, 400, 350], { signedOn: null }) },
        TYPICAL_2023,
      ).value,
    ).toBe(350);
    expect(
      finalResult({ component: 'ranking', employeeId: 'e', computed: 350, calibration: calibration([400, 300]) }, TYPICAL_2023)
        .value,
    ).toBe(350);
    expect(
      finalResult({ component: 'kci', employeeId: 'e', computed: 350, calibration: calibration([400, 400, 350]) }, TYPICAL_2023)
        .value,
    ).toBe(350);
  });

  it('001 §§51–65: a signed protocol that approves makes the (calibrated) result final', () => {
    const r = finalResult(
      {
        component: 'ranking',
        employeeId: 'e',
        computed: 350,
        calibration: calibration([400, 400, 350]),
        sitting: sitting('approve', null),
      },
      TYPICAL_2023,
    );
    expect([r.value, r.stage, r.final]).toEqual([400, 'calibration', true]);
    expect(r.explain().sources).toEqual(['004 §42', '001 §§55, 59–61']);
  });

  it('001 §§51–65: a signed revision replaces the result with the Commission’s corrected one; an unsigned one does not', () => {
    const r = finalResult(
      { component: 'ranking', employeeId: 'e', computed: 350, sitting: sitting('revise', 250) },
      TYPICAL_2023,
    );
    expect([r.value, r.grade, r.stage, r.final]).toEqual([250, 'satisfactory', 'commission', true]);
    const draft = finalResult(
      { component: 'ranking', employeeId: 'e', computed: 350, sitting: sitting('revise', 250, { signedOn: null }) },
      TYPICAL_2023,
    );
    expect([draft.value, draft.final]).toEqual([350, false]);
  });

  it('001 §61: a signed protocol decides, but the result is final only once the authorised person approved it', () => {
    const input = { component: 'ranking' as const, employeeId: 'e', computed: 350 };
    const unapproved = finalResult({ ...input, sitting: sitting('revise', 250, { approval: null }) }, TYPICAL_2023);
    expect([unapproved.value, unapproved.stage, unapproved.decided, unapproved.final]).toEqual([250, 'commission', true, false]);
    expect(finalResult({ ...input, sitting: sitting('revise', 250) }, TYPICAL_2023).final).toBe(true);
  });

  it('002 §35, Appendix 5: the 2017 model has no approval — the Commission’s signed decision is final', () => {
    const s = sitting('approve', null, { approval: null });
    const points = { ...s, cases: s.cases.map((c) => ({ ...c, component: 'points' as const })) };
    const r = finalResult({ component: 'points', employeeId: 'e', computed: 120, sitting: points }, JUSTICE_2017);
    expect([r.value, r.decided, r.final]).toEqual([120, true, true]);
  });

  it('001 §64, 002 §38: an appeal that changed the result replaces it, final, with the appeal’s paragraph among the sources', () => {
    const r = finalResult(
      {
        component: 'ranking',
        employeeId: 'e',
        computed: 350,
        sitting: sitting('approve', null),
        appeal: {
          id: '2026-Q1:ranking:e',
          periodId: '2026-Q1',
          employeeId: 'e',
          component: 'ranking',
          filedOn: '2026-04-28',
          body: 'Департамент',
          outcome: 'changed',
          decidedOn: '2026-05-20',
          newResult: 410,
          source: 'Приказ № 7 от 22.05.2026',
          informedOn: null,
          court: '',
        },
      },
      TYPICAL_2023,
    );
    expect([r.value, r.grade, r.stage, r.final]).toEqual([410, 'effective', 'appeal', true]);
    expect(r.explain().sources).toContain('001 §64');
  });

  it('001 §52: a sitting without its quorum decides nothing, even when signed', () => {
    const r = finalResult(
      {
        component: 'ranking',
        employeeId: 'e',
        computed: 350,
        sitting: sitting('revise', 250, { present: ['chair', 'm1', 'sec'] }),
      },
      TYPICAL_2023,
    );
    expect([r.value, r.final]).toEqual([350, false]);
  });

  it('002 §§27, 34–40: in the points model a corrected result is points, graded on the quarterly points scale', () => {
    const s = sitting('revise', 131);
    const points = { ...s, cases: s.cases.map((c) => ({ ...c, component: 'points' as const })) };
    const r = finalResult({ component: 'points', employeeId: 'e', computed: 104, sitting: points }, JUSTICE_2017);
    expect([r.value, r.grade, r.stage]).toEqual([131, 'excellent', 'commission']);
    expect(r.explain()).toMatchObject({
      inputs: [
        { label: 'evaluator', value: '104' },
        { label: 'calibration', value: null },
        { label: 'commission', value: '131' },
      ],
      sources: ['002 §§9, 35'],
    });
  });
});
