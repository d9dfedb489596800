/**
 * A real spreadsheet program in the loop (issue 5): LibreOffice, headless, opens a workbook and saves
 * it again as .xlsx — so the tests know that an Excel-family program keeps our hidden `_meta` sheet,
 * the hidden id column and the cell values. Plus small edits of a workbook's cells, as a user makes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import * as XLSX from 'xlsx';
import { editWorkbookBytes } from '../support/workbook-edit';
// @ts-expect-error — plain JS helper shared with the Node tools
import { findSoffice } from '../tools/soffice.mjs';

/** Opens `file` in LibreOffice and saves it as .xlsx in a new folder; returns the new file's path. */
export function resaveWithLibreOffice(file: string): string {
  return convertWithLibreOffice(file, 'xlsx:Calc MS Excel 2007 XML');
}

/**
 * Opens `file` in LibreOffice, headless (read with `infilter` when given, e.g. `CSV:9,34,76` for
 * tab-separated UTF-8), and saves it with the export filter `to` in a new folder; returns the new
 * file's path.
 */
export function convertWithLibreOffice(file: string, to: string, infilter?: string): string {
  const soffice = findSoffice() as string | undefined;
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed; npm test installs it on Debian as root');
  const out = mkdtempSync(join(tmpdir(), 'bagalau-lo-'));
  const profile = mkdtempSync(join(tmpdir(), 'bagalau-lo-profile-'));
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      to,
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--outdir',
      out,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  // LibreOffice names the file after the input, with the export format's extension.
  return join(out, `${basename(file, extname(file))}.${to.split(':')[0] ?? ''}`);
}

/** Writes a copy of `file` with some cells of `sheet` set (numbers, text, or null to clear) and the `_meta` rows optionally rewritten. */
export function editWorkbook(
  file: string,
  target: string,
  sheet: string,
  cells: Record<string, string | number | null>,
  meta?: (rows: unknown[][]) => unknown[][],
): string {
  writeFileSync(target, editWorkbookBytes(readFileSync(file), sheet, cells, meta));
  return target;
}

/** The `_meta` rows of a workbook file, as key → value. */
export function metaOf(file: string): Record<string, unknown> {
  const wb = XLSX.read(readFileSync(file), { type: 'buffer' });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['_meta'] as XLSX.WorkSheet, { header: 1 });
  return Object.fromEntries(rows.map((r) => [String(r[0]), r[1]]));
}

/** A cell of a flat ODS sheet as LibreOffice holds it: protected or not (its style, or its column's), its validation, its text. */
export interface OdsCell {
  readonly protected: boolean;
  readonly validation: string | undefined;
  readonly text: string;
}

/**
 * The first `width` columns of each row of `sheet` in a flat ODS (`.fods`) LibreOffice wrote: a cell
 * without a style of its own has its column's default style; a style unprotects with `cell-protect="none"`.
 */
export function odsCells(fods: string, sheet: string, width: number): OdsCell[][] {
  const open = new Set(
    [...fods.matchAll(/<style:style style:name="([^"]+)"[^>]*>((?:(?!<\/style:style>)[\s\S])*)<\/style:style>/g)]
      .filter((m) => (m[2] ?? '').includes('style:cell-protect="none"'))
      .map((m) => m[1]),
  );
  const from = fods.indexOf(`<table:table table:name="${sheet}"`);
  if (from < 0) throw new Error(`no sheet ${sheet}`);
  const table = fods.slice(from, fods.indexOf('</table:table>', from));
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
  const repeat = (tag: string) => Math.min(Number(attr(tag, 'table:number-columns-repeated') ?? 1), width);
  const columns = [...table.matchAll(/<table:table-column\b[^>]*>/g)].flatMap((m) =>
    Array.from({ length: repeat(m[0]) }, () => attr(m[0], 'table:default-cell-style-name')),
  );
  return [...table.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((row) => {
    const cells: OdsCell[] = [];
    for (const m of (row[1] ?? '').matchAll(
      /<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g,
    )) {
      const tag = m[1] ?? '';
      for (let i = 0; i < repeat(tag) && cells.length < width; i++) {
        const style = attr(tag, 'table:style-name') ?? columns[cells.length];
        cells.push({
          protected: !open.has(style ?? ''),
          validation: attr(tag, 'table:content-validation-name'),
          text: (m[2] ?? '').replace(/<[^>]+>/g, '').trim(),
        });
      }
    }
    return cells;
  });
}
