/**
 * How a grid takes many new rows without a long task (issue 21): 10,000 new rows at once are one
 * task of ~100 ms of the page's thread (row nodes, sorting, the visible rows drawn), so they come in
 * steps, a task each.
 */

/** New rows a grid takes in one task. */
export const NEW_ROWS_PER_TASK = 1000;

/**
 * The row sets a grid is given in turn, each adding at most `perTask` of the rows it lacks
 * (`isNew`); the rows it has are in every step, in their place, and the last step is `rows`.
 * @example rowSteps(['a', 'b', 'c'], [false, true, true], 1) → [['a', 'b'], ['a', 'b', 'c']]
 */
export function rowSteps<T>(rows: readonly T[], isNew: readonly boolean[], perTask = NEW_ROWS_PER_TASK): T[][] {
  const fresh = isNew.filter(Boolean).length;
  const steps: T[][] = [];
  for (let taken = perTask; taken < fresh; taken += perTask) {
    let seen = 0;
    steps.push(rows.filter((_, i) => !isNew[i] || seen++ < taken));
  }
  steps.push([...rows]);
  return steps;
}

/**
 * How many of a list's parts are drawn after each step when the parts come a task each, a step
 * taking parts while their lines stay within `perTask` (a part larger than that is a step alone);
 * the last step is every part. Thousands of table rows drawn at once are a long task of layout.
 * @example partSteps([3, 3, 5, 2], 6) → [2, 3, 4]
 */
export function partSteps(lines: readonly number[], perTask: number): number[] {
  const steps: number[] = [];
  let inStep = 0;
  for (const [i, n] of lines.entries()) {
    if (inStep > 0 && inStep + n > perTask) {
      steps.push(i);
      inStep = 0;
    }
    inStep += n;
  }
  steps.push(lines.length);
  return steps;
}
