/**
 * Documents as workbooks: the appeal dossier, the calibration and Commission protocols (issue 7) and
 * the consolidated results (issue 5), each a few sheets of rows with the `_meta` envelope naming the
 * document. Text is written as text — a value starting with "=", "+", "-" or "@" never becomes a
 * formula — and numbers as numbers. A document carries only what its addressee may see: the caller
 * builds the rows.
 */
import * as XLSX from 'xlsx';
import type { Block, DocumentModel } from '../documents/model';
import { appendEnvelope, workbookBytes, type Envelope } from './envelope';
import type { DocumentType } from './workbook-kinds';

export type { DocumentType };

export interface TextSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Column widths in characters. */
  readonly widths?: readonly number[];
  /** Columns (0-based) whose numbers show two decimals. */
  readonly twoDecimals?: readonly number[];
}

const asText = (sheet: TextSheet): XLSX.WorkSheet => {
  // Dense: ten thousand rows are written markedly faster than as one object keyed by address.
  const ws = XLSX.utils.aoa_to_sheet(sheet.rows as (string | number | null)[][], { dense: true });
  // aoa_to_sheet makes text cells and number cells only — never a formula, whatever the text starts
  // with (a unit test holds it to that); number formats go on the columns that ask for them.
  const data = (ws as unknown as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
  for (const c of sheet.twoDecimals ?? []) {
    for (const row of data) {
      const cell = row[c];
      if (cell?.t === 'n') cell.z = '0.00';
    }
  }
  ws['!cols'] = (sheet.widths ?? [24, 36, 80]).map((wch) => ({ wch }));
  return ws;
};

export function writeDocument(type: DocumentType, sheets: readonly TextSheet[], envelope: Envelope): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const sheet of sheets)
    XLSX.utils.book_append_sheet(wb, asText(sheet), sheet.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
  appendEnvelope(wb, { type, formatVersion: 1, ...envelope });
  return workbookBytes(wb);
}

/** A document's blocks as the rows of its sheet (`documents/model.ts`): the one layout of every document workbook. */
export function partRows(blocks: readonly Block[]): { rows: (string | number | null)[][]; widths: number[] } {
  const rows: (string | number | null)[][] = [];
  let widths: number[] = [];
  const space = () => {
    if (rows.length > 0) rows.push([]);
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        space();
        rows.push([b.text]);
        break;
      case 'text':
        if (b.label) {
          space();
          rows.push([b.label, b.text]);
        } else rows.push([b.text]);
        break;
      case 'fields':
        for (const f of b.rows) rows.push(f.note ? [f.label, f.value, f.note] : [f.label, f.value]);
        break;
      case 'table':
        space();
        if (b.caption) rows.push([b.caption]);
        rows.push([...b.columns]);
        for (const r of b.rows) rows.push([...r]);
        if (b.widths && b.widths.length > widths.length) widths = [...b.widths];
        break;
      case 'signatures':
        for (const s of b.rows) rows.push([s.role, s.name, '', s.date ?? '']);
        break;
      case 'approval':
        for (const line of b.lines) rows.push(['', '', line]);
        break;
      case 'explanation':
        space();
        rows.push([b.title]);
        for (const l of b.lines) rows.push([l.label, l.value]);
        break;
    }
  }
  return { rows, widths: widths.length > 0 ? widths : [36, 60, 40] };
}

/** The `.xlsx` of a document: a sheet per part, text as text, and the envelope naming the document. */
export function writeDocumentModel(doc: DocumentModel): Uint8Array {
  return writeDocument(
    doc.type as DocumentType,
    doc.parts.map((p) => ('blocks' in p ? { name: p.name, ...partRows(p.blocks) } : p)),
    doc.envelope,
  );
}
