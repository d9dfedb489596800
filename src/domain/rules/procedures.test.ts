import { describe, expect, it } from 'vitest';
import { periodsOfYear, type StatusInterval } from '../model';
import { JUSTICE_2017, TYPICAL_2023, TYPICAL_2025, ZHANAOZEN_2023 } from '../profiles/builtin';
import { KZ_CALENDAR } from './calendar';
import { eligibility, evaluationDeadline } from './eligibility';
import { yearSchedule } from './schedule';
import {
  calibrationDeadlines,
  calibrationResult,
  commissionDecision,
  consequences,
  familiarisationDeadline,
  hasQuorum,
  pastRetention,
  protocolPlacementDeadline,
  type CommissionMember,
} from './procedures';

const [Q1, , Q3, Q4, YEAR] = periodsOfYear(2026) as [
  ReturnType<typeof periodsOfYear>[number],
  unknown,
  ReturnType<typeof periodsOfYear>[number],
  ReturnType<typeof periodsOfYear>[number],
  ReturnType<typeof periodsOfYear>[number],
];
const status = (kind: StatusInterval['kind'], from: string, to: string | null): StatusInterval => ({
  id: `${kind}-${from}`,
  employeeId: 'e',
  kind,
  from,
  to,
  note: '',
});

describe('who is evaluated (004 §§5–7, 001 §5, 002 §3)', () => {
  it('004 §5: a quarter is due by the 10th of the next month; METHODOLOGY §4: by the 20th in 2025', () => {
    expect(evaluationDeadline(Q3, TYPICAL_2023)).toBe('2026-10-10');
    expect(evaluationDeadline(Q4, TYPICAL_2023)).toBe('2027-01-10');
    expect(evaluationDeadline(Q3, TYPICAL_2025)).toBe('2026-10-20');
    expect(evaluationDeadline(YEAR, TYPICAL_2025)).toBe('2027-01-30');
    expect(evaluationDeadline(YEAR, JUSTICE_2017)).toBe('2026-12-25');
  });

  it('004 §6: less than three months in the position → not evaluated; 001 §5: one month suffices', () => {
    expect(eligibility({ appointedOn: '2026-08-15' }, [], Q3, 'ranking', TYPICAL_2023, KZ_CALENDAR)).toEqual({
      kind: 'notEvaluated',
      reason: 'tenure',
      months: 1,
      source: '004 §6',
    });
    expect(eligibility({ appointedOn: '2026-07-01' }, [], Q3, 'ranking', TYPICAL_2023, KZ_CALENDAR)).toMatchObject({
      kind: 'evaluated',
      deadline: '2026-10-10',
    });
    expect(eligibility({ appointedOn: '2026-08-15' }, [], Q3, 'ranking', ZHANAOZEN_2023, KZ_CALENDAR)).toMatchObject({
      kind: 'evaluated',
    });
    expect(eligibility({ appointedOn: '2026-09-15' }, [], Q3, 'ranking', ZHANAOZEN_2023, KZ_CALENDAR)).toMatchObject({
      kind: 'notEvaluated',
      reason: 'tenure',
      source: '001 §5',
    });
  });

  it('004 §6: on leave during the evaluation → KCI within five working days after return; ranking without participation', () => {
    const leave = [status('labourLeave', '2026-09-20', '2026-10-16')];
    expect(eligibility({ appointedOn: '2020-01-01' }, leave, Q3, 'kci', TYPICAL_2023, KZ_CALENDAR)).toEqual({
      kind: 'shifted',
      reason: 'labourLeave',
      returnsOn: '2026-10-17',
      deadline: '2026-10-23',
      source: '004 §6',
    });
    expect(eligibility({ appointedOn: '2020-01-01' }, leave, Q3, 'ranking', TYPICAL_2023, KZ_CALENDAR)).toMatchObject({
      kind: 'withoutParticipation',
      reason: 'labourLeave',
      deadline: '2026-10-10',
    });
  });

  it('004 §6: the five working days skip holidays (sick until Friday 20 March 2026 → Wednesday 1 April)', () => {
    const sick = [status('sickLeave', '2026-01-05', '2026-03-20')];
    const q4of2025 = periodsOfYear(2025)[3];
    if (!q4of2025) throw new Error();
    expect(eligibility({ appointedOn: '2020-01-01' }, sick, q4of2025, 'kci', TYPICAL_2023, KZ_CALENDAR)).toMatchObject({
      kind: 'shifted',
      deadline: '2026-04-01',
    });
  });

  it('001 §5: without participation instead of a shifted KCI', () => {
    const leave = [status('socialLeave', '2026-09-01', null)];
    expect(eligibility({ appointedOn: '2020-01-01' }, leave, Q3, 'kci', ZHANAOZEN_2023, KZ_CALENDAR)).toMatchObject({
      kind: 'withoutParticipation',
      source: '001 §5',
    });
    expect(eligibility({ appointedOn: '2020-01-01' }, leave, Q3, 'kci', TYPICAL_2023, KZ_CALENDAR)).toMatchObject({
      kind: 'shifted',
      returnsOn: null,
      deadline: null,
    });
  });

  it('004 §7: dismissed before the period ends → without participation on the normal deadline', () => {
    expect(
      eligibility(
        { appointedOn: '2020-01-01' },
        [status('dismissed', '2026-09-01', null)],
        Q3,
        'ranking',
        TYPICAL_2023,
        KZ_CALENDAR,
      ),
    ).toEqual({
      kind: 'withoutParticipation',
      reason: 'dismissed',
      deadline: '2026-10-10',
      source: '004 §7',
    });
    expect(
      eligibility(
        { appointedOn: '2020-01-01' },
        [status('dismissed', '2026-06-01', null)],
        Q3,
        'ranking',
        TYPICAL_2023,
        KZ_CALENDAR,
      ),
    ).toMatchObject({ kind: 'notEvaluated', reason: 'notInPosition' });
  });

  it('002 §3: not evaluated during probation (points model only)', () => {
    const probation = [status('probation', '2026-01-01', '2026-02-28')];
    expect(eligibility({ appointedOn: '2020-01-01' }, probation, Q1, 'points', JUSTICE_2017, KZ_CALENDAR)).toMatchObject({
      kind: 'notEvaluated',
      reason: 'probation',
      source: '002 §3',
    });
    expect(eligibility({ appointedOn: '2020-01-01' }, probation, Q1, 'ranking', TYPICAL_2023, KZ_CALENDAR)).toMatchObject({
      kind: 'evaluated',
    });
  });
});

describe('the 2017 model’s terms (002 §3)', () => {
  it('002 §3: the fourth quarter is evaluated by 10 December, the others by the 10th of the next month, the year by 25 December', () => {
    expect(evaluationDeadline(Q4, JUSTICE_2017)).toBe('2026-12-10');
    expect(evaluationDeadline(Q3, JUSTICE_2017)).toBe('2026-10-10');
    expect(evaluationDeadline(YEAR, JUSTICE_2017)).toBe('2026-12-25');
    expect(eligibility({ appointedOn: '2020-01-01' }, [], Q4, 'points', JUSTICE_2017, KZ_CALENDAR)).toEqual({
      kind: 'evaluated',
      deadline: '2026-12-10',
      source: '002 §3',
    });
    expect(
      yearSchedule(2026, JUSTICE_2017, KZ_CALENDAR).find((d) => d.kind === 'evaluation' && d.periodId === Q4.id),
    ).toMatchObject({
      date: '2026-12-10',
      source: '002 §3',
    });
    // 004 §5 and 001 §4 know no such exception.
    expect(evaluationDeadline(Q4, TYPICAL_2023)).toBe('2027-01-10');
    expect(eligibility({ appointedOn: '2020-01-01' }, [], Q4, 'ranking', ZHANAOZEN_2023, KZ_CALENDAR)).toMatchObject({
      source: '001 §4',
    });
  });

  it('002 §3: only social leave and temporary incapacity shift the evaluation; labour leave, a business trip or training do not', () => {
    for (const kind of ['labourLeave', 'businessTrip', 'internship', 'training'] as const)
      expect(
        eligibility(
          { appointedOn: '2020-01-01' },
          [status(kind, '2026-10-01', '2026-10-20')],
          Q3,
          'points',
          JUSTICE_2017,
          KZ_CALENDAR,
        ),
      ).toMatchObject({ kind: 'evaluated' });
    expect(
      eligibility(
        { appointedOn: '2020-01-01' },
        [status('sickLeave', '2026-10-01', '2026-10-20')],
        Q3,
        'points',
        JUSTICE_2017,
        KZ_CALENDAR,
      ),
    ).toMatchObject({ kind: 'shifted', reason: 'sickLeave', source: '002 §3' });
    // 004 §6 names all six.
    expect(
      eligibility(
        { appointedOn: '2020-01-01' },
        [status('businessTrip', '2026-10-01', '2026-10-20')],
        Q3,
        'kci',
        TYPICAL_2023,
        KZ_CALENDAR,
      ),
    ).toMatchObject({ kind: 'shifted', reason: 'businessTrip' });
  });

  it('002 §3: the fourth quarter’s evaluation runs in early December — a sick leave then shifts it, one in January does not', () => {
    const december = [status('socialLeave', '2026-12-01', '2026-12-18')];
    expect(eligibility({ appointedOn: '2020-01-01' }, december, Q4, 'points', JUSTICE_2017, KZ_CALENDAR)).toMatchObject({
      kind: 'shifted',
      returnsOn: '2026-12-19',
    });
    const january = [status('socialLeave', '2027-01-04', '2027-01-20')];
    expect(eligibility({ appointedOn: '2020-01-01' }, january, Q4, 'points', JUSTICE_2017, KZ_CALENDAR)).toMatchObject({
      kind: 'evaluated',
    });
  });

  it('002 §§3, 36: the Justice profile cites its own act for the shifted evaluation and familiarisation', () => {
    expect(JUSTICE_2017.deadlines.shiftedKciWorkingDays).toEqual({ value: 5, source: '002 §3' });
    expect(JUSTICE_2017.deadlines.familiarisationWorkingDays).toEqual({ value: 2, source: '002 §36' });
  });
});

describe('familiarisation and calibration (004 §§12–13, 38–43)', () => {
  it('004 §12: acquainted within two working days (over the May holidays)', () => {
    expect(familiarisationDeadline('2026-05-06', TYPICAL_2023, KZ_CALENDAR)).toBe('2026-05-12');
  });

  it('004 §§13, 39, 40: apply within 5, decide within 3, hold within 10 working days — Nauryz counted out', () => {
    expect(calibrationDeadlines('2026-03-18', '2026-03-20', TYPICAL_2023, KZ_CALENDAR)).toEqual({
      applyBy: '2026-03-30',
      decideBy: '2026-03-30',
      holdBy: '2026-04-08',
    });
  });

  it('004 §42: the protocol is posted within three working days of signing (Kurban Ait 2026)', () => {
    expect(protocolPlacementDeadline('2026-05-26', TYPICAL_2023, KZ_CALENDAR)).toBe('2026-06-01');
  });

  it('004 §42: the score a majority of participants votes for is adopted, up or down', () => {
    expect(
      calibrationResult(350, [
        { participant: 'a', score: 400 },
        { participant: 'b', score: 400 },
        { participant: 'c', score: 350 },
      ]),
    ).toEqual({
      kind: 'adopted',
      score: 400,
      direction: 'up',
      votesFor: 2,
      participants: 3,
    });
    expect(
      calibrationResult(400, [
        { participant: 'a', score: 300 },
        { participant: 'b', score: 300 },
        { participant: 'c', score: 300 },
      ]),
    ).toMatchObject({ direction: 'down', score: 300 });
    expect(
      calibrationResult(400, [
        { participant: 'a', score: 300 },
        { participant: 'b', score: 400 },
      ]),
    ).toEqual({ kind: 'noMajority', participants: 2 });
  });

  it('a participant who changes their vote counts once', () => {
    expect(
      calibrationResult(300, [
        { participant: 'a', score: 400 },
        { participant: 'a', score: 300 },
        { participant: 'b', score: 300 },
      ]),
    ).toMatchObject({ kind: 'adopted', score: 300, votesFor: 2, participants: 2 });
  });
});

describe('the Commission (001 §§52–55)', () => {
  const members: CommissionMember[] = [
    { id: 'chair', role: 'chair' },
    ...['m1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((id) => ({ id, role: 'member' as const })),
    { id: 'sec', role: 'secretary' },
  ];

  it('001 §52: 4 of 7 present is no quorum, 5 of 7 is; the secretary does not count', () => {
    expect(hasQuorum(members, ['chair', 'm1', 'm2', 'm3', 'sec'], TYPICAL_2023)).toBe(false);
    expect(hasQuorum(members, ['chair', 'm1', 'm2', 'm3', 'm4'], TYPICAL_2023)).toBe(true);
  });

  it('001 §52: without quorum nothing can be decided', () => {
    const votes = new Map([
      ['chair', 'approve' as const],
      ['m1', 'approve' as const],
    ]);
    expect(commissionDecision(members, ['chair', 'm1', 'm2', 'm3'], votes, TYPICAL_2023)).toEqual({ kind: 'noQuorum' });
  });

  it('001 §55: a 3–3 vote goes the chair’s way; the secretary’s vote is ignored', () => {
    const present = ['chair', 'm1', 'm2', 'm3', 'm4', 'm5', 'sec'];
    const votes = new Map<string, 'approve' | 'revise'>([
      ['chair', 'revise'],
      ['m1', 'revise'],
      ['m2', 'revise'],
      ['m3', 'approve'],
      ['m4', 'approve'],
      ['m5', 'approve'],
      ['sec', 'approve'],
    ]);
    expect(commissionDecision(members, present, votes, TYPICAL_2023)).toEqual({
      kind: 'decided',
      decision: 'revise',
      approve: 3,
      revise: 3,
      byChair: true,
    });
  });

  it('001 §55: a majority decides', () => {
    const votes = new Map<string, 'approve' | 'revise'>([
      ['chair', 'revise'],
      ['m1', 'approve'],
      ['m2', 'approve'],
      ['m3', 'approve'],
      ['m4', 'approve'],
    ]);
    expect(commissionDecision(members, ['chair', 'm1', 'm2', 'm3', 'm4'], votes, TYPICAL_2023)).toMatchObject({
      decision: 'approve',
      byChair: false,
    });
  });
});

describe('consequences and retention (004 §§9–10, 15; 002 §§42–45)', () => {
  it('004 §9: "effective" grounds a bonus; 002 §42: "excellent" and "effective" in the 2017 model', () => {
    expect(consequences(['effective'], TYPICAL_2023)).toMatchObject({ bonusEligible: true, trainingNeeded: false });
    expect(consequences(['excellent'], JUSTICE_2017)).toMatchObject({ bonusEligible: true });
    expect(consequences(['proper'], TYPICAL_2023)).toMatchObject({ bonusEligible: false, trainingNeeded: false });
  });

  it('002 §§43–44: "unsatisfactory" needs training and is not made a mentor', () => {
    expect(consequences(['unsatisfactory'], JUSTICE_2017)).toMatchObject({
      trainingNeeded: true,
      notMentor: true,
      demotion: false,
    });
  });

  it('002 §45: two consecutive unsatisfactory years → demotion flag', () => {
    expect(consequences(['unsatisfactory', 'unsatisfactory'], JUSTICE_2017)?.demotion).toBe(true);
    expect(consequences(['unsatisfactory', 'satisfactory', 'unsatisfactory'], JUSTICE_2017)?.demotion).toBe(false);
  });

  it('004 §15: kept three years after completion', () => {
    expect(pastRetention('2023-01-10', '2026-01-10', TYPICAL_2023)).toBe(false);
    expect(pastRetention('2023-01-10', '2026-01-11', TYPICAL_2023)).toBe(true);
  });
});
