import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { allCompetencies360, KZ_CALENDAR, periodsOfYear, resultsOfYear, STAFF_360, TYPICAL_2023, type Employee } from '../domain';
import { createI18n } from '../i18n';
import { consolidatedSheets, type ConsolidatedExport } from './consolidated-export';

const person = (id: string, surname: string): Employee => ({ id, surname, name: 'Имя', patronymic: '', iin: '', position: 'Главный специалист', category: 'E-4', unitId: 'u1', managerId: null, appointedOn: '2015-01-01', publicServices: false });

describe('consolidated workbook: the 360 sheet (issue 6, 004 §36)', () => {
  it('004 §36 anonymity: a competency with two answers is "fewer than 3 answers" with no number; self-assessments are left out', () => {
    createRoot((dispose) => {
      const i18n = createI18n();
      i18n.setLang('ru');
      const periods = periodsOfYear(2026);
      const quarter = periods.find((p) => p.id === '2026-Q3');
      if (!quarter) throw new Error('no quarter');
      const peer = (evaluatedId: string, score: number) => ({ evaluatedId, role: 'peer' as const, scores: Object.fromEntries(STAFF_360.map((c) => [c.id, score])) });
      const sealed = [peer('a', 400), peer('a', 500), peer('a', 300), peer('b', 200), peer('b', 500), { evaluatedId: 'b', role: 'self' as const, scores: { ethics: 100 } }];
      const results = resultsOfYear(sealed, () => STAFF_360, TYPICAL_2023);
      const x: ConsolidatedExport = {
        i18n,
        agency: { id: 'ag', nameKk: 'Ұйым', nameRu: 'Организация' },
        exportedAt: '2026-11-22T10:00:00.000Z',
        data: { quarter, periods, units: [{ id: 'u1', name: 'Отдел', parentId: null, order: 0 }], employees: [person('a', 'Ахметов'), person('b', 'Бекова')], statuses: [], records: [], plans: [], sheets: [], calibrations: [], sittings: [], profile: TYPICAL_2023, calendar: KZ_CALENDAR },
        survey360: { year: 2026, results, competencies: allCompetencies360(TYPICAL_2023) },
      };
      const sheet = consolidatedSheets(x).find((s) => s.name === '360° 2026');
      if (!sheet) throw new Error('no 360 sheet');
      const ethics = (sheet.rows[0] ?? []).indexOf('Следование этическим нормам и принципам');
      const management = (sheet.rows[0] ?? []).indexOf('Управление деятельностью');
      expect(sheet.rows[1]?.slice(0, 2)).toEqual(['Отдел', 'Ахметов Имя']);
      expect(sheet.rows[1]?.[ethics]).toBe(4);
      expect(sheet.rows[1]?.[management]).toBe('—');
      expect(sheet.rows[2]?.[ethics]).toBe('менее 3 ответов');
      expect(JSON.stringify(sheet.rows[2])).not.toMatch(/[^\d]3\.5|[^\d]1[,\]]/);
      dispose();
    });
  });
});
