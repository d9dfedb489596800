/**
 * Values typed into a cell and refused (a score of 7 on a 0–5 scale): kept in the page's state,
 * never the database, and shown in their cell — the typed text, the invalid style (`cell-invalid`,
 * which `grid-aria.ts` makes `aria-invalid`), the problem as the cell's tooltip, the text again in
 * the editor — until a valid value is entered there, or Escape or Delete gives it up.
 */
import type { CellClassParams, ColDef, GridApi, ICellEditorParams, IRowNode } from 'ag-grid-community';
import { mapColumns, type ColumnDefs } from './grid-columns';

export interface RefusedValue {
  /** What was typed, as typed. */
  readonly raw: string;
  /** The problem, in the user's words. */
  readonly message: string;
}

/** The cause a notice about one cell waits on (`AppState.resolve`): put right when the cell is. */
export const cellCause = (rowId: string, colId: string): string => `cell\u241f${rowId}\u241f${colId}`;

export function makeInvalidCells<T>(api: () => GridApi<T> | undefined) {
  const cells = new Map<string, RefusedValue>();
  const key = (rowId: string, colId: string) => `${rowId}\u241f${colId}`;
  // After the grid has finished the edit that refused the value (it redraws the cell itself then).
  const redraw = (rowId: string, colId: string) =>
    queueMicrotask(() => {
      const grid = api();
      const node = grid?.getRowNode(rowId);
      if (grid && node) grid.refreshCells({ rowNodes: [node], columns: [colId], force: true });
    });

  const get = (rowId: string, colId: string) => cells.get(key(rowId, colId));
  const of = (node: IRowNode<T> | null | undefined, colId: string) => (node?.id === undefined ? undefined : get(node.id, colId));

  /** An editable column that shows, styles and edits a refused value in its cell. */
  const decorate = (def: ColDef<T>): ColDef<T> => {
    const colId = def.colId ?? def.field;
    if (!colId || !def.editable) return def;
    const { valueFormatter, tooltipValueGetter, cellEditorParams } = def;
    return {
      ...def,
      valueFormatter: (p) =>
        of(p.node, colId)?.raw ??
        (typeof valueFormatter === 'function'
          ? valueFormatter(p)
          : p.value === null || p.value === undefined
            ? ''
            : String(p.value)),
      tooltipValueGetter: (p) => of(p.node, colId)?.message ?? tooltipValueGetter?.(p),
      cellClassRules: { ...def.cellClassRules, 'cell-invalid': (p: CellClassParams<T>) => of(p.node, colId) !== undefined },
      cellEditorParams: (p: ICellEditorParams<T>) => {
        const own: unknown = typeof cellEditorParams === 'function' ? cellEditorParams(p) : cellEditorParams;
        const refused = of(p.node, colId);
        return refused ? { ...(own as object | undefined), value: refused.raw } : own;
      },
    };
  };

  return {
    get,
    set(rowId: string, colId: string, refused: RefusedValue) {
      cells.set(key(rowId, colId), refused);
      redraw(rowId, colId);
    },
    clear(rowId: string, colId: string) {
      if (cells.delete(key(rowId, colId))) redraw(rowId, colId);
    },
    /** The columns, each editable one able to show a refused value. */
    columns: (defs: ColumnDefs<T>) => mapColumns(defs, decorate),
  };
}
