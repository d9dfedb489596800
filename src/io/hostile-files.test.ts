/**
 * Issue 20 §3: limits on what a file really is, not on what it declares — at every import point,
 * which all share the one reader. Fixtures are made at test time (test/support/zip-craft.ts).
 */
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { bombData, craftZip, rezip, withDimension, type CraftedPart } from '../../test/support/zip-craft';
import { readBackupFile } from './backup-file';
import { ROSTER_LIMITS } from './limits';
import { readQuestionnaire } from './questionnaire-workbook';
import { readWorkbook } from './read-workbook';
import { readUnitWorkbook } from './unit-workbook';

const roster = new Uint8Array(readFileSync(new URL('../../test/fixtures/roster-ru.xlsx', import.meta.url)));
const MB = 1024 * 1024;

/** The roster with a shared-strings part of `megabytes` MB of XML, declaring `declared` bytes. */
const bombed = (data: Uint8Array, declared: number) =>
  rezip(roster, (parts) => ({
    ...parts,
    'xl/sharedStrings.xml': { name: 'xl/sharedStrings.xml', data, method: 8, declaredSize: declared } satisfies CraftedPart,
  }));

const importPoints: [string, (bytes: Uint8Array) => unknown][] = [
  ['the roster import', (b) => readWorkbook(b, ROSTER_LIMITS)],
  ['a returned unit workbook (and evaluator mode)', (b) => readUnitWorkbook(b, 'unit.xlsx')],
  ['a backup to restore', (b) => readBackupFile(b)],
  ['a returned 360 questionnaire', (b) => readQuestionnaire(b, 'q.xlsx', { min: 1, max: 5 })],
];

describe('zip bombs cost seconds and megabytes, never the tab (issue 20 §3)', () => {
  let bomb400: Uint8Array;
  beforeAll(() => {
    bomb400 = bombData(400);
  }, 60_000); // making the 400 MB stream once per machine (then cached) is the fixture, not the test

  it.each(importPoints)(
    '%s refuses a part that declares 0 bytes and expands to 400 MB, in under 5 s and 500 MB',
    (_name, read) => {
      const file = bombed(bomb400, 0);
      expect(file.length).toBeLessThan(2 * MB);
      const heapBefore = process.memoryUsage();
      const started = performance.now();
      const result = read(file);
      const seconds = (performance.now() - started) / 1000;
      const heapAfter = process.memoryUsage();
      expect(JSON.stringify(result)).toContain('expandsTooMuch');
      expect(seconds).toBeLessThan(5);
      expect(heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers).toBeLessThan(500 * MB);
    },
  );

  it.each(importPoints)('%s refuses an honestly declared 400 MB part at once', (_name, read) => {
    const started = performance.now();
    expect(JSON.stringify(read(bombed(bomb400, 400 * MB)))).toContain('expandsTooMuch');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('says how small the file is and how far it expanded, not "larger than 20 MB"', () => {
    const result = readWorkbook(bombed(bomb400, 0), ROSTER_LIMITS);
    expect(result).toMatchObject({ ok: false, error: { code: 'expandsTooMuch', params: { max: 80 } } });
    if (!result.ok) expect(Number(result.error.params?.['size'])).toBeLessThan(2048);
  });

  it('a part whose stored data is cut short, or whose directory points outside the file, is damaged', () => {
    const data = bombData(1).subarray(0, 100);
    expect(readWorkbook(bombed(data, 0), ROSTER_LIMITS)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    const broken = craftZip([{ name: 'a.xml', data: new Uint8Array(10), method: 8, declaredSize: 0 }]);
    broken[broken.length - 6] = 0xff; // the directory's offset now points past the end
    expect(readWorkbook(broken, ROSTER_LIMITS)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
  });

  it('an honest roster passes the measure', () => {
    expect(readWorkbook(roster, ROSTER_LIMITS).ok).toBe(true);
  });
});

describe('cells are read wherever they are, whatever <dimension> says (issue 20 §3)', () => {
  const sheet = (rows: number, columns: number) => {
    const wb = XLSX.utils.book_new();
    const aoa = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => (r === 0 ? `H${c}` : r * 10 + c)),
    );
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Лист1');
    return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  };

  it('a dimension ten rows long over 40 rows reads all 40', () => {
    const read = readWorkbook(withDimension(sheet(40, 5), 'xl/worksheets/sheet1.xml', 'A1:E10'), ROSTER_LIMITS);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.sheets[0]?.rows).toHaveLength(40);
    expect(read.value.sheets[0]?.rows[39]?.[4]).toBe(394);
  });

  it('a dimension one column short drops no column', () => {
    const read = readWorkbook(withDimension(sheet(6, 8), 'xl/worksheets/sheet1.xml', 'A1:G6'), ROSTER_LIMITS);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.sheets[0]?.rows.map((r) => r.length)).toEqual([8, 8, 8, 8, 8, 8]);
    expect(read.value.sheets[0]?.rows[5]?.[7]).toBe(57);
  });

  it('a sheet claiming A1:E10 over more rows than the limit is refused, not read as 9 rows', () => {
    const read = readWorkbook(withDimension(sheet(60, 3), 'xl/worksheets/sheet1.xml', 'A1:C10'), {
      ...ROSTER_LIMITS,
      maxRows: 50,
    });
    expect(read).toMatchObject({ ok: false, error: { code: 'tooManyRows' } });
  });

  it('rows keep their sheet numbers when the first rows are empty (a dimension starting at B3)', () => {
    const wb = XLSX.utils.book_new();
    const ws = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(ws, [['x', 'y']], { origin: 'B3' });
    XLSX.utils.book_append_sheet(wb, ws, 'Лист1');
    const read = readWorkbook(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), ROSTER_LIMITS);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.sheets[0]?.rows[2]).toEqual([null, 'x', 'y']);
  });

  it('a sheet name megabytes long is quoted short in the row-limit message', () => {
    const name = 'Л'.repeat(31);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[1], [2], [3], [4]]), name);
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const long = rezip(bytes, (parts) => {
      const xml = new TextDecoder().decode(parts['xl/workbook.xml']).replace(name, 'Л'.repeat(100_000));
      return { ...parts, 'xl/workbook.xml': new TextEncoder().encode(xml) };
    });
    const read = readWorkbook(long, { ...ROSTER_LIMITS, maxRows: 2 });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(String(read.error.params?.['sheet']).length).toBeLessThanOrEqual(41);
  });
});
