import { describe, expect, it } from 'vitest';
import { JUSTICE_2017, kciSheet, TYPICAL_2023, type Employee, type KciPlan, type Period, type Unit } from '../domain';
import { OFFICIAL_FORMS } from '../i18n/documents';
import {
  annualSheet2017Form,
  competencySheetForm,
  formSheetRows,
  initials,
  kciSheetForm,
  quarterSheet2017Form,
  rankingSheetForm,
  workPlan2017Form,
  workPlanForm,
} from './official-forms';

const person = (id: string, surname: string, managerId: string | null, publicServices = true): Employee => ({
  id,
  surname,
  name: 'Ерлан',
  patronymic: 'Серикович',
  iin: '',
  position: 'Руководитель отдела',
  category: 'E-2',
  unitId: 'u1',
  managerId,
  appointedOn: '2020-01-01',
  publicServices,
});
const chief = person('c', 'Абаев', null);
const head = person('h', 'Ахметов', 'c');
const base = {
  lang: 'ru' as const,
  words: OFFICIAL_FORMS.ru,
  person: head,
  everyone: [chief, head],
  units: [{ id: 'u1', name: 'Юридический отдел', parentId: null, order: 0 }],
};
const period = { id: '2026-Q3', kind: 'quarter', year: 2026, quarter: 3 } as Period;
const plan: KciPlan = {
  id: '2026-Q3:h',
  periodId: '2026-Q3',
  employeeId: 'h',
  approvedOn: '2026-07-10',
  review: [],
  items: [
    {
      id: 'k1',
      name: '=Доля обращений',
      source: 'План развития',
      measure: '%',
      plan: 9550,
      direction: 'higherBetter',
      deadline: '2026-09-30',
      expected: 'Рост доверия',
      actual: 9800,
      confirmedScore: null,
    },
    {
      id: 'k2',
      name: 'Число жалоб',
      source: 'План развития',
      measure: 'ед.',
      plan: 1000,
      direction: 'lowerBetter',
      deadline: '',
      expected: '',
      actual: 1200,
      confirmedScore: null,
    },
  ],
};

describe('official forms (issue 5)', () => {
  it('Appendix 1 (004): the plan with the approval block of the superior manager and the employee’s and direct manager’s signatures', () => {
    const doc = workPlanForm(base, period, plan);
    expect(doc.appendix).toBe(
      'Приложение 1 к методике оценки деятельности административных государственных служащих корпуса «Б»',
    );
    expect(doc.approval).toEqual({ role: 'Вышестоящий руководитель', name: '' });
    expect(doc.rows).toEqual([
      ['1', '=Доля обращений', 'План развития', '%', '95,5', '30.09.2026', 'Рост доверия'],
      ['2', 'Число жалоб', 'План развития', 'ед.', '10', 'до конца периода', ''],
    ]);
    expect(doc.signatures).toEqual([
      { role: 'Служащий', name: 'Ахметов Е. С.' },
      { role: 'Непосредственный руководитель', name: 'Абаев Е. С.' },
    ]);
    const rows = formSheetRows(doc, OFFICIAL_FORMS.ru);
    expect(rows.map((r) => r.filter((c) => c !== null).join(' | '))).toContain(
      '1 | =Доля обращений | План развития | % | 95,5 | 30.09.2026 | Рост доверия',
    );
  });

  it('Appendix 2 (004 §28): achieved or not from plan and actual, the grade in words once every KCI is scored', () => {
    const empty = kciSheetForm(base, period, plan, kciSheet(plan.items, {}, TYPICAL_2023));
    expect(empty.rows.map((r) => r[5])).toEqual(['результат достигнут', 'результат не достигнут']);
    expect(empty.result?.value).toBe('');
    const scored = kciSheetForm(
      { ...base, lang: 'kk', words: OFFICIAL_FORMS.kk },
      period,
      plan,
      kciSheet(plan.items, { k1: 450, k2: 250 }, TYPICAL_2023),
    );
    expect(scored.result).toMatchObject({ label: 'Бағалау нәтижесі', value: expect.stringMatching(/^\S.* \(3,5\)$/) });
    expect(scored.lines[1]).toEqual({ label: 'Бағаланатын кезең', value: '2026 жылғы 3-тоқсан' });
  });

  it('Appendix 3 (METHODOLOGY §2.7): eleven competencies; the two public-service ones not assessed for staff without public services', () => {
    const doc = competencySheetForm({ ...base, person: { ...head, publicServices: false } }, 2026, TYPICAL_2023, undefined);
    expect(doc.rows).toHaveLength(TYPICAL_2023.competencySheet.value.length);
    expect(doc.rows.filter((r) => r[2] === 'не оценивается*')).toHaveLength(2);
    expect(competencySheetForm(base, 2026, TYPICAL_2023, undefined).rows.filter((r) => r[2] !== '')).toHaveLength(0);
  });

  it('Appendix 3 (004): the stored sheet fills the result and, for "does not meet", the indicators not shown in the form’s language', () => {
    const sheet = {
      id: '2026-Y:h',
      periodId: '2026-Y',
      employeeId: 'h',
      entries: [
        { competency: 'management', meets: true, indicatorsNotShown: [{ kk: 'жоспарлайды', ru: 'планирует' }], note: '' },
        {
          competency: 'cooperation',
          meets: false,
          indicatorsNotShown: [
            { kk: 'бөліседі', ru: 'делится опытом' },
            { kk: 'көмектеседі', ru: 'помогает' },
          ],
          note: ' на совещаниях ',
        },
        // A stale entry for a public-service competency of someone without public services is not printed.
        { competency: 'consumerOrientation', meets: false, indicatorsNotShown: [{ kk: 'x', ru: 'y' }], note: '' },
      ],
    };
    const ru = competencySheetForm({ ...base, person: { ...head, publicServices: false } }, 2026, TYPICAL_2023, sheet);
    const row = (id: string) => ru.rows[TYPICAL_2023.competencySheet.value.findIndex((k) => k.id === id)];
    expect(row('management')?.slice(2)).toEqual(['соответствует ожиданиям', '']);
    expect(row('cooperation')?.slice(2)).toEqual(['не соответствует ожиданиям', 'делится опытом; помогает; на совещаниях']);
    expect(row('consumerOrientation')?.slice(2)).toEqual(['не оценивается*', '']);
    expect(row('decisions')?.slice(2)).toEqual(['', '']);
    const kk = competencySheetForm({ ...base, lang: 'kk', words: OFFICIAL_FORMS.kk }, 2026, TYPICAL_2023, sheet);
    expect(kk.rows[1]?.slice(2)).toEqual(['күтілетін нәтижеге сәйкес емес', 'бөліседі; көмектеседі; на совещаниях']);
  });

  it('Appendix 3: the signatures carry the days recorded — the manager’s and the person’s acquaintance; unrecorded ones stay blank', () => {
    const sheet = {
      id: '2026-Y:h',
      periodId: '2026-Y',
      employeeId: 'h',
      entries: [],
      managerSignedOn: '2027-01-12',
      acquaintedOn: null,
    };
    const doc = competencySheetForm(base, 2026, TYPICAL_2023, sheet);
    expect(doc.signatures.map((x) => x.date)).toEqual([undefined, '12.01.2027']);
    const rows = formSheetRows(doc, OFFICIAL_FORMS.ru).map((r) => r.join('|'));
    expect(rows).toContain('|дата 12.01.2027');
    expect(rows.filter((r) => r === '|дата ____________')).toHaveLength(1);
  });

  it('002 Appendix 1: the 2017 work plan — targets and expected results, the note on four targets half measurable, no approval block', () => {
    const targets = [
      { id: 'a', name: 'Подготовка правовых заключений', expected: 'не менее 40 заключений', measurable: true, result: null },
      { id: 'b', name: 'Правовая пропаганда', expected: '', measurable: false, result: null },
    ];
    const kk = workPlan2017Form({ ...base, lang: 'kk', words: OFFICIAL_FORMS.kk }, 2026, targets);
    expect(kk.appendix).toBe('«Б» корпусы қызметшілерінің қызметін бағалаудың әдістемесіне 1-қосымша');
    expect(kk.approval).toBeUndefined();
    expect(kk.columns).toEqual(['№ р/с', 'Нысаналы көрсеткіштер*', 'Күтілетін нәтижелер']);
    expect(kk.rows).toEqual([
      ['1', 'Подготовка правовых заключений', 'не менее 40 заключений'],
      ['2', 'Правовая пропаганда', ''],
    ]);
    expect(kk.lines[0]).toEqual({ label: 'Жеке жоспар жасалған кезең', value: '2026 жыл' });
    expect(kk.footnote).toMatch(/төрттен көп емес, олардың жартысы өлшемді болуға тиіс\.$/);
    expect(kk.signatures.map((x) => x.role)).toEqual(['Қызметші', 'Тікелей басшы']);
  });

  it('002 Appendix 4, §§28–30: the annual sheet puts the servant’s self-assessment beside the manager’s, each on the 2–5 scale', () => {
    const targets = [
      { id: 'a', name: 'Заключения', selfResult: 'exceeded' as const, result: 'achieved' as const },
      { id: 'b', name: 'Пропаганда', result: null },
    ];
    const ru = annualSheet2017Form(base, 2026, targets, JUSTICE_2017);
    expect(ru.appendix).toBe('Приложение 4 к методике оценки деятельности служащих корпуса «Б»');
    expect(ru.columns.slice(3, 5)).toEqual(['Результаты самооценки служащего', 'Результаты оценки руководителя']);
    expect(ru.rows).toEqual([
      ['1', 'Заключения', 'от 2 до 5', '5', '4', ''],
      ['2', 'Пропаганда', 'от 2 до 5', '', '', ''],
    ]);
    // 002 §31: signed — the servant's line dated; refused — the act in the note.
    const signed = annualSheet2017Form(base, 2026, targets, JUSTICE_2017, {
      agreedOn: '2027-01-08',
      signature: { on: '2027-01-11', refused: false, act: '' },
    });
    expect(signed.signatures.map((x) => x.date)).toEqual(['11.01.2027', '08.01.2027']);
    const refused = annualSheet2017Form(base, 2026, targets, JUSTICE_2017, {
      agreedOn: '2027-01-08',
      signature: { on: '2027-01-11', refused: true, act: 'Акт № 1' },
    });
    expect(refused.footnote).toBe('отказался подписать, акт: Акт № 1');
  });

  it('002 Appendix 3, §§23–25: the quarter’s sheet — the self-assessment beside the manager’s entries, both results, the manager’s agreement day, a refusal’s act', () => {
    const sheet = {
      id: '2026-Q1:h',
      periodId: '2026-Q1',
      employeeId: 'h',
      incentives: [{ id: 'i', activityId: 'instructions', points: 5, date: '2026-02-10', note: '' }],
      violations: [{ id: 'v', kind: 'labour' as const, date: '2026-03-02', note: 'опоздание' }],
      targets: [],
      self: { incentives: 'Исполнены поручения министерства', executive: 'нет', labour: 'нет', points: 105 },
      agreedOn: '2026-04-03',
      signature: { on: '2026-04-05', refused: true, act: 'Акт № 3 от 05.04.2026' },
      profileId: JUSTICE_2017.id,
      profileVersion: JUSTICE_2017.version,
    };
    const doc = quarterSheet2017Form(base, period, sheet, 103, JUSTICE_2017);
    expect(doc.appendix).toBe('Приложение 3 к методике оценки деятельности служащих корпуса «Б»');
    expect(doc.rows[0]?.slice(1, 4)).toEqual(['Исполнены поручения министерства', 'нет', 'нет']);
    expect(doc.rows[0]?.[4]).toMatch(/^Своевременное и качественное исполнение поручений Министерства.* \(\+5\), 10\.02\.2026$/);
    expect(doc.rows[0]?.slice(5)).toEqual(['', '02.03.2026 — опоздание', 'отказался подписать, акт: Акт № 3 от 05.04.2026']);
    expect(doc.lines.find((l) => l.label === 'Результат самооценки')?.value).toBe('105');
    expect(doc.result).toMatchObject({ label: 'Результат оценки', value: '103' });
    // A refusal: the servant's signature line stays undated; the manager's is the day of agreement (§24).
    expect(doc.signatures.map((x) => x.date)).toEqual([undefined, '03.04.2026']);
  });

  it('issue 19 §6: a form prints the unit’s name in the form’s language — the Kazakh name on a Kazakh form, the other one where it has none', () => {
    const named = [
      { id: 'u1', name: 'Юридический отдел', names: { kk: 'Заң бөлімі', ru: 'Юридический отдел' }, parentId: null, order: 0 },
    ];
    const kk = { ...base, lang: 'kk' as const, words: OFFICIAL_FORMS.kk, units: named };
    const unitLine = (doc: { lines: readonly { label: string; value: string }[] }, label: string) =>
      doc.lines.find((l) => l.label === label)?.value;
    const sheet = competencySheetForm(kk, 2026, TYPICAL_2023, undefined);
    expect(unitLine(sheet, OFFICIAL_FORMS.kk.competency.unit)).toBe('Заң бөлімі');
    expect(
      unitLine(competencySheetForm({ ...base, units: named }, 2026, TYPICAL_2023, undefined), OFFICIAL_FORMS.ru.competency.unit),
    ).toBe('Юридический отдел');
    const ranking = rankingSheetForm({ ...kk, unit: named[0] as Unit, head }, period, [], TYPICAL_2023);
    expect(unitLine(ranking, OFFICIAL_FORMS.kk.ranking.unit)).toBe('Заң бөлімі');
    // A unit kept with its Russian name only: the Kazakh form prints that name, nothing made up.
    const onlyRu = rankingSheetForm(
      { ...kk, unit: { id: 'u1', name: 'Отдел кадров', parentId: null, order: 0 }, head },
      period,
      [],
      TYPICAL_2023,
    );
    expect(unitLine(onlyRu, OFFICIAL_FORMS.kk.ranking.unit)).toBe('Отдел кадров');
  });

  it('initials: surname and the initials of name and patronymic', () => {
    expect(initials(head)).toBe('Ахметов Е. С.');
    expect(initials({ surname: 'Ким', name: 'Ольга', patronymic: '' })).toBe('Ким О.');
    expect(initials(undefined)).toBe('');
  });
});
