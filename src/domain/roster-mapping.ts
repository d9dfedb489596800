/**
 * The column mapping of an agency's last roster import, kept with the agency (issue 19 §1) and
 * offered — never applied silently — when a file with the same headers comes: HR's next month's
 * roster has the columns of the last one, and a column fixed by hand then need not be fixed again.
 */
import type { IsoDate } from './dates';
import { mappingIsUsable, normaliseHeader, type Cell, type ColumnMapping, type HeaderGuess } from './roster-headers';

export interface SavedRosterMapping {
  /** The header row's texts, normalised (`normaliseHeader`), without the empty cells at its end. */
  readonly headers: readonly string[];
  /** 0-based index of the header row. */
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  /** The day of the import it was used in. */
  readonly savedOn: IsoDate;
}

/** What a header row says, cell by cell, as compared with a saved mapping's headers. */
export function headerSignature(row: readonly Cell[]): string[] {
  const texts = row.map((c) => (c === null ? '' : normaliseHeader(String(c))));
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return texts;
}

/** A mapping without the ignored columns at its end: two mappings that differ only there are one. */
const trimmed = (mapping: ColumnMapping): ColumnMapping => {
  const out = [...mapping];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
};

const sameMapping = (a: ColumnMapping, b: ColumnMapping): boolean => {
  const x = trimmed(a);
  const y = trimmed(b);
  return x.length === y.length && x.every((f, i) => f === y[i]);
};

/**
 * The mapping an import keeps for the agency's next file.
 * @example mappingToSave(rows, 2, ['fullName', null, 'unit'], '2026-12-02').headers → ['т а ә', '№', 'бөлім']
 */
export function mappingToSave(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  mapping: ColumnMapping,
  savedOn: IsoDate,
): SavedRosterMapping {
  return { headers: headerSignature(rows[headerRow] ?? []), headerRow, mapping: trimmed(mapping), savedOn };
}

/**
 * The saved mapping to offer for a sheet: when its header row — the saved one's row, or the row the
 * header search found — has the same headers, and the saved mapping is not what the search gives on
 * its own (then there is nothing to offer). `undefined` otherwise.
 * @example offeredMapping(saved, rows, findHeader(rows)) → { headerRow: 2, mapping: [...], savedOn: '2026-11-02' }
 */
export function offeredMapping(
  saved: SavedRosterMapping | undefined,
  rows: readonly (readonly Cell[])[],
  guess: HeaderGuess | undefined,
): SavedRosterMapping | undefined {
  if (!saved || !mappingIsUsable(saved.mapping) || saved.headers.length === 0) return undefined;
  const same = (row: number) => {
    const texts = headerSignature(rows[row] ?? []);
    return texts.length === saved.headers.length && texts.every((t, i) => t === saved.headers[i]);
  };
  const headerRow = [saved.headerRow, ...(guess ? [guess.headerRow] : [])].find(same);
  if (headerRow === undefined) return undefined;
  if (guess && guess.headerRow === headerRow && sameMapping(guess.mapping, saved.mapping)) return undefined;
  return { ...saved, headerRow };
}
