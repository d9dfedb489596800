/**
 * The spreadsheet behaviour AG Grid Community does not give us, for any score grid: paste a block
 * copied from Excel or LibreOffice from the focused cell (every cell validated, invalid ones
 * reported by position, valid ones stored in one transaction), undo and redo at the data layer,
 * Delete to clear and Ctrl+D to copy from the row above; over a selected range (`grid-range.ts`)
 * Ctrl+D fills the top row down, Ctrl+Enter fills the typed value and Delete clears, each as one
 * write like a paste. A refused typed value stays in its cell, marked (`invalid-cells.ts`). Keys by
 * position, any keyboard layout. Score columns have ids `p:<parameter>`.
 */
import type { ColDef, GridApi, ICellEditorParams, ValueSetterParams } from 'ag-grid-community';
import { onCleanup } from 'solid-js';
import {
  fillDownPlan,
  fillValuePlan,
  hundredthsText,
  parseClipboard,
  placeBlock,
  problem,
  readScore,
  type CellAt,
  type Problem,
} from '../../domain';
import type { AppliedChange, ScoreChange } from '../../store/evaluations';
import type { StoreError, StoreErrorCode } from '../../store/errors';
import type { Result } from '../../domain/result';
import { useApp } from '../app/app-state';
import { mapColumns, type ColumnDefs } from './grid-columns';
import { rangeOf } from './grid-range';
import { cellCause, makeInvalidCells } from './invalid-cells';
import { problemText, storeErrorText } from './messages';
import type { createPendingScores } from './pending-scores';

export interface EditableRow {
  readonly id: string;
  readonly name: string;
  readonly scores: Readonly<Record<string, number>>;
  readonly eligibility: { readonly kind: string };
}

export interface GridEditingOptions<R extends EditableRow> {
  readonly api: () => GridApi<R> | undefined;
  readonly locked: () => boolean;
  readonly pending: ReturnType<typeof createPendingScores>;
  /**
   * Stores changes in one transaction: what was applied (with previous values) or why not, which
   * the grid tells; undefined when there was nothing to store them in.
   */
  readonly apply: (changes: readonly ScoreChange[]) => Promise<Result<AppliedChange[], StoreError> | undefined>;
  readonly changeFor: (row: R, field: ScoreChange['field']) => ScoreChange;
  /** What a locked grid says when edited (default: the unit's period is submitted). */
  readonly lockedError?: StoreErrorCode;
  /** Who or what a row is in a message about one of its cells (default: its name). */
  readonly person?: (row: R) => string;
}

/** A cell to write from text (pasted, filled, typed over a range), with how a problem in it is located. */
interface CellInput<R> {
  readonly row: R;
  readonly column: string;
  readonly raw: unknown;
  readonly where: (message: string) => string;
}

export function createGridEditing<R extends EditableRow>(opts: GridEditingOptions<R>) {
  const app = useApp();
  const { t } = app.i18n;
  // AG Grid's undo ignores programmatic values (STACK.md): each entry is a batch of applied
  // changes with what they replaced.
  const undoStack: AppliedChange[][] = [];
  const redoStack: AppliedChange[][] = [];

  const commit = async (changes: readonly ScoreChange[], into: AppliedChange[][]) => {
    const result = await opts.apply(changes);
    if (!result) return undefined;
    if (!result.ok) {
      refused(result.error, changes);
      return undefined;
    }
    if (result.value.length > 0) into.push(result.value);
    return result.value;
  };
  /**
   * A write refused, told. Over one score another tab changed meanwhile, the user chooses: theirs
   * stays as it is (the cell shows it), or one click keeps theirs no longer — yours is written over
   * the score now stored.
   */
  const refused = (error: StoreError, changes: readonly ScoreChange[]) => {
    const [only] = changes;
    if (error.code !== 'changedElsewhere' || changes.length !== 1 || !only || !('param' in only.field) || !only.expected)
      return app.failed(error);
    const mine = only.field.value;
    const stored = error.detail === undefined || error.detail === '' ? undefined : Number(error.detail);
    const over = { ...only, expected: { param: only.expected.param, value: stored } };
    app.notify(storeErrorText(app.i18n, error), 'error', {
      action: {
        label: t('evaluate.keepMine', {
          value: mine === undefined ? t('evaluate.keepEmpty') : app.i18n.formatNumber(mine / 100),
        }),
        run: () => void edit([over]),
      },
    });
  };
  const edit = async (changes: readonly ScoreChange[]) => {
    opts.pending.add(changes);
    const applied = await commit(changes, undoStack);
    if (applied === undefined) opts.pending.drop(changes);
    else if (applied.length > 0) redoStack.length = 0;
    return applied;
  };
  // Undo and redo put back what they replaced only over what they left: a score changed since in
  // another tab makes the store refuse the step (`changedElsewhere`) rather than erase that change.
  const inverse = (batch: readonly AppliedChange[]): ScoreChange[] =>
    [...batch].reverse().map((c) => ({
      periodId: c.periodId,
      employeeId: c.employeeId,
      component: c.component,
      field: c.before,
      ...('param' in c.field ? { expected: c.field } : {}),
    }));
  const undo = async () => {
    const batch = undoStack.pop();
    if (batch && (await commit(inverse(batch), redoStack))) app.notify(t('evaluate.undone'));
  };
  const redo = async () => {
    const batch = redoStack.pop();
    if (batch && (await commit(inverse(batch), undoStack))) app.notify(t('evaluate.redone'));
  };
  /**
   * The change of a cell, made over the score the user sees in it: when the store holds another —
   * entered in another tab meanwhile — the store refuses it (`changedElsewhere`) instead of silently
   * overwriting that entry. Over a write of this tab still on its way, that write is the base.
   */
  const change = (row: R, field: ScoreChange['field'], shown?: { readonly value: number | undefined }): ScoreChange => {
    const made = opts.changeFor(row, field);
    if (!('param' in field) || !('param' in made.field) || opts.pending.has(made.employeeId, made.field.param)) return made;
    return { ...made, expected: { param: made.field.param, value: shown ? shown.value : row.scores[field.param] } };
  };
  const save = (row: R, field: ScoreChange['field'], shown?: { readonly value: number | undefined }) =>
    void edit([change(row, field, shown)]);

  /**
   * The score a cell showed when its editor opened: what is typed there is made over it. Taken as
   * the editor is made (its parameters), not from the editing-started event, which AG Grid may
   * deliver after the value is already set.
   */
  let opened: { readonly rowId: string; readonly colId: string; readonly value: number | undefined } | undefined;
  const noteOpened = (def: ColDef<R>): ColDef<R> => {
    const colId = def.colId ?? def.field;
    if (!colId?.startsWith('p:') || !def.editable) return def;
    const { cellEditorParams } = def;
    return {
      ...def,
      cellEditorParams: (p: ICellEditorParams<R>) => {
        opened = p.data ? { rowId: p.data.id, colId, value: p.data.scores[colId.slice(2)] } : undefined;
        return typeof cellEditorParams === 'function'
          ? (cellEditorParams as (p: ICellEditorParams<R>) => unknown)(p)
          : cellEditorParams;
      },
    };
  };
  const openedOver = (rowId: string, colId: string) => {
    const was = opened?.rowId === rowId && opened.colId === colId ? opened : undefined;
    opened = undefined;
    return was;
  };

  // A header as said in a message: without the soft hyphens that let it wrap in its column.
  const headerOf = (colId: string) => (opts.api()?.getColumn(colId)?.getColDef().headerName ?? colId).replaceAll('\u00ad', '');
  const displayedRows = () => {
    const out: R[] = [];
    opts.api()?.forEachNodeAfterFilterAndSort((n) => {
      if (n.data) out.push(n.data);
    });
    return out;
  };

  const person = (row: R) => opts.person?.(row) ?? row.name;
  const invalid = makeInvalidCells<R>(opts.api);
  /** A cell put right (a valid value, cleared, given up): its refusal is gone, and so is a notice about it alone. */
  const settle = (rowId: string, colId: string) => {
    invalid.clear(rowId, colId);
    app.resolve(cellCause(rowId, colId));
  };

  /** Each input read as its column reads typed text: the changes to store and the refusals, located. */
  const readInputs = (inputs: readonly CellInput<R>[]) => {
    const problems: string[] = [];
    const causes: string[] = [];
    const changes: ScoreChange[] = [];
    const refused = (input: CellInput<R>, message: string) => {
      problems.push(input.where(message));
      causes.push(cellCause(input.row.id, input.column));
    };
    for (const input of inputs) {
      if (!input.column.startsWith('p:')) refused(input, t('evaluate.notScore'));
      else if (input.row.eligibility.kind === 'notEvaluated')
        refused(input, problemText(app.i18n, problem('excluded', undefined)));
      else {
        const param = input.column.slice(2);
        const read = readScore(input.raw, param);
        if (read.kind === 'invalid') refused(input, problemText(app.i18n, read.problem));
        else {
          settle(input.row.id, input.column);
          const value = read.kind === 'score' ? read.value : undefined;
          if (value !== input.row.scores[param]) changes.push(change(input.row, { param, value }));
        }
      }
    }
    return { changes, problems, causes };
  };

  /**
   * The readable inputs stored in one write (one undo step); what was done told (`done`), and what
   * was refused (`refused`, the first five listed, `more` after them counted too).
   */
  const write = (
    inputs: readonly CellInput<R>[],
    words: {
      readonly done?: 'evaluate.pasted' | 'evaluate.filled';
      readonly refused: 'evaluate.pasteProblems' | 'evaluate.fillProblems';
    },
    more: { readonly count: number; readonly text: string } = { count: 0, text: '' },
  ) => {
    const { changes, problems, causes } = readInputs(inputs);
    const done = words.done;
    if (changes.length > 0)
      void edit(changes).then((applied) => applied && done && app.notify(t(done, { count: applied.length })));
    if (problems.length + more.count > 0) {
      const list = [...problems.slice(0, 5), ...(more.count > 0 ? [more.text] : [])].join('; ');
      // Cells outside the grid cannot be put right: such a notice stays until closed or the page is left.
      app.notify(t(words.refused, { count: problems.length + more.count, list }), 'error', {
        causes: more.count > 0 ? [...causes, 'outside'] : causes,
      });
    }
  };

  const onPaste = (e: ClipboardEvent) => {
    const api = opts.api();
    if (!api || api.getEditingCells().length > 0) return;
    const focused = api.getFocusedCell();
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!focused || text === '') return;
    e.preventDefault();
    if (opts.locked()) return app.failed({ code: opts.lockedError ?? 'locked' });
    const columns = api.getAllDisplayedColumns().map((c) => c.getColId());
    const { targets, outside } = placeBlock(
      parseClipboard(text),
      displayedRows(),
      columns,
      focused.rowIndex,
      columns.indexOf(focused.column.getColId()),
    );
    const inputs = targets.map((target): CellInput<R> => ({
      ...target,
      where: (message) =>
        t('evaluate.pasteAt', {
          row: target.at.row,
          column: target.at.column,
          person: person(target.row),
          header: headerOf(target.column),
          message,
        }),
    }));
    write(
      inputs,
      { done: 'evaluate.pasted', refused: 'evaluate.pasteProblems' },
      { count: outside, text: t('evaluate.pasteOutside', { count: outside }) },
    );
  };

  /**
   * A fill over the selected range: the top row copied down (Ctrl+D), one typed value into every
   * cell (Ctrl+Enter) or every cell cleared (Delete). Only editable score cells are written; the
   * values are read as typed ones are, and stored in one write.
   */
  const fill = (how: 'down' | 'value' | 'clear', typed?: unknown) => {
    const range = rangeOf(opts.api());
    const rect = range?.rect();
    if (!range || !rect) return;
    if (opts.locked()) return app.failed({ code: opts.lockedError ?? 'locked' });
    const cell = (at: CellAt) => {
      const node = range.row(at.row);
      const column = range.column(at.column);
      return node?.data && column ? { node, row: node.data, column, colId: column.getColId() } : undefined;
    };
    const editable = (at: CellAt) => {
      const c = cell(at);
      return c !== undefined && c.colId.startsWith('p:') && c.column.isCellEditable(c.node);
    };
    const input = (at: CellAt, raw: unknown): CellInput<R>[] => {
      const c = cell(at);
      if (!c) return [];
      const where = (message: string) => t('evaluate.cellProblem', { person: person(c.row), column: headerOf(c.colId), message });
      return [{ row: c.row, column: c.colId, raw, where }];
    };
    const inputs =
      how === 'down'
        ? fillDownPlan(rect, editable).flatMap(({ at, from }) => {
            const source = cell(from);
            const value = source?.row.scores[source.colId.slice(2)];
            return input(at, value === undefined ? '' : hundredthsText(value));
          })
        : fillValuePlan(rect, editable).flatMap((at) => input(at, how === 'value' ? typed : ''));
    write(inputs, { done: how === 'clear' ? undefined : 'evaluate.filled', refused: 'evaluate.fillProblems' });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const api = opts.api();
    if (!api) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const editing = api.getEditingCells().length > 0;
    const selecting = rangeOf(api)?.selecting() === true;
    const focused = api.getFocusedCell();
    const colId = focused?.column.getColId() ?? '';
    const row = focused ? displayedRows()[focused.rowIndex] : undefined;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    // Escape gives up a refused value (an open editor closes as usual).
    if (e.key === 'Escape' && row) settle(row.id, colId);
    if (ctrl && e.key === 'Enter' && editing && selecting) {
      handled();
      const typed: unknown = api.getCellEditorInstances()[0]?.getValue();
      api.stopEditing(true); // the value goes to the whole range, the edited cell with it
      return fill('value', typed);
    }
    if (editing) return;
    if (selecting && ((ctrl && e.code === 'KeyD' && !e.shiftKey) || e.key === 'Delete')) {
      handled();
      return fill(e.key === 'Delete' ? 'clear' : 'down');
    }
    if (ctrl && e.code === 'KeyZ' && !e.shiftKey) {
      handled();
      void undo();
    } else if (ctrl && (e.code === 'KeyY' || (e.code === 'KeyZ' && e.shiftKey))) {
      handled();
      void redo();
    } else if ((e.key === 'Delete' || (ctrl && e.code === 'KeyD')) && row && colId.startsWith('p:')) {
      handled();
      if (opts.locked()) return app.failed({ code: opts.lockedError ?? 'locked' });
      if (row.eligibility.kind === 'notEvaluated') return;
      const param = colId.slice(2);
      const above = focused ? displayedRows()[focused.rowIndex - 1] : undefined;
      if (e.key !== 'Delete' && above === undefined) return;
      settle(row.id, colId);
      const value = e.key === 'Delete' ? undefined : above?.scores[param];
      if (value !== row.scores[param]) save(row, { param, value });
    }
  };

  /** Attach to the grid's wrapper (it may appear after the page mounts, once rows load). */
  const listen = (el: HTMLElement) => {
    el.addEventListener('keydown', onKeyDown, true);
    el.addEventListener('paste', onPaste);
    onCleanup(() => {
      el.removeEventListener('keydown', onKeyDown, true);
      el.removeEventListener('paste', onPaste);
    });
  };

  /** A typed value refused: said by person and column, and kept in its cell, marked, until corrected. */
  const refuse = (e: ValueSetterParams<R>, header: string, why: Problem) => {
    const message = problemText(app.i18n, why);
    const colId = e.column.getColId();
    app.notify(t('evaluate.cellProblem', { person: person(e.data), column: header, message }), 'error', {
      causes: [cellCause(e.data.id, colId)],
    });
    invalid.set(e.data.id, colId, { raw: String(e.newValue ?? ''), message });
    return false;
  };
  /** A typed value accepted: a refused one in the cell is gone. */
  const accept = (e: ValueSetterParams<R>) => settle(e.data.id, e.column.getColId());

  /** AG Grid's value setter for a score column: the typed text validated, a problem told and kept in the cell, a change stored. */
  const scoreSetter = (param: string, header: string) => (e: ValueSetterParams<R>) => {
    const shown = openedOver(e.data.id, e.column.getColId());
    const read = readScore(e.newValue, param);
    if (read.kind === 'invalid') return refuse(e, header, read.problem);
    accept(e);
    const value = read.kind === 'score' ? read.value : undefined;
    if (value !== e.data.scores[param]) save(e.data, { param, value }, shown);
    return false;
  };

  /** The columns, each editable one able to show a refused value and noting what its editor opened over. */
  const columns = (defs: ColumnDefs<R>) => mapColumns(invalid.columns(defs), noteOpened);

  return { edit, save, listen, scoreSetter, refuse, accept, columns };
}
