/**
 * The thin Solid wrapper around vanilla AG Grid (`createGrid`): created on mount, destroyed on
 * cleanup, rows pushed in as they change (delta updates by row id keep focus and scroll). Modules are
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
import { createEffect, onCleanup, onMount } from 'solid-js';
import { useApp } from '../app/app-state';
import { syncCellStates } from './grid-aria';
import { withScoreFilters } from './grid-columns';
import { attachGridKeys } from './grid-keys';
import { makeGridRange } from './grid-range';

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

const theme = themeQuartz.withParams({ fontFamily: 'inherit', headerFontWeight: 600, accentColor: '#1d4f73', fontSize: 14 });

export interface GridProps<T> {
  readonly options: GridOptions<T>;
  readonly rows: readonly T[];
  /** Accessible name of the grid. */
  readonly label: string;
  /** Where column widths and order are remembered (localStorage), if anywhere. */
  readonly stateKey?: string;
  readonly quickFilter?: string;
  readonly height?: string;
  readonly onReady?: (api: GridApi<T>) => void;
}

export function Grid<T>(props: GridProps<T>) {
  const app = useApp();
  let host!: HTMLDivElement;
  let api: GridApi<T> | undefined;

  onMount(() => {
    const saved = props.stateKey ? localStorage.getItem(props.stateKey) : null;
    const remember = () => {
      if (props.stateKey && api) localStorage.setItem(props.stateKey, JSON.stringify(api.getColumnState()));
    };
    const range = makeGridRange<T>();
    const defaultColDef = props.options.defaultColDef;
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
        ...defaultColDef,
        cellClassRules: { ...range.classRules, ...defaultColDef?.cellClassRules },
      },
      rowData: [...props.rows],
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
    api?.setGridOption('rowData', rows);
  });
  createEffect(() => {
    const text = props.quickFilter ?? '';
    api?.setGridOption('quickFilterText', text);
  });
  onCleanup(() => api?.destroy());

  return <div ref={host} class="grid-host" style={{ height: props.height ?? '60vh' }} />;
}
