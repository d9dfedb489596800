import { describe, expect, it } from 'vitest';
import { NEW_ROWS_PER_TASK, rowSteps } from './grid-rows';

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
