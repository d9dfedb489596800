/**
 * Columns a grid of people in a period shares (the ranking grid, the points grid): who takes part
 * in the evaluation and why not, greyed with the row when the person is not evaluated.
 */
import type { CellClassParams, ColDef } from 'ag-grid-community';
import type { Eligibility } from '../../domain';

interface CaseRow {
  readonly eligibility: Eligibility;
}

/** A person's row not evaluated in the period: greyed in every column. */
export const excludedRow = <R extends CaseRow>(p: CellClassParams<R>): boolean => p.data?.eligibility.kind === 'notEvaluated';

/** The status column: whether the person is evaluated, in `text`'s words, the same as its tooltip. */
export function statusColumn<R extends CaseRow>(headerName: string, text: (e: Eligibility) => string): ColDef<R> {
  return {
    colId: 'status',
    headerName,
    width: 220,
    valueGetter: (p) => (p.data ? text(p.data.eligibility) : ''),
    tooltipValueGetter: (p) => (p.data ? text(p.data.eligibility) : ''),
    cellClassRules: { excluded: excludedRow },
  };
}
