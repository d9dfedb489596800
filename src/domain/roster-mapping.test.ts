import { describe, expect, it } from 'vitest';
import { findHeader, type Cell } from './roster-headers';
import { headerSignature, mappingToSave, offeredMapping } from './roster-mapping';

/** A roster under a title row, whose «Код» column HR mapped by hand to the unit. */
const rows: Cell[][] = [
  ['Список сотрудников'],
  ['ФИО', 'ИИН', 'Должность', 'Категория', 'Код', 'Дата назначения', null],
  ['Иванова Ольга Петровна', '900101400023', 'Специалист', 'E-4', 'Отдел кадров', '16.09.2021'],
];
const byHand = ['fullName', 'iin', 'position', 'category', 'unit', 'appointedOn', null] as const;
const saved = mappingToSave(rows, 1, byHand, '2026-11-02');

describe('issue 19 §1: the column mapping of the last import, kept per agency and offered', () => {
  it('given an import, then it keeps the header row’s texts as the header search compares them, and the mapping without trailing ignored columns', () => {
    expect(saved).toEqual({
      headers: ['фио', 'иин', 'должность', 'категория', 'код', 'дата назначения'],
      headerRow: 1,
      mapping: ['fullName', 'iin', 'position', 'category', 'unit', 'appointedOn'],
      savedOn: '2026-11-02',
    });
    expect(headerSignature(['Ф.И.О.', 7, null, ''])).toEqual(['ф и о', '7']);
  });

  it('given a file with the same headers, then the saved mapping is offered on its header row', () => {
    const next: Cell[][] = [rows[0] ?? [], ['  фио ', 'ИИН', 'ДОЛЖНОСТЬ', 'Категория', 'Код', 'Дата назначения'], []];
    expect(offeredMapping(saved, next, findHeader(next))).toEqual(saved);
    // The same headers one row lower (a second title line): found where the header search finds them.
    const lower = [['Аппарат'], ...next];
    expect(offeredMapping(saved, lower, findHeader(lower))).toEqual({ ...saved, headerRow: 2 });
  });

  it('given other headers, no saved mapping, or a saved mapping the header search finds on its own, then nothing is offered', () => {
    const other: Cell[][] = [rows[0] ?? [], ['ФИО', 'ИИН', 'Должность', 'Категория', 'Отдел', 'Дата назначения']];
    expect(offeredMapping(saved, other, findHeader(other))).toBeUndefined();
    expect(offeredMapping(undefined, rows, findHeader(rows))).toBeUndefined();
    const found = findHeader(other);
    const same = mappingToSave(other, 1, found?.mapping ?? [], '2026-11-02');
    expect(offeredMapping(same, other, found)).toBeUndefined();
  });

  it('given a saved mapping that no longer identifies a person, then it is not offered', () => {
    const broken = { ...saved, mapping: [null, 'iin', 'position'] as const };
    expect(offeredMapping(broken, rows, findHeader(rows))).toBeUndefined();
  });
});
