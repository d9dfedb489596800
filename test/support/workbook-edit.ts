/** Edits a workbook as a user in a spreadsheet program would: cells set or cleared, `_meta` rows rewritten. Shared by unit and e2e tests. */
import * as XLSX from 'xlsx';

export function editWorkbookBytes(
  bytes: Uint8Array,
  sheet: string,
  cells: Record<string, string | number | null>,
  meta?: (rows: unknown[][]) => unknown[][],
): Uint8Array {
  const wb = XLSX.read(bytes, { type: 'array', cellStyles: true });
  const ws = wb.Sheets[sheet] as XLSX.WorkSheet;
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  for (const [ref, v] of Object.entries(cells)) {
    ws[ref] = v === null ? { t: 'z' } : typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
    range.e.r = Math.max(range.e.r, XLSX.utils.decode_cell(ref).r);
  }
  ws['!ref'] = XLSX.utils.encode_range(range);
  if (meta)
    wb.Sheets['_meta'] = XLSX.utils.aoa_to_sheet(
      meta(XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['_meta'] as XLSX.WorkSheet, { header: 1 })),
    );
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
