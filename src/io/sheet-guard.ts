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
import * as XLSX from 'xlsx';
import type { ColumnCheck } from '../documents/unit-workbook';
import { excelSerial } from '../domain/dates';

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
const ref = (r: number, c: number): string => XLSX.utils.encode_cell({ r, c });
/** The blocks as a space-separated list of ranges ("F5:G6 F8"). */
const sqref = (blocks: readonly CellBlock[]): string =>
  blocks.map((b) => XLSX.utils.encode_range({ s: { r: b.top, c: b.left }, e: { r: b.bottom, c: b.right } })).join(' ');
const columnIndex = (letters: string): number => XLSX.utils.decode_col(letters);

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
  // The list's words in quotes, comma-separated (a word has no comma or quote of its own).
  if (rule.kind === 'list')
    return `<dataValidation type="list" ${common}><formula1>${escapeXml(`"${rule.values.join(',')}"`)}</formula1></dataValidation>`;
  // A date between two date serials (the 1900 system), both included.
  const [min, max] = rule.kind === 'date' ? [excelSerial(rule.start), excelSerial(rule.end)] : [rule.min, rule.max];
  return `<dataValidation type="${rule.kind}" operator="between" ${common}><formula1>${min}</formula1><formula2>${max}</formula2></dataValidation>`;
}

/** The first element CT_Worksheet places after `dataValidations`, or the end. */
const AFTER_VALIDATIONS =
  /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** What a guarded sheet gets: its view, its validations (XML as CT_Worksheet has them) and its unlocked cells. */
interface SheetPlan {
  readonly view: string;
  readonly validations: string;
  /** The editable columns of each row that has some. */
  readonly editable: ReadonlyMap<number, readonly number[]>;
}

/** Blocks as the editable columns by row. */
function byRow(blocks: readonly CellBlock[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const b of blocks)
    for (let r = b.top; r <= b.bottom; r++) {
      const columns = out.get(r) ?? [];
      for (let c = b.left; c <= b.right; c++) if (!columns.includes(c)) columns.push(c);
      out.set(r, columns);
    }
  return out;
}

function planOf(guard: SheetGuard): SheetPlan {
  const { rows, columns } = guard.freeze;
  const topLeft = ref(rows, columns);
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const view =
    rows > 0 || columns > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const validations =
    guard.rules.length > 0
      ? `<dataValidations count="${guard.rules.length}">${guard.rules.map((x) => validation(x.blocks, x.rule)).join('')}</dataValidations>`
      : '';
  return { view, validations, editable: byRow(guard.editable) };
}

function guardSheet(xml: string, plan: SheetPlan, unlocked: (style: number) => number): string {
  const { view } = plan;
  let out = xml.replace(/<sheetViews>[\s\S]*?<\/sheetViews>|<sheetViews\/>/, '');
  out = out.replace(/(<dimension\b[^>]*\/>)/, `$1${view}`);
  if (!out.includes('<sheetViews>')) throw new Error('sheet without dimension');
  // Every editable cell written, unlocked; other cells keep their (locked) style.
  const written = new Set<number>();
  out = out.replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (_row, rowNumber: string, attrs: string, body: string) => {
    const r = Number(rowNumber) - 1;
    written.add(r);
    const open = plan.editable.get(r) ?? [];
    const cells = [...body.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(\/>|>[\s\S]*?<\/c>)/g)].map((m) => {
      const c = columnIndex(m[1] ?? '');
      if (!open.includes(c)) return { c, xml: m[0] };
      const rest = m[2] ?? '';
      const style = Number(/\bs="(\d+)"/.exec(rest)?.[1] ?? 0);
      const others = rest.replace(/\s*\bs="\d+"/, '');
      return { c, xml: `<c r="${ref(r, c)}" s="${unlocked(style)}"${others}${m[3] ?? ''}` };
    });
    const present = new Set(cells.map((x) => x.c));
    for (const c of open) if (!present.has(c)) cells.push({ c, xml: `<c r="${ref(r, c)}" s="${unlocked(0)}"/>` });
    cells.sort((a, b) => a.c - b.c);
    return `<row r="${rowNumber}"${attrs}>${cells.map((x) => x.xml).join('')}</row>`;
  });
  for (const r of plan.editable.keys()) if (!written.has(r)) throw new Error(`editable row ${r + 1} not written`);
  const protection = '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>';
  out = out.replace(/<sheetProtection\b[^>]*\/>/, '');
  out = out.replace(/(<\/sheetData>|<sheetData\/>)/, `$1${protection}`);
  out = out.replace(/<dataValidations\b[\s\S]*?<\/dataValidations>/, '');
  if (plan.validations !== '') out = out.replace(AFTER_VALIDATIONS, (m) => `${plan.validations}${m}`);
  return out;
}

/** The cell styles of a workbook's `styles.xml`: the text and each `xf` of `cellXfs`. */
function cellStyles(files: Readonly<Record<string, Uint8Array>>) {
  const stylesXml = strFromU8(files['xl/styles.xml'] ?? new Uint8Array());
  const xfs = /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  if (!xfs) throw new Error('styles without cellXfs');
  return { stylesXml, xfs, existing: [...(xfs[1] ?? '').matchAll(/<xf\b([^>]*?)\s*(\/>|>[\s\S]*?<\/xf>)/g)] };
}

/** The workbook with each guarded sheet frozen, protected and validated; other parts as they were. */
export function guardWorkbook(bytes: Uint8Array, guards: readonly SheetGuard[]): Uint8Array {
  return applyPlans(bytes, new Map(guards.map((g) => [g.sheet, planOf(g)])));
}

/**
 * `rewritten` (the same workbook written again by SheetJS, which reads none of the guards) with the
 * guards `original` had: each protected sheet's view, validations and unlocked cells. Attributes of
 * other namespaces (Excel's `xr:uid`) are left out, as the rewritten sheet does not declare them. A
 * received file whose guards cannot be read (another program's parts) is saved without them.
 */
export function keepGuards(original: Uint8Array, rewritten: Uint8Array): Uint8Array {
  const plain = (xml: string | undefined) =>
    xml?.replace(/<[^>]+>/g, (tag) => tag.replace(/\s[A-Za-z][\w.-]*:[\w.-]+="[^"]*"/g, ''));
  try {
    const files = unzipSync(original);
    const { existing } = cellStyles(files);
    const open = new Set(existing.flatMap((m, i) => (m[0].includes('locked="0"') ? [i] : [])));
    const plans = new Map<string, SheetPlan>();
    for (const [name, part] of sheetParts(files)) {
      const xml = strFromU8(files[part] ?? new Uint8Array());
      if (!xml.includes('<sheetProtection')) continue;
      const editable = new Map<number, number[]>();
      for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>)/g)) {
        if (!open.has(Number(/\bs="(\d+)"/.exec(m[3] ?? '')?.[1] ?? 0))) continue;
        const r = Number(m[2]) - 1;
        editable.set(r, [...(editable.get(r) ?? []), columnIndex(m[1] ?? '')]);
      }
      plans.set(name, {
        view:
          plain(/<sheetViews>[\s\S]*?<\/sheetViews>/.exec(xml)?.[0]) ??
          '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
        validations: plain(/<dataValidations\b[\s\S]*?<\/dataValidations>/.exec(xml)?.[0]) ?? '',
        editable,
      });
    }
    return applyPlans(rewritten, plans);
  } catch {
    return rewritten;
  }
}

function applyPlans(bytes: Uint8Array, plans: ReadonlyMap<string, SheetPlan>): Uint8Array {
  if (plans.size === 0) return bytes;
  const files = unzipSync(bytes);
  const parts = sheetParts(files);
  const { stylesXml, xfs, existing } = cellStyles(files);
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
  for (const [sheet, plan] of plans) {
    const part = parts.get(sheet);
    const xml = part ? files[part] : undefined;
    if (!part || !xml) throw new Error(`no sheet part for ${sheet}`);
    edited.set(part, guardSheet(strFromU8(xml), plan, unlocked));
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
