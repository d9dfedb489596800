/**
 * What SheetJS CE does not write (issue 19 §3): a frozen pane, sheet protection with the cells a
 * user may edit unlocked, and data validation on those cells — added to the OOXML parts SheetJS
 * wrote, with fflate (unzip, edit the sheet and style parts, zip again). Each element goes where
 * CT_Worksheet puts it (ECMA-376 Part 1, 18.3.1.99): `sheetViews` after `dimension`,
 * `sheetProtection` after `sheetData`, `dataValidations` after `mergeCells` (and before
 * `hyperlinks`, `pageMargins`, `ignoredErrors` …); the unlocked style is a copy of the cell's own
 * style (its number format kept) with `<protection locked="0"/>`. No password: the protection
 * guards against a slip, the import's fingerprints against the rest.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ColumnCheck } from '../documents/unit-workbook';
import { excelSerial } from '../domain/dates';
import { columnLetter } from '../domain/problems';

/** A rectangle of cells, 0-based and inclusive. */
export interface CellBlock {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGuard {
  readonly sheet: string;
  /** The rows above and the columns left of the first cell that scrolls. */
  readonly freeze: { readonly rows: number; readonly columns: number };
  /** The cells a user may edit (unlocked, each written even when empty); every other cell stays locked. */
  readonly editable: readonly CellBlock[];
  /** Each check with the cells it covers; the program refuses anything else with the check's title and message. */
  readonly rules: readonly { readonly blocks: readonly CellBlock[]; readonly rule: ColumnCheck }[];
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(x?)([0-9a-fA-F]+);/g, (_m, hex: string, n: string) => String.fromCodePoint(parseInt(n, hex ? 16 : 10)))
    .replace(/&amp;/g, '&');
const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ref = (r: number, c: number): string => `${columnLetter(c)}${r + 1}`;
const sqref = (blocks: readonly CellBlock[]): string =>
  blocks
    .map((b) =>
      b.top === b.bottom && b.left === b.right ? ref(b.top, b.left) : `${ref(b.top, b.left)}:${ref(b.bottom, b.right)}`,
    )
    .join(' ');
const inBlocks = (blocks: readonly CellBlock[], r: number, c: number): boolean =>
  blocks.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
const columnIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The worksheet part of each sheet, by name (workbook.xml and its relationships). */
function sheetParts(files: Readonly<Record<string, Uint8Array>>): Map<string, string> {
  const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1] ?? '')?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[1] ?? '')?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1] ?? '')?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[1] ?? '')?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) out.set(unescapeXml(name), target);
  }
  return out;
}

/** The validation of one rule; a decimal's places are checked with ROUND, as no built-in type does. */
function validation(blocks: readonly CellBlock[], rule: ColumnCheck): string {
  const first = blocks[0];
  if (!first) return '';
  const at = ref(first.top, first.left);
  const common = `allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="${escapeXml(rule.title)}" error="${escapeXml(rule.message)}" sqref="${sqref(blocks)}"`;
  if (rule.kind === 'decimal')
    return `<dataValidation type="custom" ${common}><formula1>${escapeXml(
      `AND(ISNUMBER(${at}),${at}>=${rule.min},${at}<=${rule.max},ROUND(${at},${rule.decimals})=${at})`,
    )}</formula1></dataValidation>`;
  // A date between two date serials (the 1900 system), both included.
  const [min, max] = rule.kind === 'date' ? [excelSerial(rule.start), excelSerial(rule.end)] : [rule.min, rule.max];
  return `<dataValidation type="${rule.kind}" operator="between" ${common}><formula1>${min}</formula1><formula2>${max}</formula2></dataValidation>`;
}

/** The first element CT_Worksheet places after `dataValidations`, or the end. */
const AFTER_VALIDATIONS =
  /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

function guardSheet(xml: string, guard: SheetGuard, unlocked: (style: number) => number): string {
  const { rows, columns } = guard.freeze;
  const topLeft = ref(rows, columns);
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const view =
    rows > 0 || columns > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  let out = xml.replace(/<sheetViews>[\s\S]*?<\/sheetViews>|<sheetViews\/>/, '');
  out = out.replace(/(<dimension\b[^>]*\/>)/, `$1${view}`);
  if (!out.includes('<sheetViews>')) throw new Error('sheet without dimension');
  // Every editable cell written, unlocked; other cells keep their (locked) style.
  const written = new Set<number>();
  out = out.replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (_row, rowNumber: string, attrs: string, body: string) => {
    const r = Number(rowNumber) - 1;
    written.add(r);
    const cells = [...body.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(\/>|>[\s\S]*?<\/c>)/g)].map((m) => {
      const c = columnIndex(m[1] ?? '');
      if (!inBlocks(guard.editable, r, c)) return { c, xml: m[0] };
      const rest = m[2] ?? '';
      const style = Number(/\bs="(\d+)"/.exec(rest)?.[1] ?? 0);
      const others = rest.replace(/\s*\bs="\d+"/, '');
      return { c, xml: `<c r="${ref(r, c)}" s="${unlocked(style)}"${others}${m[3] ?? ''}` };
    });
    const present = new Set(cells.map((x) => x.c));
    for (const b of guard.editable)
      if (r >= b.top && r <= b.bottom)
        for (let c = b.left; c <= b.right; c++)
          if (!present.has(c)) cells.push({ c, xml: `<c r="${ref(r, c)}" s="${unlocked(0)}"/>` });
    cells.sort((a, b) => a.c - b.c);
    return `<row r="${rowNumber}"${attrs}>${cells.map((x) => x.xml).join('')}</row>`;
  });
  for (const b of guard.editable)
    for (let r = b.top; r <= b.bottom; r++) if (!written.has(r)) throw new Error(`editable row ${r + 1} not written`);
  const protection = '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>';
  out = out.replace(/<sheetProtection\b[^>]*\/>/, '');
  out = out.replace(/(<\/sheetData>|<sheetData\/>)/, `$1${protection}`);
  if (guard.rules.length > 0) {
    const list = `<dataValidations count="${guard.rules.length}">${guard.rules.map((x) => validation(x.blocks, x.rule)).join('')}</dataValidations>`;
    out = out.replace(AFTER_VALIDATIONS, (m) => `${list}${m}`);
  }
  return out;
}

/** The workbook with each guarded sheet frozen, protected and validated; other parts as they were. */
export function guardWorkbook(bytes: Uint8Array, guards: readonly SheetGuard[]): Uint8Array {
  if (guards.length === 0) return bytes;
  const files = unzipSync(bytes);
  const parts = sheetParts(files);
  const stylesXml = strFromU8(files['xl/styles.xml'] ?? new Uint8Array());
  const xfs = /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  if (!xfs) throw new Error('styles without cellXfs');
  const existing = [...(xfs[1] ?? '').matchAll(/<xf\b([^>]*?)\s*(\/>|>[\s\S]*?<\/xf>)/g)];
  const added: string[] = [];
  const copies = new Map<number, number>();
  const unlocked = (style: number): number => {
    const known = copies.get(style);
    if (known !== undefined) return known;
    const attrs = (existing[style]?.[1] ?? ' numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"').replace(
      /\s*\bapplyProtection="\d"/,
      '',
    );
    const index = existing.length + added.length;
    added.push(`<xf${attrs} applyProtection="1"><protection locked="0"/></xf>`);
    copies.set(style, index);
    return index;
  };
  const out: Zippable = {};
  const edited = new Map<string, string>();
  for (const guard of guards) {
    const part = parts.get(guard.sheet);
    const xml = part ? files[part] : undefined;
    if (!part || !xml) throw new Error(`no sheet part for ${guard.sheet}`);
    edited.set(part, guardSheet(strFromU8(xml), guard, unlocked));
  }
  const styles = stylesXml.replace(
    xfs[0],
    `<cellXfs count="${existing.length + added.length}">${xfs[1] ?? ''}${added.join('')}</cellXfs>`,
  );
  for (const [name, data] of Object.entries(files)) {
    const text = edited.get(name) ?? (name === 'xl/styles.xml' ? styles : undefined);
    out[name] = text === undefined ? data : strToU8(text);
  }
  return zipSync(out, { level: 6 });
}
