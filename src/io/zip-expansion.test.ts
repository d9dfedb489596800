/**
 * The archive's real expansion, measured by inflating it; a small one handed on with its parts
 * stored as they expand, so the parser does not inflate them a second time (issue 21).
 */
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { ROSTER_LIMITS } from './limits';
import { KEEP_AT_MOST, measureZip } from './zip-expansion';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
const measured = (bytes: Uint8Array) => {
  const r = measureZip(bytes, { maxPartBytes: 200 * 1024 * 1024, maxUncompressedBytes: 300 * 1024 * 1024 });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const sizeOf = (files: Record<string, Uint8Array>) => Object.values(files).reduce((sum, f) => sum + f.length, 0);

describe('measureZip', () => {
  it.each(['roster-ru.xlsx', 'roster-ru.ods'])(
    '%s: the total is what its parts expand to, and the stored copy holds the same parts, in order',
    (name) => {
      const bytes = fixture(name);
      const { total, stored } = measured(bytes);
      const parts = unzipSync(bytes);
      expect(total).toBe(sizeOf(parts));
      expect(stored).toBeDefined();
      const again = unzipSync(stored ?? new Uint8Array());
      expect(Object.keys(again)).toEqual(Object.keys(parts));
      for (const [part, data] of Object.entries(parts)) expect(again[part]).toEqual(data);
    },
  );

  it('the stored copy reads as the workbook itself', () => {
    const bytes = fixture('roster-ru.xlsx');
    const rows = (data: Uint8Array) => {
      const wb = XLSX.read(data, { type: 'array', dense: true });
      return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0] ?? ''] as XLSX.WorkSheet, { header: 1 });
    };
    expect(rows(measured(bytes).stored ?? new Uint8Array())).toEqual(rows(bytes));
    expect(rows(bytes).length).toBeGreaterThan(4);
  });

  it('keeps nothing of an archive that expands to more than it keeps, and still measures it', () => {
    const bytes = fixture('roster-ru.xlsx');
    const total = sizeOf(unzipSync(bytes));
    expect(KEEP_AT_MOST).toBeGreaterThan(total);
    for (const keep of [total - 1, 100]) {
      const r = measureZip(bytes, ROSTER_LIMITS, undefined, keep);
      expect(r.ok && r.value.total).toBe(total);
      expect(r.ok && r.value.stored).toBeUndefined();
    }
    const r = measureZip(bytes, ROSTER_LIMITS, undefined, total);
    expect(r.ok && r.value.stored).toBeDefined();
  });

  it('keeps nothing of an archive with an encrypted part: the parser refuses it as before', () => {
    const bytes = zipSync({ 'a.xml': new TextEncoder().encode('<a/>') });
    // The encryption flag set in the central directory's entry (the first one at its offset).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const directory = view.getUint32(bytes.length - 22 + 16, true);
    view.setUint16(directory + 8, view.getUint16(directory + 8, true) | 1, true);
    const r = measureZip(bytes, ROSTER_LIMITS);
    expect(r.ok && r.value.total).toBe(4);
    expect(r.ok && r.value.stored).toBeUndefined();
  });
});
