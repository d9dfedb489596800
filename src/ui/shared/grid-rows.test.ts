import { describe, expect, it } from 'vitest';
import { NEW_ROWS_PER_TASK, partSteps, rowSteps } from './grid-rows';

describe('many new rows come to a grid in steps, a task each (issue 21)', () => {
  it('gives few new rows in one step', () => {
    const rows = Array.from({ length: NEW_ROWS_PER_TASK }, (_, i) => i);
    expect(
      rowSteps(
        rows,
        rows.map(() => true),
      ),
    ).toEqual([rows]);
    expect(rowSteps([], [])).toEqual([[]]);
  });

  it('adds at most the step’s share of new rows each time; the rows the grid has stay in every step, in their place', () => {
    const rows = ['a', 'n1', 'b', 'n2', 'n3', 'c', 'n4', 'n5'];
    const isNew = rows.map((r) => r.startsWith('n'));
    expect(rowSteps(rows, isNew, 2)).toEqual([['a', 'n1', 'b', 'n2', 'c'], ['a', 'n1', 'b', 'n2', 'n3', 'c', 'n4'], rows]);
  });

  it('ends with every row of a 10,000-row preview, in ten steps', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => i);
    const steps = rowSteps(
      rows,
      rows.map(() => true),
    );
    expect(steps).toHaveLength(10);
    expect(steps.map((s) => s.length)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((k) => k * NEW_ROWS_PER_TASK));
    expect(steps.at(-1)).toEqual(rows);
  });
});

describe('a long list of parts (the files of an import preview) is drawn in steps, a task each (issue 21)', () => {
  it('takes parts while their lines fit in a step; a larger part is a step alone; the last step is every part', () => {
    expect(partSteps([3, 3, 5, 2], 6)).toEqual([2, 3, 4]);
    expect(partSteps([3, 3, 5, 1], 6)).toEqual([2, 4]);
    expect(partSteps([10, 1, 1], 6)).toEqual([1, 3]);
    expect(partSteps([1, 1], 6)).toEqual([2]);
    expect(partSteps([], 6)).toEqual([0]);
  });

  it('draws 50 files of 80 lines in steps of at most 400 lines', () => {
    const steps = partSteps(
      Array.from({ length: 50 }, () => 80),
      400,
    );
    expect(steps).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
  });
});
