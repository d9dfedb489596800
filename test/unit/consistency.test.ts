/**
 * Every view tells the case's truth (issue 16): for the demo agency under a profile of each model —
 * ranking with KCI (Typical 2023), count-based KCI (Zhanaozen 2023, 001 §44) and the 2017 points
 * model (Justice 2017) — with a quarter partly scored, some units submitted, people acquainted, a
 * signed calibration session and a signed Commission sitting, each view's statement of each
 * person's method, result, grade and stage — the ranking grid, the annual view, the overview, the
 * familiarisation board, the dossier, the consolidated workbook and the Commission protocol — equals
 * what the person's case says.
 */
import { describe, expect, it } from 'vitest';
import {
  calibrationId,
  commissionResults,
  evaluationId,
  familiarisationId,
  familiarisationItems,
  fullName,
  generateDemo,
  JUSTICE_2017,
  KZ_CALENDAR,
  lockId,
  makeCaseBook,
  makeRng,
  periodsOfYear,
  pointsSheetId,
  sittingId,
  TYPICAL_2023,
  unitHeadIds,
  unitProgress,
  yearOf,
  ZHANAOZEN_2023,
  type CalibrationCase,
  type CaseBook,
  type CommissionSitting,
  type EvaluationCase,
  type EvaluationRecord,
  type Familiarisation,
  type KciPlan,
  type PeriodLock,
  type PointsSheet,
  type Profile,
  gradePhrase,
} from '../../src/domain';
import { commissionProtocol } from '../../src/documents/commission-protocol';
import { consolidatedSheets } from '../../src/documents/consolidated';
import { dossierDocument } from '../../src/documents/dossier';
import { finalStageText } from '../../src/documents/phrases';
import type { DocumentPart } from '../../src/documents/model';
import { resultText } from '../../src/i18n';
import { wordsIn } from '../../src/i18n/words';
import { annualRows } from '../../src/ui/evaluation/annual-rows';
import { rankingPeople, rankingRows } from '../../src/ui/evaluation/ranking-rows';

const ASOF = '2026-11-20';
const Q3 = '2026-Q3';
const words = wordsIn('ru');
const collator = new Intl.Collator('ru');

/** The demo agency with a quarter of records: what each view is made from. */
function agencyUnder(profile: Profile): CaseBook {
  let n = 0;
  const demo = generateDemo({ seed: 7, asOf: ASOF, lang: 'ru', newId: () => `id${++n}` });
  const rng = makeRng(3);
  const periods = [...periodsOfYear(2025), ...periodsOfYear(2026)];
  const quarters = periods.filter((p) => p.kind === 'quarter' && p.year === 2026 && p.end < ASOF);
  const heads = unitHeadIds(demo.employees, profile.unitHeadCategories.value);
  const params = profile.ranking.parameters.value;
  const records: EvaluationRecord[] = [];
  const sheets: PointsSheet[] = [];
  demo.employees.forEach((e, i) => {
    for (const q of quarters) {
      if (profile.components.value.points) {
        if (i % 5 === 0) continue; // no entries: the ended quarter's base (an assumption)
        sheets.push({
          id: pointsSheetId(q.id, e.id),
          periodId: q.id,
          employeeId: e.id,
          incentives: [
            {
              id: `i${i}${q.id}`,
              activityId: profile.points.activities.value[0]?.id ?? '',
              points: rng.int(1, 5),
              date: q.start,
              note: '',
            },
          ],
          violations: i % 3 === 0 ? [{ id: `v${i}${q.id}`, kind: 'labour', date: q.start, note: '' }] : [],
          targets: [],
          profileId: profile.id,
          profileVersion: profile.version,
        });
      } else if (!heads.has(e.id)) {
        // One person in seven is left partly scored in Q3.
        const partial = q.id === Q3 && i % 7 === 0;
        records.push({
          id: evaluationId(q.id, 'ranking', e.id),
          periodId: q.id,
          employeeId: e.id,
          component: 'ranking',
          scores: Object.fromEntries(params.slice(0, partial ? 2 : params.length).map((p) => [p.id, rng.int(4, 20) * 25])),
          comment: '',
          evaluatorId: null,
          profileId: profile.id,
          profileVersion: profile.version,
        });
      }
    }
  });
  // The heads' Q3 plans (the demo's) scored; every other one agreed by the superior.
  const plans: KciPlan[] = demo.kciPlans.map((p, i) => ({
    ...p,
    review:
      i % 2 === 0
        ? [
            { at: '2026-10-05T09:00:00.000Z', operator: 'HR', action: 'submit', reason: '' },
            { at: '2026-10-06T09:00:00.000Z', operator: 'HR', action: 'agree', reason: '' },
          ]
        : [],
  }));
  if (profile.components.value.kci)
    for (const p of plans)
      records.push({
        id: evaluationId(p.periodId, 'kci', p.employeeId),
        periodId: p.periodId,
        employeeId: p.employeeId,
        component: 'kci',
        scores: Object.fromEntries(p.items.map((k) => [k.id, rng.int(8, 20) * 25])),
        comment: '',
        evaluatorId: null,
        profileId: profile.id,
        profileVersion: profile.version,
      });
  const staffMethod = profile.components.value.points ? 'points' : 'ranking';
  // Three of the five units submitted Q3.
  const locks = new Map<string, PeriodLock>(
    demo.units
      .slice(0, 3)
      .map((u) => [lockId(Q3, u.id, staffMethod), { at: '2026-10-07T09:00:00.000Z', operator: 'HR', notEvaluated: [] }]),
  );
  const base = makeCaseBook({
    profile,
    calendar: KZ_CALENDAR,
    asOf: ASOF,
    employees: demo.employees,
    statuses: demo.statuses,
    periods,
    records: { records, plans, sheets, familiarisations: [], calibrations: [], sittings: [] },
    locks,
  });
  // The completed results: the first half acquainted; the first ranking one calibrated up and signed.
  const completed = base.casesOf(demo.employees, Q3).filter((c) => c.completedOn !== undefined && c.computed && c.method);
  const familiarisations: Familiarisation[] = completed.slice(0, Math.ceil(completed.length / 2)).map((c) => ({
    id: familiarisationId(Q3, c.method ?? 'ranking', c.employee.id),
    periodId: Q3,
    employeeId: c.employee.id,
    component: c.method ?? 'ranking',
    on: '2026-10-08',
    how: 'signature',
    act: '',
    note: '',
    witnesses: [],
    round: 1,
    value: null,
  }));
  const toCalibrate = completed.find((c) => c.method === 'ranking');
  const calibrations: CalibrationCase[] = toCalibrate
    ? [
        {
          id: calibrationId(Q3, 'ranking', toCalibrate.employee.id),
          periodId: Q3,
          employeeId: toCalibrate.employee.id,
          component: 'ranking',
          appliedOn: '2026-10-09',
          application: '',
          decidedOn: '2026-10-12',
          heldOn: '2026-10-14',
          evaluatorArgument: '',
          reason: 'Сверх плана',
          signedOn: '2026-10-14',
          participants: [500, 500, 300].map((vote, i) => ({ id: `p${i}`, name: `Участник ${i}`, position: '', vote })),
          feedback: { on: null, achievements: '', skills: '', potential: '' },
        },
      ]
    : [];
  // The Commission decided the first two completed results: one approved, one revised.
  const decided = completed.slice(0, 2);
  const sittings: CommissionSitting[] = [
    {
      id: sittingId(Q3, 1),
      periodId: Q3,
      number: 1,
      approval: { name: 'Асанов Б.', position: 'Уполномоченное лицо', on: '2026-10-21' },
      orderNumber: '12',
      orderDate: '2026-01-10',
      seats: [
        { id: 'c', name: 'Председатель', role: 'chair' },
        { id: 'm1', name: 'Член 1', role: 'member' },
        { id: 'm2', name: 'Член 2', role: 'member' },
        { id: 's', name: 'Секретарь', role: 'secretary' },
      ],
      heldOn: '2026-10-20',
      present: ['c', 'm1', 'm2', 's'],
      cases: decided.map((c, i) => ({
        employeeId: c.employee.id,
        component: c.method ?? 'ranking',
        votes: i === 0 ? { c: 'approve', m1: 'approve', m2: 'approve' } : { c: 'revise', m1: 'revise', m2: 'approve' },
        corrected: i === 0 ? null : c.method === 'points' ? 90 : 250,
        reason: i === 0 ? '' : 'Нарушения сроков',
        recommendation: '',
      })),
      conclusion: 'Утвердить',
      signedOn: '2026-10-20',
    },
  ];
  return makeCaseBook({ ...base.input, records: { ...base.input.records, familiarisations, calibrations, sittings } });
}

const MODELS: readonly [string, Profile][] = [
  ['ranking and KCI (Typical 2023)', TYPICAL_2023],
  ['count-based KCI (Zhanaozen 2023, 001 §44)', ZHANAOZEN_2023],
  ['the 2017 points model (Justice 2017)', JUSTICE_2017],
];

const resultOf = (c: EvaluationCase, v: number | undefined) =>
  resultText('ru', v, c.final?.decimals ?? (c.method === 'points' ? 0 : 2));
const rowsPart = (parts: readonly DocumentPart[], i: number) => {
  const p = parts[i];
  if (!p || !('rows' in p)) throw new Error(`part ${i} is not a table`);
  return p.rows;
};

describe.each(MODELS)('every view tells the case’s truth: %s', (_, profile) => {
  const book = agencyUnder(profile);
  const { employees, units } = {
    employees: book.input.employees,
    units: [...new Set(book.input.employees.map((e) => e.unitId))],
  };
  const cases = book.casesOf(employees, Q3);
  const caseOf = (id: string) => {
    const c = book.caseOf(id, Q3);
    if (!c) throw new Error(`no case for ${id}`);
    return c;
  };

  it('the fixture covers every stage that matters (the test can tell views apart)', () => {
    const stages = new Set(cases.map((c) => c.stage));
    // Completed and waiting for the next step (acquaintance or the Commission, as the act orders them), and decided.
    expect(['completed', 'acquainted', 'beforeCommission'].some((s) => stages.has(s as never))).toBe(true);
    expect(['decided', 'approved'].some((s) => stages.has(s as never))).toBe(true);
    expect(stages.size).toBeGreaterThanOrEqual(4);
    expect(cases.some((c) => c.stage === 'scored' || c.stage === 'toScore' || c.stage === 'withSuperior')).toBe(true);
    expect(cases.some((c) => c.final && c.final.value !== c.computed?.value)).toBe(true);
  });

  it('the ranking grid: each row’s score, grade and final result are the case’s', () => {
    for (const unitId of units) {
      for (const row of rankingRows(book, rankingPeople(book, unitId, collator), Q3)) {
        const c = caseOf(row.id);
        expect(c.method).toBe('ranking');
        expect([row.score, row.grade, row.final?.value, row.final?.final, row.eligibility]).toEqual([
          c.computed?.value,
          c.computed?.grade,
          c.final?.value,
          c.final?.final,
          c.eligibility,
        ]);
      }
    }
  });

  it('the annual view: each quarter’s value and the year’s grade are the cases’', () => {
    for (const unitId of units)
      for (const row of annualRows(book, unitId, 2026, collator)) {
        const y = yearOf(book, row.id, 2026);
        expect(row.method).toBe(caseOf(row.id).method);
        expect(row.quarters).toEqual(y.quarters.map((c) => c?.final?.value));
        expect(row.annual?.grade).toBe(y.grade);
      }
  });

  it('the overview: per unit, who is to be evaluated, who has a result, and the grades', () => {
    for (const p of unitProgress(book, units, [Q3])) {
      const ofUnit = cases.filter((c) => c.employee.unitId === p.unitId);
      expect(p.toScore).toBe(ofUnit.filter((c) => c.stage !== 'notEvaluated').length);
      expect(p.scored).toBe(ofUnit.filter((c) => c.final !== undefined).length);
      const grades: Record<string, number> = {};
      for (const c of ofUnit) if (c.final) grades[c.final.grade] = (grades[c.final.grade] ?? 0) + 1;
      expect(p.grades).toEqual(grades);
    }
  });

  it('the familiarisation board: exactly the results the cases say are to be acquainted, each with the case’s grade and record', () => {
    const items = familiarisationItems(cases);
    expect(items.map((i) => `${i.employeeId}:${i.round}`).sort()).toEqual(
      cases
        .flatMap((c) =>
          c.steps.flatMap((s) =>
            s.kind === 'familiarisation'
              ? [`${c.employee.id}:1`]
              : s.kind === 'familiarisationAgain'
                ? [`${c.employee.id}:2`]
                : [],
          ),
        )
        .sort(),
    );
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) {
      const c = caseOf(i.employeeId);
      expect([i.component, i.grade, i.value, i.completedOn]).toEqual([c.method, c.final?.grade, c.final?.value, c.completedOn]);
      if (i.round === 1) expect(i.record).toEqual(c.familiarisationRounds[0]);
    }
  });

  it('the dossier: the method, the result and the final result in words are the case’s', () => {
    for (const c of cases) {
      const doc = dossierDocument({ case: c, unitName: '', history: [], agencyId: 'a', exportedAt: ASOF }, words);
      const first = doc.parts[0];
      const fields = first && 'blocks' in first ? first.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : [])) : [];
      const value = (label: string) => fields.find((f) => f.label === label)?.value;
      expect(value(words.t('dossier.result'))).toBe(
        c.computed && c.method
          ? `${words.t(`eligibility.component.${c.method}`)}: ${resultOf(c, c.computed.value)} — ${gradePhrase(c.profile, c.computed.grade, 'ru', '')}`
          : words.t('dossier.noResult'),
      );
      expect(value(words.t('final.column'))).toBe(
        c.final
          ? `${resultOf(c, c.final.value)} — ${gradePhrase(c.profile, c.final.grade, 'ru', '')}; ${finalStageText(c.final, words)}`
          : undefined,
      );
    }
  });

  it('the consolidated workbook: each person’s method, results, stage and grade are the case’s', () => {
    const quarter = book.input.periods.find((p) => p.id === Q3);
    if (!quarter) throw new Error('no Q3');
    const unitList = units.map((id, order) => ({ id, name: `u${order}`, parentId: null, order }));
    const parts = consolidatedSheets({
      i18n: words,
      agency: { id: 'a', nameKk: 'А', nameRu: 'А' },
      exportedAt: ASOF,
      data: { book, quarter, units: unitList },
    });
    const rows = rowsPart(parts, 0);
    const header = rows[2] ?? [];
    const col = (name: string) => header.indexOf(name);
    const byName = new Map(employees.map((e) => [fullName(e), e.id]));
    const points = profile.components.value.points;
    const number = (v: number | undefined) => (v === undefined ? null : points ? v : v / 100);
    let checked = 0;
    for (const row of rows.slice(3)) {
      const c = caseOf(byName.get(String(row[col(words.t('evaluate.person'))])) ?? '');
      expect(row[col(words.t('consolidated.method'))]).toBe(words.t(`eligibility.component.${c.method ?? 'ranking'}`));
      expect(row[col(words.t('consolidated.computed'))]).toBe(number(c.computed?.value));
      expect(row[col(words.t('final.column'))]).toBe(number(c.final?.value));
      expect(row[col(words.t('evaluate.grade'))]).toBe(c.final ? words.t(`grades.${c.final.grade}`) : '');
      const stage = row[col(words.t('consolidated.stage'))];
      expect(stage).toBe(
        c.final
          ? `${words.t(`consolidated.stages.${c.final.stage}`)}${c.final.final ? `; ${words.t('consolidated.approved')}` : ''}`
          : '',
      );
      checked++;
    }
    expect(checked).toBe(cases.filter((c) => c.method).length);
  });

  it('the Commission protocol: the sitting’s people with the results before it, as the cases give them', () => {
    const quarter = book.input.periods.find((p) => p.id === Q3);
    const sitting = book.input.records.sittings[0];
    if (!quarter || !sitting) throw new Error('no sitting');
    const doc = commissionProtocol({ book, period: quarter, sitting, agency: undefined, exportedAt: ASOF }, 'ru');
    const first = doc.parts[0];
    const table = first && 'blocks' in first ? first.blocks.find((b) => b.kind === 'table') : undefined;
    if (table?.kind !== 'table') throw new Error('no table');
    const before = new Map(commissionResults(cases).map((r) => [r.employeeId, r]));
    expect(table.rows.map((r) => r[1])).toEqual(sitting.cases.map((x) => fullName(caseOf(x.employeeId).employee)));
    sitting.cases.forEach((x, i) => {
      const r = before.get(x.employeeId);
      // «Сведения о результатах оценки»: the result and the grade in the act's words.
      expect(table.rows[i]?.[2]).toBe(
        r ? `${resultText('ru', r.value, r.decimals)} — ${gradePhrase(profile, r.grade, 'ru', '')}` : '',
      );
      expect(['decided', 'approved']).toContain(caseOf(x.employeeId).stage);
    });
  });
});
