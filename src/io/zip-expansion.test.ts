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

  it('keeps nothing of an archive that, with the copy’s headers, expands to more than it keeps; it still measures it', () => {
    const bytes = fixture('roster-ru.xlsx');
    const total = sizeOf(unzipSync(bytes));
    const copy = measured(bytes).stored?.length ?? 0;
    expect(copy).toBeGreaterThan(total);
    expect(KEEP_AT_MOST).toBeGreaterThan(copy);
    for (const keep of [copy - 1, total, 100]) {
      const r = measureZip(bytes, ROSTER_LIMITS, undefined, keep);
      expect(r.ok && r.value.total).toBe(total);
      expect(r.ok && r.value.stored).toBeUndefined();
    }
    const r = measureZip(bytes, ROSTER_LIMITS, undefined, copy);
    expect(r.ok && r.value.stored?.length).toBe(copy);
  });

  it('keeps nothing of an archive whose part names are longer than a workbook’s', () => {
    const r = measureZip(zipSync({ [`${'x'.repeat(2000)}.xml`]: new Uint8Array(10) }), ROSTER_LIMITS);
    expect(r.ok && r.value.total).toBe(10);
    expect(r.ok && r.value.stored).toBeUndefined();
  });

  it('refuses an archive with an encrypted part, flagged in its directory or its local header alone', () => {
    for (const at of ['directory', 'local'] as const) {
      const bytes = zipSync({ 'a.xml': new TextEncoder().encode('<a/>') });
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const directory = view.getUint32(bytes.length - 22 + 16, true);
      const flags = at === 'directory' ? directory + 8 : 6;
      view.setUint16(flags, view.getUint16(flags, true) | 1, true);
      expect(measureZip(bytes, ROSTER_LIMITS)).toEqual({ ok: false, error: { code: 'encrypted' } });
    }
  });

  it('refuses as corrupt an archive whose local header and directory disagree on a part, or whose record counts differ', () => {
    const fresh = () => zipSync({ 'a.xml': new TextEncoder().encode('<a/>'.repeat(100)) });
    const edit = (change: (view: DataView, directory: number, end: number) => void) => {
      const bytes = fresh();
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const end = bytes.length - 22;
      change(view, view.getUint32(end + 16, true), end);
      return measureZip(bytes, ROSTER_LIMITS);
    };
    expect(measureZip(fresh(), ROSTER_LIMITS).ok).toBe(true);
    // The local header's method stored, the directory's deflated: the parser would read it otherwise.
    expect(edit((view) => view.setUint16(8, 0, true))).toEqual({ ok: false, error: { code: 'corrupt' } });
    // The local header's compressed size larger than the directory's.
    expect(edit((view) => view.setUint32(18, view.getUint32(18, true) + 1000, true))).toEqual({
      ok: false,
      error: { code: 'corrupt' },
    });
    // The entries of this disk and in all told apart (the parser counts the first).
    expect(edit((view, _d, end) => view.setUint16(end + 8, 2, true))).toEqual({ ok: false, error: { code: 'corrupt' } });
  });
});
