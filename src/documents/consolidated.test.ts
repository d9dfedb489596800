import { describe, expect, it } from 'vitest';
import {
  allCompetencies360,
  generateDemo,
  KZ_CALENDAR,
  makeCaseBook,
  NO_CASE_RECORDS,
  periodsOfYear,
  resultsOfYear,
  STAFF_360,
  TYPICAL_2023,
  type Employee,
} from '../domain';
import { wordsIn } from '../i18n/words';
import type { DocumentPart } from './model';
import { consolidatedSheets, type ConsolidatedExport } from './consolidated';

/** Runs `check` with the workbook input of one unit in Russian, for 2026-Q3. */
function withExport(
  employees: readonly Employee[],
  extra: Pick<ConsolidatedExport, 'survey360' | 'competencySheets'>,
  check: (x: ConsolidatedExport) => void,
): void {
  const periods = periodsOfYear(2026);
  const quarter = periods.find((p) => p.id === '2026-Q3');
  if (!quarter) throw new Error('no quarter');
  const book = makeCaseBook({
    profile: TYPICAL_2023,
    calendar: KZ_CALENDAR,
    asOf: '2026-11-22',
    employees,
    statuses: [],
    periods,
    records: NO_CASE_RECORDS,
    locks: new Map(),
  });
  check({
    i18n: wordsIn('ru'),
    agency: { id: 'ag', nameKk: 'Ұйым', nameRu: 'Организация' },
    exportedAt: '2026-11-22T10:00:00.000Z',
    data: { book, quarter, units: [{ id: 'u1', name: 'Отдел', parentId: null, order: 0 }] },
    ...extra,
  });
}

/** A part of rows (the consolidated tables are). */
const rowsOf = (parts: readonly DocumentPart[], name: string) => {
  const part = parts.find((s) => s.name === name);
  return part && 'rows' in part ? part : undefined;
};

const person = (id: string, surname: string): Employee => ({
  id,
  surname,
  name: 'Имя',
  patronymic: '',
  iin: '',
  position: 'Главный специалист',
  category: 'E-4',
  unitId: 'u1',
  managerId: null,
  appointedOn: '2015-01-01',
  publicServices: false,
});

describe('consolidated workbook: the 360 sheet (issue 6, 004 §36)', () => {
  it('004 §36 anonymity: a competency with two answers is "fewer than 3 answers" with no number; self-assessments are left out', () => {
    const peer = (evaluatedId: string, score: number) => ({
      evaluatedId,
      role: 'peer' as const,
      scores: Object.fromEntries(STAFF_360.map((c) => [c.id, score])),
    });
    const sealed = [
      peer('a', 400),
      peer('a', 500),
      peer('a', 300),
      peer('b', 200),
      peer('b', 500),
      { evaluatedId: 'b', role: 'self' as const, scores: { ethics: 100 } },
    ];
    const results = resultsOfYear(sealed, () => STAFF_360, TYPICAL_2023);
    withExport(
      [person('a', 'Ахметов'), person('b', 'Бекова')],
      { survey360: { year: 2026, results, competencies: allCompetencies360(TYPICAL_2023) } },
      (x) => {
        const sheet = rowsOf(consolidatedSheets(x), '360° 2026');
        if (!sheet) throw new Error('no 360 sheet');
        const ethics = (sheet.rows[0] ?? []).indexOf('Следование этическим нормам и принципам');
        const management = (sheet.rows[0] ?? []).indexOf('Управление деятельностью');
        expect(sheet.rows[1]?.slice(0, 2)).toEqual(['Отдел', 'Ахметов Имя']);
        expect(sheet.rows[1]?.[ethics]).toBe(4);
        expect(sheet.rows[1]?.[management]).toBe('—');
        expect(sheet.rows[2]?.[ethics]).toBe('менее 3 ответов');
        expect(JSON.stringify(sheet.rows[2])).not.toMatch(/[^\d]3\.5|[^\d]1[,\]]/);
      },
    );
  });
});

describe('consolidated workbook: the competency sheet (issue 6, 004 Appendix 3)', () => {
  it('004 Appendix 3: a row per person with a sheet — meets / does not meet, not assessed* without public services, how many meet, the indicators not shown', () => {
    const entry = (competency: string, meets: boolean | null, ...shown: string[]) => ({
      competency,
      meets,
      indicatorsNotShown: shown.map((ru) => ({ kk: ru, ru })),
      note: '',
    });
    const competencySheets = {
      year: 2026,
      sheets: [
        {
          id: '2026-Y:a',
          periodId: '2026-Y',
          employeeId: 'a',
          entries: [entry('management', true), entry('cooperation', false, 'делится опытом', 'помогает')],
        },
        // An empty sheet (every choice cleared) gives no row.
        { id: '2026-Y:b', periodId: '2026-Y', employeeId: 'b', entries: [entry('management', null)] },
      ],
    };
    withExport([person('a', 'Ахметов'), person('b', 'Бекова'), person('c', 'Валиев')], { competencySheets }, (x) => {
      const sheet = rowsOf(consolidatedSheets(x), 'Компетенции 2026');
      if (!sheet) throw new Error('no competency sheet');
      const col = (name: string) => (sheet.rows[0] ?? []).indexOf(name);
      expect(sheet.rows).toHaveLength(2);
      expect(sheet.rows[1]?.slice(0, 2)).toEqual(['Отдел', 'Ахметов Имя']);
      expect(sheet.rows[1]?.[col('Управление деятельностью')]).toBe('соответствует ожиданиям');
      expect(sheet.rows[1]?.[col('Сотрудничество')]).toBe('не соответствует ожиданиям');
      expect(sheet.rows[1]?.[col('Ориентация на потребителя услуг*')]).toBe('не оценивается*');
      expect(sheet.rows[1]?.[col('Принятие решений')]).toBe('');
      expect(sheet.rows[1]?.slice(-2)).toEqual(['1 из 9', 'Сотрудничество: делится опытом; помогает']);
      // No sheet at all: no such page in the workbook.
      expect(
        consolidatedSheets({ ...x, competencySheets: { year: 2026, sheets: [] } }).some((s) => s.name === 'Компетенции 2026'),
      ).toBe(false);
    });
  });
});

describe('the consolidated workbook made from plain data in the workbook worker (issue 21)', () => {
  it('is the same document as made on the page, after a structured clone of its input', async () => {
    const { consolidatedDocument, consolidatedFromData } = await import('./consolidated');
    let n = 0;
    const demo = generateDemo({ seed: 7, asOf: '2026-11-22', lang: 'ru', newId: () => `d${++n}` });
    const periods = periodsOfYear(2026);
    const quarter = periods.find((p) => p.id === '2026-Q3');
    if (!quarter) throw new Error('no quarter');
    const input = {
      profile: TYPICAL_2023,
      calendar: KZ_CALENDAR,
      asOf: '2026-11-22',
      employees: demo.employees,
      statuses: demo.statuses,
      periods,
      records: NO_CASE_RECORDS,
      locks: new Map(),
    };
    const agency = { id: 'ag', nameKk: 'Ұйым', nameRu: 'Организация' };
    const exportedAt = '2026-11-22T10:00:00.000Z';
    const direct = consolidatedDocument({
      i18n: wordsIn('ru'),
      agency,
      exportedAt,
      survey360: {
        year: 2026,
        results: resultsOfYear([], () => [], TYPICAL_2023),
        competencies: allCompetencies360(TYPICAL_2023),
      },
      competencySheets: { year: 2026, sheets: [] },
      data: { book: makeCaseBook(input), quarter, units: demo.units },
    });
    const source = {
      lang: 'ru' as const,
      book: { ...input, ownProfiles: [] },
      quarter,
      units: demo.units,
      agency,
      exportedAt,
      survey360: { year: 2026, answers: [] },
      competencySheets: { year: 2026, sheets: [] },
    };
    expect(consolidatedFromData(structuredClone(source))).toEqual(direct);
  });
});
