/**
 * The spreadsheet behaviour AG Grid Community does not give us, for any score grid: paste a block
 * copied from Excel or LibreOffice from the focused cell (every cell validated, invalid ones
 * reported by position, valid ones stored in one transaction), undo and redo at the data layer,
 * Delete to clear and Ctrl+D to copy from the row above (keys by position, any keyboard layout).
 * Score columns have ids `p:<parameter>`.
 */
import type { GridApi, ValueSetterParams } from 'ag-grid-community';
import { onCleanup } from 'solid-js';
import { parseClipboard, placeBlock, problem, readScore } from '../../domain';
import type { AppliedChange, ScoreChange } from '../../store/evaluations';
import type { StoreErrorCode } from '../../store/errors';
import { useApp } from '../app/app-state';
import { problemText } from './messages';
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
  /** Stores changes in one transaction; what was applied (with previous values), or undefined on failure. */
  readonly apply: (changes: readonly ScoreChange[]) => Promise<AppliedChange[] | undefined>;
  readonly changeFor: (row: R, field: ScoreChange['field']) => ScoreChange;
  /** What a locked grid says when edited (default: the unit's period is submitted). */
  readonly lockedError?: StoreErrorCode;
}

export function createGridEditing<R extends EditableRow>(opts: GridEditingOptions<R>) {
  const app = useApp();
  const { t } = app.i18n;
  // AG Grid's undo ignores programmatic values (STACK.md): each entry is a batch of applied
  // changes with what they replaced.
  const undoStack: AppliedChange[][] = [];
  const redoStack: AppliedChange[][] = [];

  const commit = async (changes: readonly ScoreChange[], into: AppliedChange[][]) => {
    const applied = await opts.apply(changes);
    if (applied && applied.length > 0) into.push(applied);
    return applied;
  };
  const edit = async (changes: readonly ScoreChange[]) => {
    opts.pending.add(changes);
    const applied = await commit(changes, undoStack);
    if (applied === undefined) opts.pending.drop(changes);
    else if (applied.length > 0) redoStack.length = 0;
    return applied;
  };
  const inverse = (batch: readonly AppliedChange[]): ScoreChange[] =>
    [...batch]
      .reverse()
      .map((c) => ({ periodId: c.periodId, employeeId: c.employeeId, component: c.component, field: c.before }));
  const undo = async () => {
    const batch = undoStack.pop();
    if (batch && (await commit(inverse(batch), redoStack))) app.notify(t('evaluate.undone'));
  };
  const redo = async () => {
    const batch = redoStack.pop();
    if (batch && (await commit(inverse(batch), undoStack))) app.notify(t('evaluate.redone'));
  };
  const save = (row: R, field: ScoreChange['field']) => void edit([opts.changeFor(row, field)]);

  const headerOf = (colId: string) => opts.api()?.getColumn(colId)?.getColDef().headerName ?? colId;
  const displayedRows = () => {
    const out: R[] = [];
    opts.api()?.forEachNodeAfterFilterAndSort((n) => {
      if (n.data) out.push(n.data);
    });
    return out;
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
    const problems: string[] = [];
    const changes: ScoreChange[] = [];
    for (const target of targets) {
      const where = (message: string) =>
        t('evaluate.pasteAt', {
          row: target.at.row,
          column: target.at.column,
          person: target.row.name,
          header: headerOf(target.column),
          message,
        });
      if (!target.column.startsWith('p:')) problems.push(where(t('evaluate.notScore')));
      else if (target.row.eligibility.kind === 'notEvaluated')
        problems.push(where(problemText(app.i18n, problem('excluded', undefined))));
      else {
        const param = target.column.slice(2);
        const read = readScore(target.raw, param);
        if (read.kind === 'invalid') problems.push(where(problemText(app.i18n, read.problem)));
        else if ((read.kind === 'score' ? read.value : undefined) !== target.row.scores[param])
          changes.push(opts.changeFor(target.row, { param, value: read.kind === 'score' ? read.value : undefined }));
      }
    }
    if (changes.length > 0)
      void edit(changes).then((applied) => applied && app.notify(t('evaluate.pasted', { count: applied.length })));
    if (problems.length + outside > 0) {
      const list = [...problems.slice(0, 5), ...(outside > 0 ? [t('evaluate.pasteOutside', { count: outside })] : [])].join('; ');
      app.notify(t('evaluate.pasteProblems', { count: problems.length + outside, list }), 'error');
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const api = opts.api();
    if (!api || api.getEditingCells().length > 0) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const focused = api.getFocusedCell();
    const colId = focused?.column.getColId() ?? '';
    const row = focused ? displayedRows()[focused.rowIndex] : undefined;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
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

  /** AG Grid's value setter for a score column: the typed text validated, a problem told by person and column, a change stored. */
  const scoreSetter = (param: string, header: string) => (e: ValueSetterParams<R>) => {
    const read = readScore(e.newValue, param);
    if (read.kind === 'invalid') {
      app.notify(
        t('evaluate.cellProblem', { person: e.data.name, column: header, message: problemText(app.i18n, read.problem) }),
        'error',
      );
      return false;
    }
    const value = read.kind === 'score' ? read.value : undefined;
    if (value !== e.data.scores[param]) save(e.data, { param, value });
    return false;
  };

  return { edit, save, listen, scoreSetter };
}
