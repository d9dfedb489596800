/**
 * The selected range of a grid, as a spreadsheet has it (AG Grid Community has no range selection:
 * it is Enterprise): an anchor where the selection began and an end that Shift+arrows and
 * Shift+click move, drawn through cell classes (`cell-in-range` and its edges) that every column
 * gets from the wrapper's default column. The range is kept in displayed rows and columns; the math
 * is the domain's (`cell-range.ts`). Without a range the focused cell is the selection.
 */
import type { CellClassParams, Column, GridApi, IRowNode } from 'ag-grid-community';
import {
  cellRange,
  cellsOf,
  clampRange,
  clipboardText,
  extendRange,
  isSingleCell,
  rectContains,
  rectOf,
  wholeGrid,
  type CellAt,
  type CellRange,
  type CellRect,
  type Direction,
} from '../../domain';

export type GridRange<T = unknown> = ReturnType<typeof makeGridRange<T>>;

const ranges = new WeakMap<object, unknown>();

/** The range of a grid made by the wrapper (`Grid.tsx`), for the editing of score grids. */
export const rangeOf = <T>(api: GridApi<T> | undefined): GridRange<T> | undefined =>
  // Keyed by the api the range was attached to, so the range's rows are the api's.
  (api ? ranges.get(api) : undefined) as GridRange<T> | undefined;

const same = (a: CellAt | undefined, b: CellAt | undefined) => a?.row === b?.row && a?.column === b?.column;

export function makeGridRange<T>() {
  let api: GridApi<T> | undefined;
  /** More than one cell selected; undefined when the selection is the focused cell alone. */
  let range: CellRange | undefined;
  let rect: CellRect | undefined;
  /** The focused cell as last seen, to tell a move from a refocus of the same cell. */
  let focus: CellAt | undefined;
  /** Set while this module moves the focus itself, so the move does not collapse the range. */
  let moving = false;
  /** Where a Shift+click extends from, between the mouse press and the focus it causes. */
  let shiftFrom: CellAt | undefined;

  const columns = (): Column[] => api?.getAllDisplayedColumns() ?? [];
  const size = () => ({ rows: api?.getDisplayedRowCount() ?? 0, columns: columns().length });
  const column = (index: number): Column | undefined => columns()[index];
  const row = (index: number): IRowNode<T> | undefined => api?.getDisplayedRowAtIndex(index);
  const focused = (): CellAt | undefined => {
    const f = api?.getFocusedCell();
    if (!f || f.rowPinned) return undefined;
    const index = columns().indexOf(f.column as Column);
    return index < 0 ? undefined : { row: f.rowIndex, column: index };
  };

  /** Redraws the rows the old or the new rectangle covers (only their classes change). */
  const redraw = (before: CellRect | undefined, after: CellRect | undefined) => {
    const spans = [before, after].filter((r): r is CellRect => r !== undefined);
    if (!api || spans.length === 0) return;
    const nodes: IRowNode<T>[] = [];
    const top = Math.min(...spans.map((r) => r.top));
    const bottom = Math.max(...spans.map((r) => r.bottom));
    for (let i = top; i <= bottom; i++) {
      const node = row(i);
      if (node) nodes.push(node);
    }
    api.refreshCells({ rowNodes: nodes });
  };

  const set = (next: CellRange | undefined) => {
    const before = rect;
    range = next && !isSingleCell(next) ? next : undefined;
    rect = range ? rectOf(range) : undefined;
    if (before !== rect) redraw(before, rect);
  };

  /** Focuses a cell, scrolled into view, without collapsing the range. */
  const focusCell = (cell: CellAt) => {
    const col = column(cell.column);
    if (!api || !col) return;
    moving = true;
    try {
      api.ensureIndexVisible(cell.row);
      api.ensureColumnVisible(col);
      api.setFocusedCell(cell.row, col);
    } finally {
      moving = false;
    }
    focus = cell;
  };

  const where = (p: CellClassParams<T>): CellAt | undefined =>
    p.node.rowIndex === null ? undefined : { row: p.node.rowIndex, column: columns().indexOf(p.column as Column) };
  const inRange = (p: CellClassParams<T>) => {
    const at = rect && where(p);
    return at !== undefined && rect !== undefined && rectContains(rect, at);
  };
  /** Class rules every column gets: the range's cells, and its outline on the outer edges. */
  const classRules = {
    'cell-in-range': inRange,
    'cell-range-top': (p: CellClassParams<T>) => inRange(p) && p.node.rowIndex === rect?.top,
    'cell-range-bottom': (p: CellClassParams<T>) => inRange(p) && p.node.rowIndex === rect?.bottom,
    'cell-range-left': (p: CellClassParams<T>) => inRange(p) && where(p)?.column === rect?.left,
    'cell-range-right': (p: CellClassParams<T>) => inRange(p) && where(p)?.column === rect?.right,
  };

  const attach = (grid: GridApi<T>) => {
    api = grid;
    ranges.set(grid, controller);
    grid.addEventListener('cellFocused', () => {
      if (moving) return;
      const now = focused();
      if (shiftFrom && now) {
        const from = shiftFrom;
        shiftFrom = undefined;
        set({ anchor: from, end: now });
      } else if (!same(now, focus)) set(undefined);
      focus = now;
    });
    // Rows re-sorted or filtered, columns moved: the cells under the range are others now.
    for (const type of ['sortChanged', 'filterChanged', 'columnMoved', 'columnPinned', 'columnVisible'] as const)
      grid.addEventListener(type, () => set(undefined));
    grid.addEventListener('modelUpdated', () => {
      if (range) set(clampRange(range, size()));
    });
  };

  const controller = {
    classRules,
    attach,
    /** The selected rectangle: the range, or the focused cell alone; undefined without a focused cell. */
    rect(): CellRect | undefined {
      if (rect) return rect;
      const f = focused();
      return f && { top: f.row, bottom: f.row, left: f.column, right: f.column };
    },
    /** More than one cell is selected. */
    selecting: () => rect !== undefined,
    column,
    row,
    /** Shift+arrow: the range's end moved one cell (from the focused cell when there is no range), focused. */
    extend(direction: Direction) {
      const start = range ?? (focused() && cellRange(focused() as CellAt));
      if (!start) return;
      const next = extendRange(start, direction, size());
      set(next);
      focusCell(next.end);
    },
    /** Ctrl+A: every displayed cell; the focus stays. */
    selectAll() {
      set(wholeGrid(size()));
    },
    /** Ctrl+Home, Ctrl+End: the first or the last displayed cell, focused and scrolled to; the range collapses. */
    goToCorner(corner: 'first' | 'last') {
      const { rows, columns: cols } = size();
      if (rows === 0 || cols === 0) return;
      set(undefined);
      focusCell(corner === 'first' ? { row: 0, column: 0 } : { row: rows - 1, column: cols - 1 });
    },
    /** Focuses a cell by displayed row and column id (Enter after a run of Tabs). */
    goTo(rowIndex: number, colId: string) {
      const index = columns().findIndex((c) => c.getColId() === colId);
      const { rows } = size();
      if (index < 0 || rows === 0) return;
      set(undefined);
      focusCell({ row: Math.min(rowIndex, rows - 1), column: index });
    },
    /** A mouse press with Shift: the focus it causes extends the range from its anchor (or the focused cell). */
    pressWithShift() {
      shiftFrom = range?.anchor ?? focused();
    },
    /** A plain press on a cell: the range goes, that cell alone is selected. */
    collapse() {
      if (range) set(undefined);
    },
    /** After the press was handled (a press on the focused cell moves no focus). */
    releaseShift() {
      shiftFrom = undefined;
    },
    /** The selection as the cells show it (each column's formatter), as Excel and LibreOffice paste it. */
    copyText(): string | undefined {
      const r = controller.rect();
      if (!api || !r) return undefined;
      const grid = api;
      const shown = (at: CellAt) => {
        const node = row(at.row);
        const col = column(at.column);
        return node && col ? (grid.getCellValue({ rowNode: node, colKey: col, useFormatter: true }) ?? '') : '';
      };
      return clipboardText(cellsOf(r).map((cells) => cells.map(shown)));
    },
  };
  return controller;
}
