import { describe, expect, it } from 'vitest';
import {
  cellRange,
  cellsOf,
  clampRange,
  extendRange,
  fillDownPlan,
  fillValuePlan,
  isSingleCell,
  rectContains,
  rectOf,
  wholeGrid,
  type CellAt,
  type CellRange,
} from './cell-range';

const SIZE = { rows: 4, columns: 3 };
const at = (row: number, column: number): CellAt => ({ row, column });
const moves = (range: CellRange, ...directions: Parameters<typeof extendRange>[1][]) =>
  directions.reduce((r, d) => extendRange(r, d, SIZE), range);

describe('a range of cells selected as in a spreadsheet (issue 19)', () => {
  it('given a focused cell, when Shift+Right then Shift+Down, then the range grows from the anchor to the end', () => {
    const range = moves(cellRange(at(1, 0)), 'right', 'down');
    expect(range).toEqual({ anchor: at(1, 0), end: at(2, 1) });
    expect(rectOf(range)).toEqual({ top: 1, bottom: 2, left: 0, right: 1 });
  });

  it('given an end moved past the anchor, then the rectangle is normalised (top-left to bottom-right)', () => {
    const range = moves(cellRange(at(2, 2)), 'up', 'up', 'left', 'left');
    expect(range.end).toEqual(at(0, 0));
    expect(rectOf(range)).toEqual({ top: 0, bottom: 2, left: 0, right: 2 });
  });

  it('given the end at an edge of the grid, then Shift+arrow past it keeps the range inside', () => {
    expect(moves(cellRange(at(0, 0)), 'up', 'left').end).toEqual(at(0, 0));
    expect(moves(cellRange(at(3, 2)), 'down', 'right').end).toEqual(at(3, 2));
  });

  it('given the range shrunk back onto its anchor, then it is a single cell again', () => {
    const range = moves(cellRange(at(1, 1)), 'right', 'left');
    expect(isSingleCell(range)).toBe(true);
    expect(isSingleCell(moves(range, 'down'))).toBe(false);
  });

  it('Ctrl+A: every displayed cell; an empty grid has none', () => {
    expect(wholeGrid(SIZE)).toEqual({ anchor: at(0, 0), end: at(3, 2) });
    expect(wholeGrid({ rows: 0, columns: 3 })).toBeUndefined();
  });

  it('given rows filtered out under the range, then the range is clamped into what is left', () => {
    const range = { anchor: at(1, 0), end: at(3, 2) };
    expect(clampRange(range, { rows: 2, columns: 2 })).toEqual({ anchor: at(1, 0), end: at(1, 1) });
    expect(clampRange(range, { rows: 0, columns: 2 })).toBeUndefined();
  });

  it('lists the cells of a rectangle row by row, and tells which cells it contains', () => {
    const rect = { top: 1, bottom: 2, left: 0, right: 1 };
    expect(cellsOf(rect)).toEqual([
      [at(1, 0), at(1, 1)],
      [at(2, 0), at(2, 1)],
    ]);
    expect(rectContains(rect, at(2, 1))).toBe(true);
    expect(rectContains(rect, at(0, 1))).toBe(false);
    expect(rectContains(rect, at(1, 2))).toBe(false);
  });
});

describe('fill plans over a range (issue 19)', () => {
  const show = (plan: { at: CellAt; from: CellAt }[]) =>
    plan.map((p) => `${p.at.row},${p.at.column}←${p.from.row},${p.from.column}`);

  it('Ctrl+D: each column’s top cell goes into the cells below it in the range', () => {
    expect(show(fillDownPlan({ top: 1, bottom: 3, left: 0, right: 1 }, () => true))).toEqual([
      '2,0←1,0',
      '2,1←1,1',
      '3,0←1,0',
      '3,1←1,1',
    ]);
  });

  it('Ctrl+D: cells that cannot be edited (a computed column, a person not evaluated) are skipped; a read-only source is still copied', () => {
    const editable = (c: CellAt) => c.column !== 1 && c.row !== 2;
    expect(show(fillDownPlan({ top: 0, bottom: 3, left: 0, right: 1 }, editable))).toEqual(['1,0←0,0', '3,0←0,0']);
    expect(show(fillDownPlan({ top: 0, bottom: 1, left: 0, right: 0 }, (c) => c.row !== 0))).toEqual(['1,0←0,0']);
  });

  it('Ctrl+D over a range one row high: the row above is copied into it; on the first row nothing is', () => {
    expect(show(fillDownPlan({ top: 2, bottom: 2, left: 0, right: 1 }, () => true))).toEqual(['2,0←1,0', '2,1←1,1']);
    expect(fillDownPlan({ top: 0, bottom: 0, left: 0, right: 2 }, () => true)).toEqual([]);
  });

  it('Ctrl+Enter: the typed value goes into every editable cell of the range, the typed one included', () => {
    expect(fillValuePlan({ top: 0, bottom: 1, left: 1, right: 2 }, (c) => !(c.row === 1 && c.column === 2))).toEqual([
      at(0, 1),
      at(0, 2),
      at(1, 1),
    ]);
  });
});
