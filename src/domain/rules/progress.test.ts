import { describe, expect, it } from 'vitest';
import { periodsOfYear, type Employee, type EvaluationRecord } from '../model';
import { TYPICAL_2023 } from '../profiles/builtin';
import { KZ_CALENDAR } from './calendar';
import { rankingProgress } from './progress';

const e = (id: string, category: string, managerId: string | null, appointedOn = '2020-01-01'): Employee => ({
  id,
  surname: id,
  name: id,
  patronymic: '',
  iin: '',
  position: 'x',
  category,
  unitId: 'u',
  managerId,
  appointedOn,
  publicServices: false,
});
const rec = (employeeId: string, scores: Record<string, number>): EvaluationRecord => ({
  id: `2026-Q3:ranking:${employeeId}`,
  periodId: '2026-Q3',
  employeeId,
  component: 'ranking',
  scores,
  comment: '',
  evaluatorId: null,
  profileId: 'typical-2023',
  profileVersion: 1,
});

describe('progress of the ranking per unit and quarter (004 §§6, 29–33)', () => {
  it('counts eligible staff, fully scored ones and their grades; heads and excluded people are not counted', () => {
    const people = [
      e('head', 'E-2', null),
      e('a', 'E-4', 'head'),
      e('b', 'E-4', 'head'),
      e('c', 'E-4', 'head'),
      e('new', 'E-4', 'head', '2026-08-15'),
    ];
    const full = { quality: 400, deadlines: 400, initiative: 400, discipline: 400 };
    const q3 = periodsOfYear(2026).filter((p) => p.id === '2026-Q3');
    const result = rankingProgress({
      unitIds: ['u'],
      quarters: q3,
      employees: people,
      statuses: [],
      records: [rec('a', full), rec('b', { ...full, quality: 100, deadlines: 100 }), rec('c', { quality: 500 })],
      profile: TYPICAL_2023,
      calendar: KZ_CALENDAR,
    });
    expect(result).toEqual([
      { unitId: 'u', periodId: '2026-Q3', toScore: 3, scored: 2, grades: { effective: 1, satisfactory: 1 } },
    ]);
  });
});

describe('progress counts a submitted period with the profile version it was scored with', () => {
  it('uses profileOf per record', () => {
    const people = [e('head', 'E-2', null), e('a', 'E-4', 'head')];
    const q3 = periodsOfYear(2026).filter((p) => p.id === '2026-Q3');
    const strict = {
      ...TYPICAL_2023,
      version: 2,
      scale: {
        value: {
          decimals: 2 as const,
          bands: [
            { grade: 'effective' as const, min: 450 },
            { grade: 'unsatisfactory' as const, min: null },
          ],
        },
        source: 'Приказ',
      },
    };
    const base = {
      unitIds: ['u'],
      quarters: q3,
      employees: people,
      statuses: [],
      records: [rec('a', { quality: 400, deadlines: 400, initiative: 400, discipline: 400 })],
      calendar: KZ_CALENDAR,
    };
    expect(rankingProgress({ ...base, profile: strict })[0]?.grades).toEqual({ unsatisfactory: 1 });
    expect(rankingProgress({ ...base, profile: strict, profileOf: () => TYPICAL_2023 })[0]?.grades).toEqual({ effective: 1 });
  });
});

describe('progress counts unit heads by their KCI sheet (004 §§22–23)', () => {
  it('given plans, a head is to be evaluated, and evaluated once every KCI is scored; a head appointed too late has no KCIs', () => {
    const people = [e('head', 'E-2', null), e('a', 'E-4', 'head')];
    const q3 = periodsOfYear(2026).filter((p) => p.id === '2026-Q3');
    const item = (id: string) => ({
      id,
      name: id,
      source: '',
      measure: '%',
      plan: 100,
      direction: 'higherBetter' as const,
      deadline: '' as const,
      expected: '',
      actual: 100,
      confirmedScore: null,
    });
    const plan = {
      id: '2026-Q3:head',
      periodId: '2026-Q3',
      employeeId: 'head',
      items: [item('k1'), item('k2'), item('k3')],
      approvedOn: '2026-07-08',
      review: [],
    };
    const kci = (scores: Record<string, number>): EvaluationRecord => ({
      ...rec('head', scores),
      id: '2026-Q3:kci:head',
      component: 'kci',
    });
    const base = {
      unitIds: ['u'],
      quarters: q3,
      employees: people,
      statuses: [],
      profile: TYPICAL_2023,
      calendar: KZ_CALENDAR,
      kciPlans: [plan],
    };
    expect(rankingProgress({ ...base, records: [kci({ k1: 500, k2: 400 })] })[0]).toMatchObject({ toScore: 2, scored: 0 });
    expect(rankingProgress({ ...base, records: [kci({ k1: 500, k2: 400, k3: 450 })] })[0]).toMatchObject({
      toScore: 2,
      scored: 1,
      grades: { effective: 1 },
    });
    const late = [e('head', 'E-2', null, '2026-08-01'), e('a', 'E-4', 'head')];
    expect(rankingProgress({ ...base, employees: late, records: [] })[0]).toMatchObject({ toScore: 1 });
  });
});

describe('progress counts final grades (004 §42, 001 §§51–65)', () => {
  it('004 §42: a score raised by a signed calibration protocol is counted with its new grade; 001 §§51–65: so is a signed Commission revision', () => {
    const people = [e('head', 'E-2', null), e('a', 'E-4', 'head'), e('b', 'E-4', 'head')];
    const q3 = periodsOfYear(2026).filter((p) => p.id === '2026-Q3');
    const proper = { quality: 350, deadlines: 350, initiative: 350, discipline: 350 };
    const calibration = {
      id: '2026-Q3:ranking:a',
      periodId: '2026-Q3',
      employeeId: 'a',
      component: 'ranking' as const,
      appliedOn: '2026-10-06',
      application: '',
      decidedOn: '2026-10-07',
      heldOn: '2026-10-09',
      evaluatorArgument: '',
      reason: 'Сверх плана',
      signedOn: '2026-10-09',
      participants: [400, 400, 350].map((vote, i) => ({ id: `p${i}`, name: '', position: '', vote })),
      feedback: { on: null, achievements: '', skills: '', potential: '' },
    };
    const seats = [
      { id: 'c', name: '', role: 'chair' as const },
      { id: 'm', name: '', role: 'member' as const },
      { id: 's', name: '', role: 'secretary' as const },
    ];
    const sitting = {
      id: '2026-Q3',
      periodId: '2026-Q3',
      orderNumber: '1',
      orderDate: '2026-01-05',
      seats,
      heldOn: '2026-10-20',
      present: ['c', 'm', 's'],
      conclusion: '',
      signedOn: '2026-10-20',
      cases: [
        {
          employeeId: 'b',
          component: 'ranking' as const,
          votes: { c: 'revise' as const, m: 'revise' as const },
          corrected: 250,
          reason: 'Сроки',
          recommendation: '',
        },
      ],
    };
    const base = {
      unitIds: ['u'],
      quarters: q3,
      employees: people,
      statuses: [],
      records: [rec('a', proper), rec('b', proper)],
      profile: TYPICAL_2023,
      calendar: KZ_CALENDAR,
    };
    expect(rankingProgress(base)[0]?.grades).toEqual({ proper: 2 });
    expect(rankingProgress({ ...base, calibrations: [calibration], sittings: [sitting] })[0]?.grades).toEqual({
      effective: 1,
      satisfactory: 1,
    });
  });
});
