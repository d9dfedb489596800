import { describe, expect, it } from 'vitest';
import { periodsOfYear, type Employee, type EvaluationRecord } from '../model';
import { TYPICAL_2023 } from '../profiles/builtin';
import { KZ_CALENDAR } from './calendar';
import { makeCaseBook, NO_CASE_RECORDS, type CaseRecords } from '../case/case';
import { consolidatedResults } from './consolidated';

const e = (id: string, surname: string, managerId: string | null, appointedOn = '2020-01-01'): Employee => ({
  id,
  surname,
  name: 'А',
  patronymic: '',
  iin: '',
  position: 'x',
  category: managerId ? 'E-4' : 'E-2',
  unitId: 'u',
  managerId,
  appointedOn,
  publicServices: false,
});
const rec = (periodId: string, employeeId: string, v: number): EvaluationRecord => ({
  id: `${periodId}:ranking:${employeeId}`,
  periodId,
  employeeId,
  component: 'ranking',
  scores: { quality: v, deadlines: v, initiative: v, discipline: v },
  comment: '',
  evaluatorId: null,
  profileId: 'typical-2023',
  profileVersion: 1,
});
const periods = [...periodsOfYear(2025), ...periodsOfYear(2026)];
const units = [{ id: 'u', name: 'Отдел', parentId: null, order: 0 }];
const bookOf = (employees: Employee[], records: Partial<CaseRecords>, profile = TYPICAL_2023) =>
  makeCaseBook({
    profile,
    calendar: KZ_CALENDAR,
    asOf: '2026-11-22',
    employees,
    statuses: [],
    periods,
    records: { ...NO_CASE_RECORDS, ...records },
    locks: new Map(),
  });
const q3 = periods.find((p) => p.id === '2026-Q3');

describe('consolidated results (004 §§5, 8–10, 29–33, 42)', () => {
  it('the head first (KCI), staff by name; final results after a signed calibration; ranks by final result; the year and its consequences; a newcomer excluded', () => {
    if (!q3) throw new Error('no Q3');
    const people = [e('h', 'Бекова', null), e('b', 'Ахметов', 'h'), e('a', 'Борисов', 'h'), e('n', 'Новиков', 'h', '2026-08-01')];
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
      participants: [450, 450, 350].map((vote, i) => ({ id: `p${i}`, name: '', position: '', vote })),
      feedback: { on: null, achievements: '', skills: '', potential: '' },
    };
    const rows = consolidatedResults(
      bookOf(people, {
        records: [rec('2026-Q3', 'a', 350), rec('2026-Q3', 'b', 400), rec('2026-Q2', 'b', 300), rec('2025-Q4', 'b', 150)],
        calibrations: [calibration],
      }),
      q3,
      units,
      new Intl.Collator('ru'),
    );
    expect(
      rows.map((r) => [r.employee.id, r.method, r.eligibility.kind, r.computed, r.final?.value, r.final?.stage, r.rank]),
    ).toEqual([
      ['h', 'kci', 'evaluated', undefined, undefined, undefined, undefined],
      ['b', 'ranking', 'evaluated', 400, 400, 'evaluator', 2],
      ['a', 'ranking', 'evaluated', 350, 450, 'calibration', 1],
      ['n', 'ranking', 'notEvaluated', undefined, undefined, undefined, undefined],
    ]);
    const b = rows[1];
    expect(b?.year).toMatchObject({ quarters: [undefined, 300, 400, undefined], result: 350, grade: 'proper' });
    expect(b?.year.consequences).toEqual({ bonusEligible: false, trainingNeeded: false, notMentor: false, demotion: false });
    expect(rows[2]?.year).toMatchObject({ quarters: [undefined, undefined, 450, undefined], result: 450, grade: 'effective' });
    expect(rows[2]?.year.consequences?.bonusEligible).toBe(true);
    expect(b?.inputs).toEqual({ quality: 400, deadlines: 400, initiative: 400, discipline: 400 });
    expect(b?.assumed).toBe(true);
  });

  it('002 §45: a second unsatisfactory year in a row is flagged where the agency adopted the rule; the previous year is read for it', () => {
    if (!q3) throw new Error('no Q3');
    const people = [e('h', 'Бекова', null), e('c', 'Серіков', 'h')];
    // METHODOLOGY §5: the 2023 profiles do not carry 002 §45 unless the agency adopts it.
    const adopted = {
      ...TYPICAL_2023,
      consequences: { ...TYPICAL_2023.consequences, demotionAfterUnsatisfactoryYears: { value: 2, source: '002 §45' } },
    };
    const records = { records: [rec('2025-Q2', 'c', 100), rec('2026-Q3', 'c', 100)] };
    expect(consolidatedResults(bookOf(people, records), q3, units, new Intl.Collator('ru'))[1]?.year.consequences).toMatchObject({
      trainingNeeded: true,
      demotion: false,
    });
    const twice = consolidatedResults(bookOf(people, records, adopted), q3, units, new Intl.Collator('ru'));
    expect(twice[1]?.year.consequences).toMatchObject({ trainingNeeded: true, demotion: true });
    const once = consolidatedResults(
      bookOf(people, { records: [rec('2025-Q2', 'c', 300), rec('2026-Q3', 'c', 100)] }, adopted),
      q3,
      units,
      new Intl.Collator('ru'),
    );
    expect(once[1]?.year.consequences).toMatchObject({ trainingNeeded: true, demotion: false });
  });
});
