/**
 * The shape every document is built into: a few named parts (a workbook's sheets, a print view's
 * sections in order), each a list of blocks — headings, lines of text, label/value fields, tables,
 * signature lines. A document module turns data and words into this; the one writer in `io/` makes
 * the `.xlsx` of it, and the print view renders the same blocks. Text stays text in both (a value
 * starting with "=" is never a formula).
 */

import type { ExplanationLine } from './explanation';

export type Cell = string | number | null;

export interface Signature {
  readonly role: string;
  /** Surname and initials; '' leaves the line to be written by hand. */
  readonly name: string;
  /** "Дата: 20.04.2026" where the form dates the signature. */
  readonly date?: string;
}

export type Block =
  | { readonly kind: 'heading'; readonly text: string; readonly level: 1 | 2 }
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly muted?: boolean;
      /** A bold lead-in ("Conclusion: …"); the workbook puts it in its own cell. */
      readonly label?: string;
    }
  | {
      readonly kind: 'fields';
      readonly rows: readonly { readonly label: string; readonly value: string; readonly note?: string }[];
    }
  | {
      readonly kind: 'table';
      readonly caption?: string;
      readonly columns: readonly string[];
      readonly rows: readonly (readonly Cell[])[];
      /** Column widths in characters (the workbook's). */
      readonly widths?: readonly number[];
      /** The first cell of each row heads it (a row header for screen readers). */
      readonly rowHeaders?: boolean;
      /** A dense table (a dossier's), not a form's. */
      readonly compact?: boolean;
    }
  | { readonly kind: 'signatures'; readonly rows: readonly Signature[] }
  /** The approval block at the form's top right («УТВЕРЖДАЮ», the authorised person, date, signature). */
  | { readonly kind: 'approval'; readonly lines: readonly string[] }
  /** A result's explanation (`explanation.ts`): the print view lists it, the workbook writes its lines. */
  | { readonly kind: 'explanation'; readonly title: string; readonly lines: readonly ExplanationLine[] };

export interface BlocksPart {
  /** The sheet's name in the workbook (at most 31 characters are kept). */
  readonly name: string;
  readonly blocks: readonly Block[];
}

/** A part that is a sheet of rows as they are (a consolidated table of ten thousand people). */
export interface RowsPart {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  /** Column widths in characters. */
  readonly widths?: readonly number[];
  /** Columns (0-based) whose numbers show two decimals. */
  readonly twoDecimals?: readonly number[];
}

export type DocumentPart = BlocksPart | RowsPart;

export interface DocumentModel {
  /** The envelope's type: what kind of document a workbook is (`bagalau-dossier`, …). */
  readonly type: string;
  readonly title: string;
  /** What the envelope records besides the type (agency, period, person…). */
  readonly envelope: Readonly<Record<string, string>>;
  readonly parts: readonly DocumentPart[];
  /** A file name without folder, before it is made safe for Windows shares. */
  readonly fileName: string;
}
