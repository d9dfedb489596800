import { describe, expect, it } from 'vitest';
import { calibrationId, evaluationId, familiarisationId, kciPlanId, lockId, pointsSheetId } from '../ids';
import {
  periodsOfYear,
  type CalibrationCase,
  type CommissionSitting,
  type Employee,
  type EvaluationRecord,
  type KciPlan,
  type PeriodLock,
} from '../model';
import { JUSTICE_2017, TYPICAL_2023, TYPICAL_2025, ZHANAOZEN_2023 } from '../profiles/builtin';
import type { Profile } from '../profiles/types';
import { KZ_CALENDAR } from '../rules/calendar';
import { makeCaseBook, NO_CASE_RECORDS, type CaseRecords } from './case';
import { methodOf } from './method';
import { ranksOf } from './ranks';
import { yearOf } from './year';

const person = (id: string, managerId: string | null, over: Partial<Employee> = {}): Employee => ({
  id,
  surname: id,
  name: 'А',
  patronymic: '',
  iin: '',
  position: 'x',
  category: managerId ? 'E-4' : 'E-2',
  unitId: 'u',
  managerId,
  appointedOn: '2020-01-01',
  publicServices: false,
  ...over,
});
const head = person('h', null);
const staff = person('s', 'h');
const ranking = (
  periodId: string,
  employeeId: string,
  v: number | undefined,
  profile: Profile = TYPICAL_2023,
): EvaluationRecord => ({
  id: evaluationId(periodId, 'ranking', employeeId),
  periodId,
  employeeId,
  component: 'ranking',
  scores: Object.fromEntries(
    profile.ranking.parameters.value
      .map((p, i) => [p.id, i === 0 && v === undefined ? undefined : (v ?? 0)])
      .filter(([, x]) => x !== undefined),
  ),
  comment: '',
  evaluatorId: null,
  profileId: profile.id,
  profileVersion: profile.version,
});
const periods = [...periodsOfYear(2025), ...periodsOfYear(2026)];
const lock = (at: string): PeriodLock => ({ at: `${at}T09:00:00.000Z`, operator: 'HR', notEvaluated: [] });

const book = (
  over: Partial<CaseRecords> = {},
  opts: { profile?: Profile; asOf?: string; locks?: [string, PeriodLock][]; people?: Employee[] } = {},
) =>
  makeCaseBook({
    profile: opts.profile ?? TYPICAL_2023,
    calendar: KZ_CALENDAR,
    asOf: opts.asOf ?? '2026-04-03',
    employees: opts.people ?? [head, staff],
    statuses: [],
    periods,
    records: { ...NO_CASE_RECORDS, ...over },
    locks: new Map(opts.locks ?? []),
  });

const kciPlan = (review: KciPlan['review'], scored = true): KciPlan => ({
  id: kciPlanId('2026-Q1', 'h'),
  periodId: '2026-Q1',
  employeeId: 'h',
  approvedOn: '2026-01-10',
  review,
  items: ['k1', 'k2', 'k3'].map((id) => ({
    id,
    name: id,
    source: 'План',
    measure: '%',
    plan: 10000,
    direction: 'higherBetter' as const,
    deadline: '',
    expected: '',
    actual: scored ? 10000 : null,
    confirmedScore: null,
  })),
});

describe('the method of a person (one rule)', () => {
  it('004 §§3.4–3.5, 22, 29: a unit head by KCI, staff by ranking; METHODOLOGY §4: a head by ranking in the 2025 model; 002 §§15–16: everyone by points', () => {
    expect(methodOf(true, TYPICAL_2023)).toBe('kci');
    expect(methodOf(false, TYPICAL_2023)).toBe('ranking');
    expect(methodOf(true, TYPICAL_2025)).toBe('ranking');
    expect(methodOf(true, JUSTICE_2017)).toBe('points');
    expect(methodOf(false, JUSTICE_2017)).toBe('points');
    expect(book().caseOf('h', '2026-Q1')?.method).toBe('kci');
    expect(book({}, { profile: TYPICAL_2025 }).caseOf('h', '2026-Q1')?.method).toBe('ranking');
  });
});

describe('the case of a person in a quarter', () => {
  it('004 §6: too short a time in the position is not evaluated, with the rule; nothing blocks but that', () => {
    const newcomer = person('n', 'h', { appointedOn: '2026-02-20' });
    const c = book({}, { people: [head, newcomer] }).caseOf('n', '2026-Q1');
    expect(c?.stage).toBe('notEvaluated');
    expect(c?.eligibility).toMatchObject({ kind: 'notEvaluated', reason: 'tenure', source: '004 §6' });
    expect(c?.blocks).toEqual(['notEvaluated']);
    expect(c?.computed).toBeUndefined();
  });

  it('004 §23: a head appointed with less than three months of the quarter left has no KCIs to score (a one-month tenure, 001 §5)', () => {
    const late = person('h', null, { appointedOn: '2026-02-10' });
    const c = book({}, { people: [late, staff], profile: ZHANAOZEN_2023 }).caseOf('h', '2026-Q1');
    expect(c).toMatchObject({ stage: 'notEvaluated', blocks: ['kciNotSet'], eligibility: { kind: 'evaluated' } });
  });

  it('004 §§29–33: a ranking is to score until every parameter has a score, then scored until the unit submits it', () => {
    const partial = { ...ranking('2026-Q1', 's', 400), scores: { quality: 400 } };
    expect(book({ records: [partial] }).caseOf('s', '2026-Q1')).toMatchObject({ stage: 'toScore', blocks: ['scoresMissing'] });
    // 004 §33: a stored score outside 0–5 (an old backup, a hand-edited file) computes nothing and says so.
    const outside = ranking('2026-Q1', 's', 600);
    expect(book({ records: [outside] }).caseOf('s', '2026-Q1')).toMatchObject({ stage: 'toScore', blocks: ['scoresOutOfRange'] });
    const c = book({ records: [ranking('2026-Q1', 's', 400)] }).caseOf('s', '2026-Q1');
    expect(c).toMatchObject({ stage: 'scored', blocks: ['notSubmitted'], computed: { value: 400, grade: 'effective' } });
    expect(c?.final).toMatchObject({ value: 400, stage: 'evaluator', final: false });
    expect(c?.steps.map((s) => [s.kind, s.deadline, s.state])).toEqual([['evaluation', '2026-04-10', 'dueSoon']]);
  });

  it('004 §12: a submitted result is acquainted within two working days of completion; the step is overdue after that', () => {
    const b = book(
      { records: [ranking('2026-Q1', 's', 350)] },
      { asOf: '2026-04-14', locks: [[lockId('2026-Q1', 'u', 'ranking'), lock('2026-04-08')]] },
    );
    const c = b.caseOf('s', '2026-Q1');
    expect(c).toMatchObject({ stage: 'completed', completedOn: '2026-04-08', blocks: ['notAcquainted'] });
    expect(c?.steps.find((s) => s.kind === 'familiarisation')).toMatchObject({
      deadline: '2026-04-10',
      state: 'overdue',
      source: '004 §12',
    });
    expect(c?.steps.find((s) => s.kind === 'evaluation')).toMatchObject({ doneOn: '2026-04-08', state: 'done', late: false });
  });

  it('004 §13: once acquainted the result may be taken to calibration within five working days; after that it is before the Commission', () => {
    const records = {
      records: [ranking('2026-Q1', 's', 350)],
      familiarisations: [
        {
          id: familiarisationId('2026-Q1', 'ranking', 's'),
          periodId: '2026-Q1',
          employeeId: 's',
          component: 'ranking' as const,
          on: '2026-04-09',
          how: 'signature' as const,
          act: '',
          note: '',
          witnesses: [],
          round: 1,
          value: null,
        },
      ],
    };
    const locks: [string, PeriodLock][] = [[lockId('2026-Q1', 'u', 'ranking'), lock('2026-04-08')]];
    expect(book(records, { asOf: '2026-04-10', locks }).caseOf('s', '2026-Q1')?.stage).toBe('acquainted');
    expect(book(records, { asOf: '2026-04-20', locks }).caseOf('s', '2026-Q1')).toMatchObject({
      stage: 'beforeCommission',
      blocks: ['commissionPending'],
    });
  });

  it('004 §§38–42: an open calibration session holds the case; a signed one adopts the majority’s score as the result', () => {
    const session: CalibrationCase = {
      id: calibrationId('2026-Q1', 'ranking', 's'),
      periodId: '2026-Q1',
      employeeId: 's',
      component: 'ranking',
      appliedOn: '2026-04-10',
      application: '',
      decidedOn: '2026-04-13',
      heldOn: '2026-04-15',
      evaluatorArgument: '',
      reason: 'Сверх плана',
      signedOn: null,
      participants: [450, 450, 350].map((vote, i) => ({ id: `p${i}`, name: '', position: '', vote })),
      feedback: { on: null, achievements: '', skills: '', potential: '' },
    };
    const records = {
      records: [ranking('2026-Q1', 's', 350)],
      familiarisations: [
        {
          id: familiarisationId('2026-Q1', 'ranking', 's'),
          periodId: '2026-Q1',
          employeeId: 's',
          component: 'ranking' as const,
          on: '2026-04-09',
          how: 'signature' as const,
          act: '',
          note: '',
          witnesses: [],
          round: 1,
          value: null,
        },
      ],
    };
    const locks: [string, PeriodLock][] = [[lockId('2026-Q1', 'u', 'ranking'), lock('2026-04-08')]];
    const open = book({ ...records, calibrations: [session] }, { asOf: '2026-04-16', locks }).caseOf('s', '2026-Q1');
    expect(open).toMatchObject({
      stage: 'inCalibration',
      blocks: ['calibrationOpen'],
      final: { value: 350, stage: 'evaluator' },
    });
    expect(open?.steps.map((s) => s.kind)).toEqual([
      'evaluation',
      'familiarisation',
      'calibrationApply',
      'calibrationDecision',
      'calibrationSession',
      'commission',
    ]);
    const signed = book(
      { ...records, calibrations: [{ ...session, signedOn: '2026-04-15' }] },
      { asOf: '2026-04-16', locks },
    ).caseOf('s', '2026-Q1');
    expect(signed).toMatchObject({
      stage: 'beforeCommission',
      final: { value: 450, stage: 'calibration', final: false },
      beforeCommission: { value: 450 },
    });
    expect(signed?.computed?.value).toBe(350);
    expect(signed?.steps.find((s) => s.kind === 'calibrationProtocol')).toMatchObject({ deadline: '2026-04-20', reminder: true });
  });

  it('001 §§51–61: a signed sitting’s decision on the person decides the result, final once approved; a revision is the corrected result', () => {
    const sitting = (
      votes: Record<string, 'approve' | 'revise'>,
      signedOn: string | null,
      approval: CommissionSitting['approval'] = null,
    ): CommissionSitting => ({
      id: '2026-Q1:1',
      periodId: '2026-Q1',
      number: 1,
      approval,
      orderNumber: '1',
      orderDate: '2026-01-05',
      seats: [
        { id: 'c', name: 'Председатель', role: 'chair' },
        { id: 'm1', name: 'Член 1', role: 'member' },
        { id: 'm2', name: 'Член 2', role: 'member' },
        { id: 'x', name: 'Секретарь', role: 'secretary' },
      ],
      heldOn: '2026-04-20',
      present: ['c', 'm1', 'm2', 'x'],
      cases: [{ employeeId: 's', component: 'ranking', votes, corrected: 300, reason: 'Нарушения', recommendation: '' }],
      conclusion: '',
      signedOn,
    });
    const records = { records: [ranking('2026-Q1', 's', 350)] };
    const locks: [string, PeriodLock][] = [[lockId('2026-Q1', 'u', 'ranking'), lock('2026-04-08')]];
    const revised = book(
      { ...records, sittings: [sitting({ c: 'revise', m1: 'revise', m2: 'approve' }, '2026-04-20')] },
      { locks },
    ).caseOf('s', '2026-Q1');
    expect(revised).toMatchObject({
      stage: 'decided',
      blocks: ['notApproved'],
      final: { value: 300, stage: 'commission', final: false },
    });
    expect(revised?.commission?.decision).toMatchObject({ kind: 'decided', decision: 'revise' });
    const approved = book(
      {
        ...records,
        sittings: [
          sitting({ c: 'revise', m1: 'revise', m2: 'approve' }, '2026-04-20', {
            name: 'Асанов Б.',
            position: 'Уполномоченное лицо',
            on: '2026-04-21',
          }),
        ],
      },
      { locks, asOf: '2026-04-22' },
    ).caseOf('s', '2026-Q1');
    expect(approved).toMatchObject({
      stage: 'approved',
      approvedOn: '2026-04-21',
      final: { value: 300, stage: 'commission', final: true },
    });
    const unsigned = book(
      { ...records, sittings: [sitting({ c: 'approve', m1: 'approve', m2: 'approve' }, null)] },
      { locks },
    ).caseOf('s', '2026-Q1');
    expect(unsigned?.stage).not.toBe('decided');
    expect(unsigned?.final?.final).toBe(false);
  });

  it('001 §§45–49: a KCI sheet with the superior manager is held there; agreed, it is completed on the day of the agreement', () => {
    const scores: EvaluationRecord = {
      ...ranking('2026-Q1', 'h', 400),
      id: evaluationId('2026-Q1', 'kci', 'h'),
      component: 'kci',
      scores: { k1: 400, k2: 450, k3: 500 },
    };
    const submitted = book({
      records: [scores],
      plans: [kciPlan([{ at: '2026-04-06T10:00:00Z', operator: 'HR', action: 'submit', reason: '' }])],
    }).caseOf('h', '2026-Q1');
    expect(submitted).toMatchObject({ method: 'kci', stage: 'withSuperior', blocks: ['withSuperior'], computed: { value: 450 } });
    const agreed = book({
      records: [scores],
      plans: [
        kciPlan([
          { at: '2026-04-06T10:00:00Z', operator: 'HR', action: 'submit', reason: '' },
          { at: '2026-04-07T10:00:00Z', operator: 'HR', action: 'agree', reason: '' },
        ]),
      ],
    }).caseOf('h', '2026-Q1');
    expect(agreed).toMatchObject({ stage: 'completed', completedOn: '2026-04-07' });
    expect(book({ plans: [] }).caseOf('h', '2026-Q1')).toMatchObject({ stage: 'toScore', blocks: ['kciPlanMissing'] });
  });

  it('002 §26 (an assumption): an ended points quarter without entries is the base 100; a running one is not scored yet', () => {
    const ended = book({}, { profile: JUSTICE_2017, asOf: '2026-04-03' }).caseOf('s', '2026-Q1');
    expect(ended).toMatchObject({ method: 'points', computed: { value: 100 }, stage: 'scored', blocks: ['notSubmitted'] });
    expect(book({}, { profile: JUSTICE_2017, asOf: '2026-03-20' }).caseOf('s', '2026-Q1')?.computed).toBeUndefined();
    const entries = {
      sheets: [
        {
          id: pointsSheetId('2026-Q1', 's'),
          periodId: '2026-Q1',
          employeeId: 's',
          incentives: [
            { id: 'i', activityId: JUSTICE_2017.points.activities.value[0]?.id ?? '', points: 3, date: '2026-02-01', note: '' },
          ],
          violations: [],
          targets: [],
          profileId: JUSTICE_2017.id,
          profileVersion: JUSTICE_2017.version,
        },
      ],
    };
    expect(book(entries, { profile: JUSTICE_2017, asOf: '2026-03-20' }).caseOf('s', '2026-Q1')?.computed?.value).toBe(103);
  });

  it('004 §§31–32: a submitted result keeps the profile version it was scored with; an open one follows the current profile', () => {
    const older = { ...TYPICAL_2023, version: 0, id: 'own' };
    const stored = { ...ranking('2026-Q1', 's', 350), profileId: 'own', profileVersion: 0 };
    const withLock = makeCaseBook({
      profile: { ...TYPICAL_2023, id: 'own', version: 1 },
      calendar: KZ_CALENDAR,
      asOf: '2026-04-03',
      employees: [head, staff],
      statuses: [],
      periods,
      records: { ...NO_CASE_RECORDS, records: [stored] },
      locks: new Map([[lockId('2026-Q1', 'u', 'ranking'), lock('2026-04-02')]]),
      profileOf: (ref) => (ref.profileId === 'own' && ref.profileVersion === 0 ? older : undefined),
    });
    expect(withLock.caseOf('s', '2026-Q1')?.profile.version).toBe(0);
    expect(book({ records: [stored] }).caseOf('s', '2026-Q1')?.profile).toBe(TYPICAL_2023);
  });

  it('004 §33: ranks in the unit by the evaluator’s score or by the final result, ties sharing a rank', () => {
    const others = [person('a', 'h'), person('b', 'h'), person('c', 'h')];
    const b = book(
      { records: [ranking('2026-Q1', 'a', 400), ranking('2026-Q1', 'b', 350), ranking('2026-Q1', 'c', 400)] },
      { people: [head, ...others] },
    );
    const ranks = ranksOf(b.casesOf(others, '2026-Q1'), 'computed');
    expect([...ranks].sort()).toEqual([
      ['a', 1],
      ['b', 3],
      ['c', 1],
    ]);
  });
});

describe('the year of a person', () => {
  it('004 §5: the year is the mean of the evaluated quarters; a quarter not evaluated is listed, not counted as zero', () => {
    const b = book({ records: [ranking('2026-Q1', 's', 400), ranking('2026-Q2', 's', 300)] }, { asOf: '2026-12-01' });
    const y = yearOf(b, 's', 2026);
    expect(y).toMatchObject({ method: 'ranking', values: [400, 300, undefined, undefined], result: 350, grade: 'proper' });
  });

  it('001 §44: where the profile grades the year by the count of achieved KCIs, the grade comes from the plans', () => {
    const scores: EvaluationRecord = {
      ...ranking('2026-Q1', 'h', 400),
      id: evaluationId('2026-Q1', 'kci', 'h'),
      component: 'kci',
      scores: { k1: 400, k2: 400, k3: 400 },
    };
    const y = yearOf(book({ records: [scores], plans: [kciPlan([])] }, { profile: ZHANAOZEN_2023 }), 'h', 2026);
    expect(y).toMatchObject({ method: 'kci', result: undefined, grade: 'effective' });
  });

  it('002 §45 via the profile: a second unsatisfactory year in a row flags the demotion', () => {
    const bad = (p: string) => ranking(p, 's', 100);
    const b = book(
      { records: [bad('2025-Q4'), bad('2026-Q1')] },
      {
        asOf: '2026-12-01',
        profile: {
          ...TYPICAL_2023,
          consequences: { ...TYPICAL_2023.consequences, demotionAfterUnsatisfactoryYears: { value: 2, source: '002 §45' } },
        },
      },
    );
    expect(yearOf(b, 's', 2026).consequences?.demotion).toBe(true);
    expect(yearOf(b, 's', 2026, { upTo: periods.find((p) => p.id === '2026-Q1') }).values).toEqual([
      100,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
