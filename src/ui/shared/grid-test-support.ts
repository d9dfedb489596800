/**
 * For tests only: a stand-in for AG Grid's api with the calls the spreadsheet behaviour makes —
 * the displayed rows and columns, the focused cell (a move fires `cellFocused`, as the grid does),
 * an open editor, the value a cell shows. The rows are the test's, read afresh on each call.
 */
import type { GridApi } from 'ag-grid-community';

export interface StubColumn<R> {
  readonly colId: string;
  readonly header: string;
  /** What the cell shows (the column's formatter); default: empty. */
  readonly shows?: (row: R) => string;
  /** Whether a row's cell can be edited; default: no. */
  readonly editable?: (row: R) => boolean;
}

export function makeGridStub<R extends { readonly id: string }>(rows: () => readonly R[], defs: readonly StubColumn<R>[]) {
  let focus: { rowIndex: number; colId: string } | null = null;
  let editor: { value: unknown } | null = null;
  const listeners = new Map<string, (() => void)[]>();
  const fire = (type: string) => listeners.get(type)?.forEach((f) => f());
  const columns = defs.map((d) => ({
    def: d,
    getColId: () => d.colId,
    getColDef: () => ({ headerName: d.header }),
    isCellEditable: (node: { data: R }) => d.editable?.(node.data) ?? false,
  }));
  const column = (colId: unknown) => columns.find((c) => c === colId || c.getColId() === colId);
  const node = (rowIndex: number) => {
    const data = rows()[rowIndex];
    return data && { data, rowIndex, id: data.id };
  };
  const focusOn = (rowIndex: number, colId: string) => {
    focus = { rowIndex, colId };
    fire('cellFocused');
  };
  const api = {
    getEditingCells: () => (editor ? [{}] : []),
    getCellEditorInstances: () => (editor ? [{ getValue: () => editor?.value }] : []),
    stopEditing: () => {
      editor = null;
    },
    getFocusedCell: () => (focus ? { rowIndex: focus.rowIndex, column: column(focus.colId) } : null),
    setFocusedCell: (rowIndex: number, col: unknown) => focusOn(rowIndex, column(col)?.getColId() ?? ''),
    getAllDisplayedColumns: () => columns,
    getColumn: (colId: string) => column(colId),
    getDisplayedRowCount: () => rows().length,
    getDisplayedRowAtIndex: node,
    getRowNode: (id: string) => node(rows().findIndex((r) => r.id === id)),
    forEachNodeAfterFilterAndSort: (visit: (n: { data: R }) => void) => rows().forEach((data) => visit({ data })),
    getCellValue: ({ rowNode, colKey }: { rowNode: { data: R }; colKey: unknown }) =>
      column(colKey)?.def.shows?.(rowNode.data) ?? '',
    addEventListener: (type: string, f: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), f]),
    refreshCells: () => {},
    ensureIndexVisible: () => {},
    ensureColumnVisible: () => {},
  } as unknown as GridApi<R>;
  return {
    api,
    focusOn,
    focused: () => focus,
    /** A cell editor opened on the focused cell holding `value`, or closed (null). */
    setEditor: (value: unknown) => (editor = value === null ? null : { value }),
    /** The grid's rows re-sorted or filtered. */
    fire,
  };
}
