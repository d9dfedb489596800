/**
 * Clipboard text from Excel or LibreOffice: tab-separated cells, rows ending in CRLF or LF, cells
 * with tabs, newlines or quotes wrapped in double quotes (a doubled quote inside is one quote). The
 * trailing line break Excel adds is not a row; empty cells stay as empty strings.
 * @example parseClipboard('4,5\t4\r\n3\t"a ""b"""\r\n') → [['4,5', '4'], ['3', 'a "b"']]
 */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      continue;
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      continue;
    }
    cell += ch;
    atCellStart = false;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface PasteTarget<R, C> {
  readonly row: R;
  readonly column: C;
  readonly raw: string;
  /** 1-based position in the pasted block, for messages. */
  readonly at: { readonly row: number; readonly column: number };
}

/**
 * Lays a pasted block onto the grid from the focused cell: block row i → grid row start + i, block
 * column j → grid column start + j. Cells that fall outside the grid are reported, not dropped silently.
 */
export function placeBlock<R, C>(
  block: readonly (readonly string[])[],
  rows: readonly R[],
  columns: readonly C[],
  startRow: number,
  startColumn: number,
): { targets: PasteTarget<R, C>[]; outside: number } {
  const targets: PasteTarget<R, C>[] = [];
  let outside = 0;
  block.forEach((cells, i) => {
    cells.forEach((raw, j) => {
      const row = rows[startRow + i];
      const column = columns[startColumn + j];
      if (row === undefined || column === undefined) outside++;
      else targets.push({ row, column, raw, at: { row: i + 1, column: j + 1 } });
    });
  });
  return { targets, outside };
}

/** A cell Excel wraps in quotes when it copies: one holding a tab, a line break or a quote. */
const NEEDS_QUOTES = /[\t\r\n"]/;

/**
 * The inverse of `parseClipboard`: cells as Excel and LibreOffice put them on the clipboard — a tab
 * between cells, CRLF between rows, a cell with a tab, line break or quote wrapped in double quotes
 * with each quote doubled. No header row and no trailing line break.
 * @example clipboardText([['3,75', 'a "b"'], ['4', '']]) → '3,75\t"a ""b"""\r\n4\t'
 */
export function clipboardText(cells: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return cells.map((row) => row.map(quote).join('\t')).join('\r\n');
}
