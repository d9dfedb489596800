/**
 * The spreadsheet keys every grid has (Excel's, which AG Grid Community lacks): Shift+arrows and
 * Shift+click select a range, Ctrl+A selects every cell, Ctrl+C copies the selection as the cells
 * show it, Ctrl+Home / Ctrl+End go to the first / last cell, and Enter after a run of Tabs returns
 * to the column where the run began, one row down. Letters are read by key position (`event.code`),
 * so a Kazakh or Russian layout works; while a cell editor is open only Tab and Enter are looked at.
 */
import type { GridApi } from 'ag-grid-community';
import type { Direction } from '../../domain';
import type { GridRange } from './grid-range';

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
/** Keys that move the focus other than Tab: each ends a run of Tabs. */
const MOVES = new Set([...Object.keys(ARROWS), 'Home', 'End', 'PageUp', 'PageDown', 'Enter']);

/** Attaches the keys to the element holding the grid; returns the function that detaches them. */
export function attachGridKeys<T>(host: HTMLElement, api: GridApi<T>, range: GridRange<T>): () => void {
  /** The column where a run of Tabs began; undefined when there is no run. */
  let tabFrom: string | undefined;
  /** The text for the browser's copy event, when the asynchronous clipboard is not there (a page not served securely). */
  let copyText: string | undefined;

  const onKeyDown = (e: KeyboardEvent) => {
    // Only keys on a cell: a filter's input or a header keeps its own.
    if (!(e.target instanceof Element) || e.target.closest('.ag-cell') === null) return;
    const editing = api.getEditingCells().length > 0;
    const ctrl = e.ctrlKey || e.metaKey;
    const plain = !ctrl && !e.altKey && !e.shiftKey;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    copyText = undefined;

    if (e.key === 'Tab' && !ctrl && !e.altKey) {
      tabFrom ??= api.getFocusedCell()?.column.getColId();
      return;
    }
    if (e.key === 'Enter' && plain && tabFrom !== undefined) {
      const from = tabFrom;
      const at = api.getFocusedCell();
      tabFrom = undefined;
      // Data entry only: Enter on a cell that is not edited keeps its own meaning (a link opens).
      const node = at ? api.getDisplayedRowAtIndex(at.rowIndex) : undefined;
      if (!at || !node || !(editing || at.column.isCellEditable(node))) return;
      handled();
      if (editing) api.stopEditing();
      range.goTo(at.rowIndex + 1, from);
      return;
    }
    if (MOVES.has(e.key) && !editing) tabFrom = undefined;
    if (editing) return;

    const direction = ARROWS[e.key];
    if (direction && e.shiftKey && !ctrl && !e.altKey) {
      handled();
      range.extend(direction);
    } else if (ctrl && !e.altKey && !e.shiftKey && e.code === 'KeyA') {
      handled();
      range.selectAll();
    } else if (ctrl && !e.altKey && !e.shiftKey && e.code === 'KeyC') {
      const text = range.copyText();
      if (text === undefined) return;
      if (typeof navigator.clipboard?.writeText === 'function') {
        handled();
        void navigator.clipboard.writeText(text);
      } else copyText = text; // the browser's copy command follows this key: see onCopy
    } else if (ctrl && !e.altKey && (e.key === 'Home' || e.key === 'End')) {
      handled();
      tabFrom = undefined;
      range.goToCorner(e.key === 'Home' ? 'first' : 'last');
    }
  };

  const onCopy = (e: ClipboardEvent) => {
    if (copyText === undefined || !e.clipboardData) return;
    e.clipboardData.setData('text/plain', copyText);
    e.preventDefault();
    copyText = undefined;
  };
  // AG Grid focuses a cell on pointerdown (before mousedown), so the press is seen there.
  const onPointerDown = (e: PointerEvent) => {
    tabFrom = undefined;
    if (e.shiftKey && e.button === 0) range.pressWithShift();
    // A plain press on a cell selects that cell alone, as in Excel — the focused one included, whose
    // press moves no focus (so the focus change alone would leave the old range standing).
    else if (e.button === 0 && e.target instanceof Element && e.target.closest('.ag-cell')) range.collapse();
  };
  // A press on the cell already focused moves no focus: the Shift is forgotten once the click is over.
  const onPointerUp = () => setTimeout(range.releaseShift, 0);

  host.addEventListener('keydown', onKeyDown, true);
  host.addEventListener('pointerdown', onPointerDown, true);
  host.addEventListener('pointerup', onPointerUp, true);
  // The copy event goes to the document's body when the focused cell is not editable.
  document.addEventListener('copy', onCopy, true);
  return () => {
    host.removeEventListener('keydown', onKeyDown, true);
    host.removeEventListener('pointerdown', onPointerDown, true);
    host.removeEventListener('pointerup', onPointerUp, true);
    document.removeEventListener('copy', onCopy, true);
  };
}
