/**
 * A rectangular range of grid cells, as a spreadsheet selects them: an anchor (where the selection
 * began) and an end that Shift+arrows or Shift+click move. Positions are indices into the displayed
 * rows and columns; every range is kept inside the grid. Plus the fill plans over a range — Ctrl+D
 * (the top row copied down) and Ctrl+Enter (one typed value into every cell) — which skip the cells
 * that cannot be edited.
 */

export interface CellAt {
  readonly row: number;
  readonly column: number;
}

export interface CellRange {
  readonly anchor: CellAt;
  readonly end: CellAt;
}

/** A range's rectangle, corners ordered: top ≤ bottom, left ≤ right (all inclusive). */
export interface CellRect {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** How many rows and columns the grid shows. */
export interface GridSize {
  readonly rows: number;
  readonly columns: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

const STEP: Readonly<Record<Direction, CellAt>> = {
  up: { row: -1, column: 0 },
  down: { row: 1, column: 0 },
  left: { row: 0, column: -1 },
  right: { row: 0, column: 1 },
};

const clamp = (n: number, size: number) => Math.min(Math.max(n, 0), size - 1);

/** A cell moved inside the grid. */
export function clampCell(cell: CellAt, size: GridSize): CellAt {
  return { row: clamp(cell.row, size.rows), column: clamp(cell.column, size.columns) };
}

/** The range of one cell. */
export function cellRange(cell: CellAt): CellRange {
  return { anchor: cell, end: cell };
}

/**
 * The range's end moved one cell, never past the grid's edge; the anchor stays.
 * @example extendRange(cellRange({ row: 0, column: 0 }), 'down', { rows: 3, columns: 3 }).end → { row: 1, column: 0 }
 */
export function extendRange(range: CellRange, direction: Direction, size: GridSize): CellRange {
  const step = STEP[direction];
  return {
    anchor: range.anchor,
    end: clampCell({ row: range.end.row + step.row, column: range.end.column + step.column }, size),
  };
}

/** Every displayed cell, from the first to the last; undefined for an empty grid. */
export function wholeGrid(size: GridSize): CellRange | undefined {
  if (size.rows <= 0 || size.columns <= 0) return undefined;
  return { anchor: { row: 0, column: 0 }, end: { row: size.rows - 1, column: size.columns - 1 } };
}

/**
 * The range kept inside a grid that changed size (rows filtered out, a column hidden); undefined
 * when the grid is empty.
 */
export function clampRange(range: CellRange, size: GridSize): CellRange | undefined {
  if (size.rows <= 0 || size.columns <= 0) return undefined;
  return { anchor: clampCell(range.anchor, size), end: clampCell(range.end, size) };
}

/** @example rectOf({ anchor: { row: 4, column: 1 }, end: { row: 2, column: 3 } }) → { top: 2, bottom: 4, left: 1, right: 3 } */
export function rectOf(range: CellRange): CellRect {
  return {
    top: Math.min(range.anchor.row, range.end.row),
    bottom: Math.max(range.anchor.row, range.end.row),
    left: Math.min(range.anchor.column, range.end.column),
    right: Math.max(range.anchor.column, range.end.column),
  };
}

export function isSingleCell(range: CellRange): boolean {
  return range.anchor.row === range.end.row && range.anchor.column === range.end.column;
}

export function rectContains(rect: CellRect, cell: CellAt): boolean {
  return cell.row >= rect.top && cell.row <= rect.bottom && cell.column >= rect.left && cell.column <= rect.right;
}

/** The rectangle's cells, row by row. */
export function cellsOf(rect: CellRect): CellAt[][] {
  const rows: CellAt[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const cells: CellAt[] = [];
    for (let column = rect.left; column <= rect.right; column++) cells.push({ row, column });
    rows.push(cells);
  }
  return rows;
}

/** A cell a fill writes, and the cell whose value it takes. */
export interface FillTarget {
  readonly at: CellAt;
  readonly from: CellAt;
}

/**
 * Ctrl+D over a range, as Excel does it: each column's top cell copied into the cells below it in
 * the range; over a range one row high, the row above the range copied into it (nothing on the
 * first row). Cells that cannot be edited are skipped; a source cell need not be editable.
 * @example fillDownPlan({ top: 0, bottom: 1, left: 2, right: 2 }, () => true) → [{ at: { row: 1, column: 2 }, from: { row: 0, column: 2 } }]
 */
export function fillDownPlan(rect: CellRect, editable: (cell: CellAt) => boolean): FillTarget[] {
  const source = rect.top === rect.bottom ? rect.top - 1 : rect.top;
  if (source < 0) return [];
  const first = rect.top === rect.bottom ? rect.top : rect.top + 1;
  return cellsOf({ ...rect, top: first })
    .flat()
    .filter(editable)
    .map((at) => ({ at, from: { row: source, column: at.column } }));
}

/**
 * Ctrl+Enter over a range: the typed value into every cell of it that can be edited, the typed cell included.
 * @example fillValuePlan({ top: 0, bottom: 1, left: 0, right: 0 }, (c) => c.row > 0) → [{ row: 1, column: 0 }]
 */
export function fillValuePlan(rect: CellRect, editable: (cell: CellAt) => boolean): CellAt[] {
  return cellsOf(rect).flat().filter(editable);
}
