import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { findHeader, rowsToDrafts } from '../domain';
import { ROSTER_LIMITS } from './limits';
import { readWorkbook, zipUncompressedSize } from './read-workbook';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
const read = (name: string) => readWorkbook(fixture(name), ROSTER_LIMITS);

describe('reading rosters in every format HR uses', () => {
  it.each(['roster-ru.xlsx', 'roster-ru.xls', 'roster-ru.ods'])(
    '%s: finds the header under the title and reads four people',
    (name) => {
      const wb = read(name);
      if (!wb.ok) throw new Error(wb.error.code);
      const sheet = wb.value.sheets[0];
      const guess = sheet && findHeader(sheet.rows);
      expect(guess?.headerRow).toBe(2);
      const drafts = rowsToDrafts(sheet?.rows ?? [], guess?.headerRow ?? 0, guess?.mapping ?? [], sheet?.name ?? '');
      expect(drafts.map((d) => d.surname)).toEqual(['Сейітқали', 'Иванова', 'Ахметов', 'Омарова']);
      expect(drafts.map((d) => d.iin)).toEqual(['850312300449', '900101400023', '010203500296', '880705400010']);
      expect(drafts.map((d) => d.appointedOn)).toEqual(['2019-04-01', '2021-09-15', '2023-02-20', '2020-02-01']);
      expect(drafts.flatMap((d) => d.problems)).toEqual([]);
    },
  );

  it('reads a UTF-8 CSV with Kazakh letters and a BOM', () => {
    const wb = read('roster-kk.csv');
    if (!wb.ok) throw new Error(wb.error.code);
    const rows = wb.value.sheets[0]?.rows ?? [];
    expect(rows[1]?.slice(0, 4)).toEqual(['Жұмабаев', 'Ғалым', 'Бақытұлы', '880418300440']);
  });

  it('reads a Windows-1251 CSV with semicolons as Excel saves it in Russian', () => {
    const wb = read('roster-ru-1251.csv');
    if (!wb.ok) throw new Error(wb.error.code);
    expect(wb.value.sheets[0]?.rows[1]?.[0]).toBe('Петров Сергей Викторович');
  });
});

describe('bad and hostile files get one clear reason and nothing else', () => {
  it.each([
    ['not-a-spreadsheet.pdf', 'notSpreadsheet'],
    ['truncated.xlsx', 'corrupt'],
    ['zip-bomb.xlsx', 'expandsTooMuch'],
    ['encrypted.xlsx', 'encrypted'],
  ])('%s → %s', (name, code) => {
    const wb = read(name);
    expect(wb.ok ? 'read' : wb.error.code).toBe(code);
  });

  it('refuses an empty file and a file over the size limit before parsing', () => {
    expect(readWorkbook(new Uint8Array(), ROSTER_LIMITS)).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(readWorkbook(fixture('roster-ru.xlsx'), { ...ROSTER_LIMITS, maxBytes: 100 })).toMatchObject({
      ok: false,
      error: { code: 'tooLarge' },
    });
  });

  it('refuses a sheet over the row limit', () => {
    expect(readWorkbook(fixture('roster-ru.xlsx'), { ...ROSTER_LIMITS, maxRows: 3 })).toMatchObject({
      ok: false,
      error: { code: 'tooManyRows' },
    });
  });

  it('reads formulas as their cached values and text that looks like a formula as text; __proto__ is a plain name', () => {
    const wb = read('hostile.xlsx');
    if (!wb.ok) throw new Error(wb.error.code);
    // Its sheet named __proto__ is a sheet like any other (it used to be skipped, or read as "the file is empty").
    expect(wb.value.sheets.map((s) => s.name)).toEqual(['Лист1', '__proto__']);
    const sheet = wb.value.sheets[0];
    expect(sheet?.rows[0]?.[1]).toBe('__proto__');
    expect(sheet?.rows[1]?.[0]).toBe('=HYPERLINK("http://example.invalid","x")');
    expect(sheet?.rows[1]?.[1]).toBe(42);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('sums the uncompressed sizes a ZIP declares', () => {
    expect(zipUncompressedSize(fixture('roster-ru.xlsx'))).toBeGreaterThan(1000);
    expect(zipUncompressedSize(fixture('zip-bomb.xlsx'))).toBeGreaterThan(4_000_000_000);
  });
});

describe('a sheet named __proto__ (issue 19)', () => {
  it('is read as the roster it is, not reported as an empty file, and pollutes nothing', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['ФИО', 'Должность'],
        ['Ким Ольга', 'Специалист'],
      ]),
      '__proto__',
    );
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const read = readWorkbook(bytes, ROSTER_LIMITS);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.sheets.map((s) => [s.name, s.rows[1]?.[0]])).toEqual([['__proto__', 'Ким Ольга']]);
    expect(({} as Record<string, unknown>)['!ref']).toBeUndefined();
  });
});
