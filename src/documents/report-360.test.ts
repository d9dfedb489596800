import { describe, expect, it } from 'vitest';
import { aggregate360, STAFF_360, TYPICAL_2023, type Answer, type Employee } from '../domain';
import { reportDoc, reportSheetRows } from './report-360';

const person: Employee = {
  id: 'p',
  surname: 'Ахметов',
  name: 'Ерлан',
  patronymic: 'Серикович',
  iin: '',
  position: 'Главный специалист',
  category: 'E-4',
  unitId: 'u1',
  managerId: null,
  appointedOn: '2020-01-01',
  publicServices: true,
};
const answers = (competency: string, role: Answer['role'], ...scores: number[]): Answer[] =>
  scores.map((score) => ({ role, competency, score }));

describe('360 individual report (issue 6, 004 §§36–37, Appendix 7 role)', () => {
  const all = [
    ...STAFF_360.filter((c) => c.id !== 'ethics').flatMap((c, i) => answers(c.id, 'peer', 500 - i * 20, 400, 300)),
    ...answers('ethics', 'peer', 200, 500),
    ...answers('ethics', 'self', 500),
    ...answers('communication', 'self', 100),
  ];
  const result = aggregate360(all, STAFF_360, TYPICAL_2023);
  const doc = reportDoc(
    {
      person,
      unit: { name: 'Юридический отдел' },
      headsUnit: false,
      year: 2026,
      profile: TYPICAL_2023,
      competencies: STAFF_360,
      result,
      feedback: { id: 'x', periodId: '2026-Y', evaluatedId: 'p', meetingDate: '2027-01-20', discussed: 'Итоги', actions: 'Курс' },
    },
    'ru',
  );

  it('004 §36 anonymity: with two answers a competency says "fewer than 3" in the report, the chart and the .xlsx, and no number of them appears', () => {
    const ethics = doc.rows.find((r) => r[1] === 'Следование этическим нормам и принципам');
    expect(ethics).toEqual(['2', 'Следование этическим нормам и принципам', 'менее 3 ответов', '', '5,00']);
    expect(doc.radar.others[1]).toBeNull();
    const sheet = reportSheetRows(doc, 'ru');
    expect(JSON.stringify(sheet)).not.toMatch(/3,50|"2,00"/);
  });

  it('004 §36: the self-assessment is beside, never in the result; strengths and development areas with the indicators of the person’s group (000 Appendix 4)', () => {
    expect(doc.rows[0]).toEqual(['1', 'Выстраивание эффективных коммуникаций', '4,00', '3', '1,00']);
    expect(doc.strengths[0]).toBe('Выстраивание эффективных коммуникаций');
    expect(doc.development.map((d) => d.name)).toEqual(['Саморазвитие', 'Оперативность', 'Сотрудничество']);
    expect(doc.development[0]?.indicators.length).toBeGreaterThan(0);
    expect(reportSheetRows(doc, 'ru').flat()).toContain('Курс');
  });
});
