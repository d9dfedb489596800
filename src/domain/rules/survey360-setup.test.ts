import { describe, expect, it } from 'vitest';
import type { Employee, Survey360Token } from '../model';
import { TYPICAL_2023 } from '../profiles/builtin';
import { unitHeadIds } from './roles';
import {
  answerProblems,
  competenciesOf,
  leftIds,
  normaliseCode,
  planIssue,
  questionnaireCode,
  roleOf,
  sealedAnswer,
  suggestRespondents,
} from './survey360-setup';
import { respondentProblems } from './survey360';

const person = (id: string, surname: string, unitId: string, managerId: string | null, category = 'E-4'): Employee => ({
  id,
  surname,
  name: 'Имя',
  patronymic: '',
  iin: '',
  position: '',
  category,
  unitId,
  managerId,
  appointedOn: '2020-01-01',
  publicServices: false,
});
// A unit: its head (under the chief of another unit), a deputy-level chief specialist with two
// reports, and five specialists under the head.
const everyone: Employee[] = [
  person('chief', 'Абенов', 'top', null, 'E-1'),
  person('head', 'Бекова', 'legal', 'chief', 'E-2'),
  person('lead', 'Валиев', 'legal', 'head', 'E-3'),
  person('r1', 'Ганиев', 'legal', 'lead'),
  person('r2', 'Дауленова', 'legal', 'lead'),
  ...['Ержанов', 'Жумабаева', 'Зейнолла', 'Иванов', 'Калиева'].map((s, i) => person(`s${i}`, s, 'legal', 'head')),
  person('other', 'Оспанов', 'hr', 'chief'),
];
const ids = (xs: { respondentId: string; role: string }[]) => xs.map((x) => `${x.role}:${x.respondentId}`);

describe('360 set-up (004 §§34–36)', () => {
  it('004 §36: suggests the direct manager, direct subordinates and close peers (same manager and unit, same category first), then the self-assessment', () => {
    const lead = everyone.find((e) => e.id === 'lead') as Employee;
    // Subordinates and peers in turn; the E-4 peers come after no E-3 peer exists, by name.
    expect(ids(suggestRespondents(lead, everyone, TYPICAL_2023, new Set()))).toEqual([
      'manager:head',
      'subordinate:r1',
      'peer:s0',
      'subordinate:r2',
      'peer:s1',
      'peer:s2',
      'peer:s3',
      'self:lead',
    ]);
    const s0 = everyone.find((e) => e.id === 's0') as Employee;
    expect(ids(suggestRespondents(s0, everyone, TYPICAL_2023, new Set()))).toEqual([
      'manager:head',
      'peer:s1',
      'peer:s2',
      'peer:s3',
      'peer:s4',
      'peer:lead',
      'self:s0',
    ]);
  });

  it('004 §36: at most the profile’s maximum of others; nobody who has left; the suggestion has no problems when enough people exist', () => {
    const head = everyone.find((e) => e.id === 'head') as Employee;
    const suggested = suggestRespondents(head, everyone, TYPICAL_2023, new Set(['s4']));
    expect(ids(suggested)).toEqual([
      'manager:chief',
      'subordinate:lead',
      'subordinate:s0',
      'subordinate:s1',
      'subordinate:s2',
      'subordinate:s3',
      'self:head',
    ]);
    // With s4 back, the head would have eight: the seventh is the last taken.
    expect(
      suggestRespondents(head, [...everyone, person('s5', 'Лукпанова', 'legal', 'head')], TYPICAL_2023, new Set()).filter(
        (a) => a.role !== 'self',
      ),
    ).toHaveLength(7);
    expect(respondentProblems('head', suggested, TYPICAL_2023)).toEqual([]);
    // A person alone in a small unit gets what exists, and the set-up says it is too few.
    const other = everyone.find((e) => e.id === 'other') as Employee;
    const few = suggestRespondents(other, everyone, TYPICAL_2023, new Set());
    expect(ids(few)).toEqual(['manager:chief', 'self:other']);
    expect(respondentProblems('other', few, TYPICAL_2023)).toEqual([{ code: 'tooFew', count: 1, limit: 3 }]);
  });

  it('004 §36: a respondent who left is flagged; leftIds counts dismissals up to the day', () => {
    const left = leftIds(
      [
        { id: 'x', employeeId: 's1', kind: 'dismissed', from: '2026-05-04', to: null, note: '' },
        { id: 'y', employeeId: 's2', kind: 'dismissed', from: '2027-01-10', to: null, note: '' },
      ],
      '2026-12-01',
    );
    expect(left).toEqual(new Set(['s1']));
    const set = [
      { respondentId: 'head', role: 'manager' as const },
      { respondentId: 's1', role: 'peer' as const },
      { respondentId: 's2', role: 'peer' as const },
      { respondentId: 's0', role: 'self' as const },
    ];
    expect(respondentProblems('s0', set, TYPICAL_2023, left)).toEqual([{ code: 'respondentLeft', respondentId: 's1' }]);
  });

  it('004 §35: unit heads are assessed on the heads’ 12 competencies, staff on 8; a hand-added respondent gets the role the tree gives', () => {
    const heads = unitHeadIds(everyone, TYPICAL_2023.unitHeadCategories.value);
    expect(competenciesOf('head', heads, TYPICAL_2023)).toHaveLength(12);
    expect(competenciesOf('s0', heads, TYPICAL_2023)).toHaveLength(8);
    const [lead, head, r1, other] = ['lead', 'head', 'r1', 'other'].map(
      (id) => everyone.find((e) => e.id === id) as Employee,
    ) as [Employee, Employee, Employee, Employee];
    expect([roleOf(lead, head), roleOf(lead, r1), roleOf(lead, other), roleOf(lead, lead)]).toEqual([
      'manager',
      'subordinate',
      'peer',
      'self',
    ]);
  });
});

describe('360 questionnaires (issue 6, 004 §§34–36)', () => {
  it('codes: eight characters without look-alikes, typed in any case, with or without the dash', () => {
    expect(questionnaireCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]))).toBe('2345-6789');
    expect(questionnaireCode(new Uint8Array(8).fill(255))).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(normaliseCode(' abcd efgh ')).toBe('ABCD-EFGH');
    expect(normaliseCode('abcd-efgh')).toBe('ABCD-EFGH');
  });

  it('004 §36: a token per respondent and person not yet issued, the self-assessment included, nobody who left; one code per respondent, reused', () => {
    let n = 0;
    const make = { token: () => `t${++n}`, code: () => `C${n}` };
    const setups = [
      {
        id: '2026-Y:a',
        periodId: '2026-Y',
        evaluatedId: 'a',
        respondents: [
          { respondentId: 'm', role: 'manager' as const },
          { respondentId: 'x', role: 'peer' as const, issued: true },
          { respondentId: 'gone', role: 'peer' as const },
          { respondentId: 'a', role: 'self' as const },
        ],
      },
    ];
    // (The respondent count is checked separately below: here any count goes.)
    const plan = planIssue(setups, new Map([['m', 'OLD-CODE']]), new Set(['gone']), make, { min: 0, max: 50 });
    expect(plan.tokens.map((t) => `${t.token}:${t.respondentId}:${t.role}:${t.code}`)).toEqual([
      't1:m:manager:OLD-CODE',
      't2:a:self:C1',
    ]);
    expect(plan.setups[0]?.respondents.map((r) => `${r.respondentId}:${r.issued ?? false}`)).toEqual([
      'm:true',
      'x:true',
      'gone:false',
      'a:true',
    ]);
  });

  it('004 §36: «не менее трех и не более семи» — a person with 2 or 8 respondents besides themself gets no questionnaire', () => {
    let n = 0;
    const make = { token: () => `t${++n}`, code: () => `C${n}` };
    const setupOf = (id: string, others: number) => ({
      id: `2026-Y:${id}`,
      periodId: '2026-Y',
      evaluatedId: id,
      respondents: [
        ...Array.from({ length: others }, (_, i) => ({ respondentId: `${id}${i}`, role: 'peer' as const })),
        { respondentId: id, role: 'self' as const },
      ],
    });
    const limits = { min: TYPICAL_2023.survey360.minRespondents.value, max: TYPICAL_2023.survey360.maxRespondents.value };
    const plan = planIssue(
      [setupOf('two', 2), setupOf('three', 3), setupOf('seven', 7), setupOf('eight', 8)],
      new Map(),
      new Set(),
      make,
      limits,
    );
    expect([...new Set(plan.tokens.map((t) => t.evaluatedId))]).toEqual(['three', 'seven']);
    expect(plan.refused).toEqual([
      { evaluatedId: 'two', count: 2, code: 'tooFew', limit: 3 },
      { evaluatedId: 'eight', count: 8, code: 'tooMany', limit: 7 },
    ]);
    // One who left is not counted: three named, one gone, is two.
    expect(planIssue([setupOf('x', 3)], new Map(), new Set(['x0']), make, limits).refused).toMatchObject([{ count: 2 }]);
  });

  it('004 §34: an answer scores every competency of the group on the scale; sealed, it keeps the token, self or other only, and hundredths', () => {
    const competencies = [{ id: 'ethics' }, { id: 'results' }];
    expect(answerProblems({ ethics: 4, results: 5 }, competencies, { min: 1, max: 5 })).toEqual([]);
    expect(answerProblems({ ethics: 0 }, competencies, { min: 1, max: 5 }).map((p) => `${p.code}:${p.field}`)).toEqual([
      'scoreOutOfRange:ethics',
      'required:results',
    ]);
    const token: Survey360Token = {
      token: 't',
      periodId: '2026-Y',
      evaluatedId: 'a',
      role: 'peer',
      respondentId: 'p1',
      code: 'C',
    };
    const sealed = sealedAnswer('b7', token, { ethics: 4, results: 5 });
    // Issue 20 §2: under the ballot's own id — the token is not kept.
    expect(sealed).toEqual({
      id: 'b7',
      periodId: '2026-Y',
      evaluatedId: 'a',
      role: 'other',
      scores: { ethics: 400, results: 500 },
    });
    // The one direct manager would be named by a finer role: sealed, a manager's answer is "other" too.
    expect(sealedAnswer('b8', { ...token, role: 'manager' }, { ethics: 4 }).role).toBe('other');
    expect(sealedAnswer('b9', { ...token, role: 'self' }, { ethics: 4 }).role).toBe('self');
  });
});
