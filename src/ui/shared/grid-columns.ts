/**
 * Column defaults the wrapper gives every grid: on a score column (id `p:<parameter>`, value in
 * hundredths) that the grid lets the user filter, a number filter that reads a decimal comma
 * (`3,75`) and compares with the score as shown, not with its hundredths; text filters stay on the
 * other columns.
 */
import type { ColDef, ColGroupDef, ValueGetterParams } from 'ag-grid-community';
import { parseDecimal } from '../../domain';

/** A number filter over hundredths, typed with a decimal comma or point. */
export function scoreFilter<T>(format: (value: number) => string): ColDef<T> {
  return {
    filter: 'agNumberColumnFilter',
    filterValueGetter: (p: ValueGetterParams<T>) => {
      const value: unknown = p.getValue(p.column.getColId());
      return typeof value === 'number' ? value / 100 : null;
    },
    filterParams: {
      // A text input (not type="number", which refuses a comma in most locales).
      allowedCharPattern: '\\d\\-,.\\s',
      numberParser: (text: string | null) => (text === null ? null : (parseDecimal(text) ?? null)),
      numberFormatter: (value: number | null) => (value === null ? null : format(value)),
    },
  };
}

export type ColumnDefs<T> = readonly (ColDef<T> | ColGroupDef<T>)[];

/** Every column (inside groups too) passed through `change`. */
export function mapColumns<T>(defs: ColumnDefs<T>, change: (def: ColDef<T>) => ColDef<T>): (ColDef<T> | ColGroupDef<T>)[] {
  return defs.map((def) => ('children' in def ? { ...def, children: mapColumns(def.children, change) } : change(def)));
}

/** The columns with score filters put on the score columns that have a filter (their own or the default). */
export function withScoreFilters<T>(
  defs: ColumnDefs<T> | null | undefined,
  defaultColDef: ColDef<T> | undefined,
  format: (value: number) => string,
): (ColDef<T> | ColGroupDef<T>)[] | undefined {
  if (!defs) return undefined;
  return mapColumns(defs, (def) =>
    def.colId?.startsWith('p:') && Boolean(def.filter ?? defaultColDef?.filter) ? { ...def, ...scoreFilter<T>(format) } : def,
  );
}
