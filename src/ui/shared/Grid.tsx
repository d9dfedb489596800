/**
 * The thin Solid wrapper around vanilla AG Grid (`createGrid`): created on mount, destroyed on
 * cleanup, rows pushed in as they change (delta updates by row id keep focus and scroll; thousands of
 * new rows — a roster's preview, a big agency — come in slices, a task each). Modules are
 * registered explicitly (an unregistered one fails silently in production, STACK.md). The grid is
 * re-created when the language changes, since its locale text is fixed at creation. Every grid gets
 * the spreadsheet's selection, copy and navigation keys (`grid-range.ts`, `grid-keys.ts`) and
 * number filters on its score columns (`grid-columns.ts`).
 */
import {
  CellApiModule,
  CellStyleModule,
  CheckboxEditorModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CustomEditorModule,
  EventApiModule,
  LocaleModule,
  ModuleRegistry,
  NumberEditorModule,
  NumberFilterModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowAutoHeightModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  UndoRedoEditModule,
  ValidationModule,
  createGrid,
  themeQuartz,
  type GridApi,
  type GridOptions,
} from 'ag-grid-community';
import { createEffect, onCleanup, onMount, untrack } from 'solid-js';
import { nextTask } from '../../platform/tasks';
import { useApp } from '../app/app-state';
import { syncCellStates } from './grid-aria';
import { withScoreFilters } from './grid-columns';
import { attachGridKeys } from './grid-keys';
import { makeGridRange } from './grid-range';
import { NEW_ROWS_PER_TASK, rowSteps } from './grid-rows';

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  TextEditorModule,
  NumberEditorModule,
  SelectEditorModule,
  CheckboxEditorModule,
  CustomEditorModule,
  TextFilterModule,
  NumberFilterModule,
  QuickFilterModule,
  LocaleModule,
  RowApiModule,
  RowAutoHeightModule,
  ScrollApiModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CellStyleModule,
  CellApiModule,
  RowStyleModule,
  RenderApiModule,
  EventApiModule,
  TooltipModule,
  UndoRedoEditModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

/** A row as high as a spreadsheet's rather than a web table's (issue 19): a unit's list fits on a laptop's screen. */
export const GRID_ROW_HEIGHT = 32;
/** A cell's horizontal padding, px (the theme's 16 × `cellHorizontalPaddingScale`). */
const CELL_PADDING = 12;
const theme = themeQuartz.withParams({
  fontFamily: 'inherit',
  headerFontWeight: 600,
  accentColor: '#1d4f73',
  fontSize: 14,
  rowHeight: GRID_ROW_HEIGHT,
  headerFontSize: 13,
  headerVerticalPaddingScale: 0.5,
  cellHorizontalPaddingScale: 0.75,
});
/** The least height of a grid that fills the rest of the window: a few rows even on a short one. */
const FILL_MIN_HEIGHT = 260;

export interface GridProps<T> {
  readonly options: GridOptions<T>;
  readonly rows: readonly T[];
  /** Accessible name of the grid. */
  readonly label: string;
  /** Where column widths and order are remembered (localStorage), if anywhere. */
  readonly stateKey?: string;
  readonly quickFilter?: string;
  /** A CSS height, or `fill`: down to the window's bottom, less `reserve` pixels for what follows the grid. */
  readonly height?: string;
  readonly reserve?: number;
  readonly onReady?: (api: GridApi<T>) => void;
}

export function Grid<T>(props: GridProps<T>) {
  const app = useApp();
  let host!: HTMLDivElement;
  let api: GridApi<T> | undefined;
  let pushes = 0;

  /**
   * Gives the grid `rows` (a delta by row id). When more than NEW_ROWS_PER_TASK of them are new,
   * they come in slices, each in a task of its own after a break, and a newer push supersedes the
   * slices still to come; the rows already there stay where they are meanwhile.
   */
  const push = async (rows: readonly T[]) => {
    const run = ++pushes;
    const grid = api;
    const idOf = props.options.getRowId;
    if (!grid) return;
    const context: unknown = grid.getGridOption('context');
    const steps = idOf
      ? rowSteps(
          rows,
          rows.map((data) => grid.getRowNode(idOf({ data, level: 0, api: grid, context })) === undefined),
        )
      : [[...rows]];
    if (steps.length === 1) {
      grid.setGridOption('rowData', steps[0]);
      return;
    }
    for (const step of steps) {
      await nextTask();
      if (run !== pushes || grid.isDestroyed()) return;
      grid.setGridOption('rowData', step);
    }
  };

  onMount(() => {
    const saved = props.stateKey ? localStorage.getItem(props.stateKey) : null;
    const remember = () => {
      if (props.stateKey && api) localStorage.setItem(props.stateKey, JSON.stringify(api.getColumnState()));
    };
    const range = makeGridRange<T>();
    const defaultColDef = props.options.defaultColDef;
    // Sized before the grid is made, so it draws the rows the window has room for from the first frame.
    if (props.height === 'fill') fillWindow(host, props);
    api = createGrid<T>(host, {
      theme,
      localeText: app.i18n.dict().grid,
      stopEditingWhenCellsLoseFocus: true,
      enterNavigatesVertically: true,
      enterNavigatesVerticallyAfterEdit: true,
      ...props.options,
      columnDefs: withScoreFilters(props.options.columnDefs, defaultColDef, (n) => app.i18n.formatNumber(n, 2)),
      // Values are parsed by our own rules (decimal comma, dd.MM.yyyy), never by the grid's inference.
      // The range's class rules are merged into each column's own (AG Grid merges the default deeply).
      defaultColDef: {
        cellDataType: false,
        // A long header (a ranking parameter's name) wraps onto more lines instead of being cut.
        wrapHeaderText: true,
        autoHeaderHeight: true,
        ...defaultColDef,
        cellClassRules: { ...range.classRules, ...defaultColDef?.cellClassRules },
      },
      // A big first set of rows comes through `push`, in slices.
      rowData: props.rows.length <= NEW_ROWS_PER_TASK ? [...props.rows] : [],
      // Tab from the page into the grid lands on a cell (the one last focused, else the first), not on a header.
      focusGridInnerElement: (e) => {
        const column = e.api.getFocusedCell()?.column ?? e.api.getAllDisplayedColumns()[0];
        const rowIndex = Math.min(e.api.getFocusedCell()?.rowIndex ?? 0, e.api.getDisplayedRowCount() - 1);
        if (!column || rowIndex < 0) return false;
        e.api.ensureIndexVisible(rowIndex);
        e.api.setFocusedCell(rowIndex, column);
        return true;
      },
      onColumnResized: (e) => {
        if (e.finished) remember();
      },
      onColumnMoved: remember,
      onSortChanged: remember,
      onGridReady: (e) => {
        if (saved) {
          try {
            e.api.applyColumnState({ state: JSON.parse(saved) as never, applyOrder: true });
          } catch {
            localStorage.removeItem(props.stateKey ?? '');
          }
        }
      },
    });
    host.querySelector('[role="treegrid"], [role="grid"]')?.setAttribute('aria-label', props.label);
    range.attach(api);
    const detachKeys = attachGridKeys(host, api, range);
    const stopSync = syncCellStates(host);
    onCleanup(() => {
      detachKeys();
      stopSync();
    });
    props.onReady?.(api);
  });

  createEffect(() => {
    const rows = [...props.rows];
    untrack(() => void push(rows));
  });
  createEffect(() => {
    const text = props.quickFilter ?? '';
    api?.setGridOption('quickFilterText', text);
  });
  onCleanup(() => api?.destroy());

  return <div ref={host} class="grid-host" style={props.height === 'fill' ? {} : { height: props.height ?? '60vh' }} />;
}

/**
 * The width of a column that shows every one of `texts` uncut (a person's full name), within
 * `[min, max]`: the longest laid out once in the grid's font, plus the cell's padding.
 */
export function textColumnWidth(texts: readonly string[], min = 160, max = 340): number {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;font-size:14px;left:-9999px;top:0';
  probe.textContent = texts.join('\n');
  document.body.append(probe);
  const widest = probe.getBoundingClientRect().width;
  probe.remove();
  return Math.min(max, Math.max(min, Math.ceil(widest) + 2 * CELL_PADDING + 4));
}

/**
 * Keeps `host` as high as the window leaves below its top (less `reserve`), as what is above it
 * (a banner, a panel) or the window itself changes size (issue 19: the grid takes the remaining height).
 */
function fillWindow(host: HTMLElement, sizing: { readonly reserve?: number }): void {
  const fit = () => {
    const top = host.getBoundingClientRect().top + window.scrollY;
    host.style.height = `${Math.max(FILL_MIN_HEIGHT, Math.floor(window.innerHeight - top - (sizing.reserve ?? 0)))}px`;
  };
  fit();
  const observer = new ResizeObserver(fit);
  observer.observe(document.body);
  window.addEventListener('resize', fit);
  onCleanup(() => {
    observer.disconnect();
    window.removeEventListener('resize', fit);
  });
}
