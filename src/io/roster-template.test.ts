import { describe, expect, it } from 'vitest';
import { ROSTER_TEMPLATE_TYPE, TEMPLATE_FIELDS, rosterTemplate } from '../documents/roster-template';
import { findHeader, mappingIsUsable, unmappedRequired } from '../domain/roster-headers';
import { previewRoster } from '../domain/roster-plan';
import { rowsToDrafts } from '../domain/roster-rows';
import { writeDocumentModel } from './document-workbook';
import { readEnvelope } from './envelope';
import { ROSTER_LIMITS } from './limits';
import { readWorkbook } from './read-workbook';

/** The template as the roster import reads it back: its workbook, through the one reader. */
function readBack(lang: 'kk' | 'ru') {
  const read = readWorkbook(writeDocumentModel(rosterTemplate(lang)), ROSTER_LIMITS);
  if (!read.ok) throw new Error(read.error.code);
  return read.value;
}

describe('issue 19 §1: the roster template in Kazakh and Russian', () => {
  it.each(['kk', 'ru'] as const)(
    'given the %s template read back by the roster reader, then its header row maps every column with no manual mapping',
    (lang) => {
      const wb = readBack(lang);
      const sheet = wb.sheets.find((s) => !s.hidden);
      expect(sheet?.name).toBe(lang === 'kk' ? 'Тізім' : 'Список');
      const guess = findHeader(sheet?.rows ?? []);
      // The title and instruction lines above are passed over: the header is the third row.
      expect(guess?.headerRow).toBe(2);
      expect(guess?.mapping).toEqual(TEMPLATE_FIELDS);
      expect(mappingIsUsable(guess?.mapping ?? [])).toBe(true);
      expect(unmappedRequired(guess?.mapping ?? [])).toEqual([]);
      // Empty, it holds nobody: no instruction line becomes a person.
      expect(rowsToDrafts(sheet?.rows ?? [], 2, guess?.mapping ?? [], sheet?.name ?? '')).toEqual([]);
      expect(readEnvelope(wb)).toMatchObject({ type: ROSTER_TEMPLATE_TYPE, language: lang });
    },
  );

  it.each(['kk', 'ru'] as const)(
    'given the %s template filled with one person, then the person is added with no problem',
    (lang) => {
      const sheet = readBack(lang).sheets.find((s) => !s.hidden);
      const rows = [
        ...(sheet?.rows ?? []),
        ['Жұмабаев Ғалым Бақытұлы', '880418300440', 'Бас маман', 'E-4', 'Заң бөлімі', '01.03.2022', 'иә', '', ''],
      ];
      const { matches } = previewRoster({
        rows,
        headerRow: 2,
        mapping: TEMPLATE_FIELDS,
        sheet: sheet?.name ?? '',
        existing: { units: [], employees: [] },
      });
      expect(matches.map((m) => [m.suggested, m.draft.surname, m.draft.appointedOn, m.draft.publicServices])).toEqual([
        ['add', 'Жұмабаев', '2022-03-01', true],
      ]);
      expect(matches[0]?.problems.filter((p) => p.code !== 'unitNew')).toEqual([]);
    },
  );
});
