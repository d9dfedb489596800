import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { planAnswerImport, type Survey360Token } from '../domain';
import { readQuestionnaire, writeQuestionnaire, type QuestionnaireInput } from './questionnaire-workbook';

const input: QuestionnaireInput = {
  agencyId: 'ag',
  periodId: '2026-Y',
  code: 'ABCD-EFGH',
  lang: 'ru',
  scale: { min: 1, max: 5 },
  words: {
    coverSheet: 'Обложка',
    answerSheet: 'Ответы',
    title: 'Анкета',
    cover: ['Кому: Респондент Р. Р.'],
    scale: ['1 — не проявляется'],
    headers: ['№', 'Кого', 'Компетенция', 'Индикаторы', 'Оценка'],
  },
  blocks: [
    {
      token: 'tA',
      heading: 'Ахметов А. — коллега',
      competencies: [
        { id: 'ethics', name: 'Этика', indicators: '' },
        { id: 'results', name: 'Результат', indicators: 'Достигает' },
      ],
    },
    {
      token: 'tS',
      heading: 'Самооценка',
      competencies: [
        { id: 'ethics', name: 'Этика', indicators: '' },
        { id: 'results', name: 'Результат', indicators: 'Достигает' },
      ],
    },
  ],
};

/** Fills answer cells (1-based rows, column E) as a respondent would, in a spreadsheet program. */
function fill(
  bytes: Uint8Array,
  answers: Readonly<Record<number, string | number>>,
  edit?: (ws: XLSX.WorkSheet) => void,
): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array' });
  const ws = wb.Sheets['Ответы'];
  if (!ws) throw new Error('no answer sheet');
  for (const [row, v] of Object.entries(answers)) XLSX.utils.sheet_add_aoa(ws, [[v]], { origin: `E${row}` });
  edit?.(ws);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('360 questionnaire workbook (issue 6, 004 §§34–36)', () => {
  it('004 §34: the answer sheet names the people rated, never the respondent; tokens live in the hidden envelope only', () => {
    const wb = XLSX.read(writeQuestionnaire(input), { type: 'array' });
    expect(wb.SheetNames).toEqual(['Обложка', 'Ответы', '_meta']);
    const answers = XLSX.utils.sheet_to_csv(wb.Sheets['Ответы'] as XLSX.WorkSheet);
    expect(answers).toContain('Ахметов А. — коллега');
    expect(answers).not.toContain('Респондент');
    expect(answers).not.toMatch(/tA|tS/);
    expect(XLSX.utils.sheet_to_csv(wb.Sheets['Обложка'] as XLSX.WorkSheet)).toContain('Кому: Респондент Р. Р.');
  });

  it('004 §34: reads answers back per token, with the row and column of every problem', () => {
    const bytes = fill(writeQuestionnaire(input), { 4: 4, 5: '5', 7: '4,5', 8: 9 });
    const read = readQuestionnaire(bytes, 'r.xlsx', input.scale);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value).toMatchObject({ agencyId: 'ag', periodId: '2026-Y', code: 'ABCD-EFGH' });
    expect(read.value.answers[0]).toEqual({ token: 'tA', scores: { ethics: 4, results: 5 }, problems: [] });
    expect(read.value.answers[1]?.problems.map((p) => `${p.code} ${p.column}${p.row}`)).toEqual([
      'answerNotOnScale E7',
      'answerNotOnScale E8',
    ]);
  });

  it('a row moved or edited is not read as another competency; a workbook not ours is refused', () => {
    const bytes = fill(writeQuestionnaire(input), { 4: 4, 5: 5 }, (ws) =>
      XLSX.utils.sheet_add_aoa(ws, [['Инициатива']], { origin: 'C5' }),
    );
    const read = readQuestionnaire(bytes, 'r.xlsx', input.scale);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.answers[0]?.problems.map((p) => `${p.code} ${p.field} C${p.row}`)).toEqual(['answerRowMoved results C5']);
    const plain = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(plain, XLSX.utils.aoa_to_sheet([['x']]), 'S');
    expect(
      readQuestionnaire(
        new Uint8Array(XLSX.write(plain, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
        'x.xlsx',
        input.scale,
      ),
    ).toMatchObject({ ok: false, error: { code: 'notOurs' } });
    expect(readQuestionnaire(new TextEncoder().encode('garbage\u0000'), 'x.xlsx', input.scale)).toMatchObject({
      ok: false,
      error: { code: 'notSpreadsheet' },
    });
  });

  it('004 §34, issue 20 §2: a token answers once — new; already answered whatever the file says; unknown when never issued; repeated or twice within one import', () => {
    const token = (t: string, evaluatedId: string): Survey360Token => ({
      token: t,
      periodId: '2026-Y',
      evaluatedId,
      role: 'peer',
      respondentId: 'r',
      code: 'C',
    });
    const open = new Map([
      ['t1', token('t1', 'a')],
      ['t5', token('t5', 'a')],
    ]);
    const spent = new Set(['t2', 't3']);
    const q = (file: string, ...answers: [string, number | undefined][]) => ({
      file,
      agencyId: 'ag',
      periodId: '2026-Y',
      code: 'C',
      answers: answers.map(([t, v]) => ({
        token: t,
        scores: v === undefined ? ({} as Record<string, number>) : { ethics: v },
        problems: [],
      })),
    });
    const plan = planAnswerImport(
      [q('one', ['t1', 3], ['t2', 4], ['t3', 5], ['t4', 2], ['t5', undefined]), q('two', ['t1', 3], ['t1', 2])],
      open,
      spent,
      () => [{ id: 'ethics' }],
    );
    expect(plan.map((r) => `${r.file} ${r.token} ${r.kind}`)).toEqual([
      'one t1 new',
      'one t2 answered',
      'one t3 answered',
      'one t4 unknown',
      'one t5 incomplete',
      'two t1 repeated',
      'two t1 twice',
    ]);
    expect(plan[4]?.problems.map((p) => `${p.code}:${p.field}`)).toEqual(['required:ethics']);
  });
});

describe('the scale is the agency’s, not the file’s (issue 20 §2)', () => {
  it('a _meta that widens the scale to −5…1000 is refused, and no answer of 1000 is read', () => {
    const wb = XLSX.read(fill(writeQuestionnaire(input), { 4: 1000, 5: 5 }), { type: 'array' });
    const meta = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['_meta'] as XLSX.WorkSheet, { header: 1 });
    wb.Sheets['_meta'] = XLSX.utils.aoa_to_sheet(meta.map((r) => (r[0] === 'scale' ? ['scale', '{"min":-5,"max":1000}'] : r)));
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(readQuestionnaire(bytes, 'r.xlsx', input.scale)).toMatchObject({ ok: false, error: { code: 'layoutChanged' } });
    // Read on the agency's scale, the honest file's 1000 is an answer off the scale, located.
    const honest = readQuestionnaire(fill(writeQuestionnaire(input), { 4: 1000 }), 'r.xlsx', input.scale);
    if (!honest.ok) throw new Error(honest.error.code);
    expect(honest.value.answers[0]?.problems.map((p) => p.code)).toContain('answerNotOnScale');
    expect(honest.value.answers[0]?.scores).toEqual({});
  });
});
