// @vitest-environment happy-dom
/**
 * The spreadsheet keys every grid has, as a user presses them: Shift+arrows and Shift+click select
 * a range, a plain move collapses it, Ctrl+A selects all, Ctrl+C copies what the cells show,
 * Ctrl+Home / Ctrl+End, and Enter after a run of Tabs. AG Grid is a stub that shows the rows and
 * moves the focus (`grid-test-support.ts`); the range and the keys are the real ones.
 */
import type { CellClassParams } from 'ag-grid-community';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachGridKeys } from './grid-keys';
import { makeGridRange } from './grid-range';
import { makeGridStub } from './grid-test-support';

interface Row {
  readonly id: string;
  readonly name: string;
  readonly q: string;
  readonly d: string;
}
const ROWS: readonly Row[] = [
  { id: 'a', name: 'Ахметов Е.', q: '4,50', d: '3,75' },
  { id: 'b', name: 'Борисова А.', q: '3,00', d: '' },
  { id: 'c', name: 'Сидоров "К."', q: '5,00', d: '4,00' },
];

let detach = () => {};
afterEach(() => {
  detach();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function setUp() {
  const stub = makeGridStub(
    () => ROWS,
    [
      { colId: 'name', header: 'Person', shows: (r: Row) => r.name },
      { colId: 'p:q', header: 'Quality', shows: (r: Row) => r.q, editable: () => true },
      { colId: 'p:d', header: 'Deadlines', shows: (r: Row) => r.d, editable: () => true },
      { colId: 'open', header: 'Open' },
    ],
  );
  const range = makeGridRange<Row>();
  range.attach(stub.api);
  const host = document.createElement('div');
  const cell = document.createElement('div');
  cell.className = 'ag-cell';
  host.append(cell);
  document.body.append(host);
  detach = attachGridKeys(host, stub.api, range);
  const press = (key: string, init: KeyboardEventInit = {}) => {
    const e = new KeyboardEvent('keydown', {
      key,
      code: key.length === 1 ? `Key${key.toUpperCase()}` : key,
      bubbles: true,
      cancelable: true,
      ...init,
    });
    cell.dispatchEvent(e);
    return e;
  };
  /** Whether the class rule marks a cell as in the range. */
  const marked = (row: number, colId: string) =>
    range.classRules['cell-in-range']({
      node: { rowIndex: row },
      column: stub.api.getColumn(colId),
    } as unknown as CellClassParams<Row>);
  return { stub, range, host, cell, press, marked };
}

describe('selecting a range with the keyboard and the mouse (issue 19)', () => {
  it('given a focused cell, when Shift+Right and Shift+Down, then the range spans them, the focus follows its end, and its cells are marked', () => {
    const g = setUp();
    g.stub.focusOn(0, 'name');
    expect(g.press('ArrowRight', { shiftKey: true }).defaultPrevented).toBe(true);
    g.press('ArrowDown', { shiftKey: true });
    expect(g.range.rect()).toEqual({ top: 0, bottom: 1, left: 0, right: 1 });
    expect(g.stub.focused()).toEqual({ rowIndex: 1, colId: 'p:q' });
    expect(g.marked(1, 'p:q')).toBe(true);
    expect(g.marked(1, 'p:d')).toBe(false);
    expect(g.marked(2, 'name')).toBe(false);
  });

  it('given a range, when the focus moves by a plain arrow or click, then the range collapses to the focused cell', () => {
    const g = setUp();
    g.stub.focusOn(0, 'name');
    g.press('ArrowDown', { shiftKey: true });
    expect(g.range.selecting()).toBe(true);
    g.stub.focusOn(2, 'p:d');
    expect(g.range.selecting()).toBe(false);
    expect(g.range.rect()).toEqual({ top: 2, bottom: 2, left: 2, right: 2 });
    expect(g.marked(0, 'name')).toBe(false);
  });

  it('given a focused cell, when another cell is clicked with Shift, then the range goes from the focused cell to it', () => {
    const g = setUp();
    g.stub.focusOn(0, 'p:q');
    g.cell.dispatchEvent(new PointerEvent('pointerdown', { shiftKey: true, bubbles: true }));
    g.stub.focusOn(2, 'p:d');
    expect(g.range.rect()).toEqual({ top: 0, bottom: 2, left: 1, right: 2 });
  });

  it('given a range, when the focused cell is pressed without Shift (no focus moves), then the range goes', () => {
    const g = setUp();
    g.stub.focusOn(0, 'p:q');
    g.press('ArrowDown', { shiftKey: true });
    expect(g.range.selecting()).toBe(true);
    g.cell.dispatchEvent(new PointerEvent('pointerdown', { button: 0, bubbles: true }));
    expect(g.range.selecting()).toBe(false);
  });

  it('given a cell, when Ctrl+A (on any layout: Ctrl+Ф), then every displayed cell is selected', () => {
    const g = setUp();
    g.stub.focusOn(1, 'p:q');
    expect(g.press('ф', { code: 'KeyA', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(g.range.rect()).toEqual({ top: 0, bottom: 2, left: 0, right: 3 });
  });

  it('given an open cell editor, then Shift+arrows and Ctrl+A are left to the editor', () => {
    const g = setUp();
    g.stub.focusOn(0, 'p:q');
    g.stub.setEditor('4');
    expect(g.press('ArrowRight', { shiftKey: true }).defaultPrevented).toBe(false);
    expect(g.press('a', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(g.range.selecting()).toBe(false);
  });

  it('given the focus in a filter input (not a cell), then Ctrl+A is left to the input', () => {
    const g = setUp();
    g.stub.focusOn(0, 'p:q');
    const input = document.createElement('input');
    g.host.append(input);
    const e = new KeyboardEvent('keydown', { key: 'a', code: 'KeyA', ctrlKey: true, bubbles: true, cancelable: true });
    input.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
  });
});

describe('copying the selection (issue 19)', () => {
  it('given a range, when Ctrl+C, then the clipboard gets the cells as shown, as tab-separated rows (quotes doubled)', () => {
    const g = setUp();
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    g.stub.focusOn(1, 'name');
    g.press('ArrowDown', { shiftKey: true });
    g.press('ArrowRight', { shiftKey: true });
    g.press('ArrowRight', { shiftKey: true });
    expect(g.press('с', { code: 'KeyC', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(writeText).toHaveBeenCalledWith('Борисова А.\t3,00\t\r\n"Сидоров ""К."""\t5,00\t4,00');
  });

  it('given no range, then Ctrl+C copies the focused cell', () => {
    const g = setUp();
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    g.stub.focusOn(0, 'p:d');
    g.press('c', { ctrlKey: true });
    expect(writeText).toHaveBeenCalledWith('3,75');
  });

  it('given no asynchronous clipboard (a page not served securely), then the browser’s copy event carries the text', () => {
    const g = setUp();
    vi.stubGlobal('navigator', {});
    g.stub.focusOn(0, 'p:q');
    expect(g.press('c', { ctrlKey: true }).defaultPrevented).toBe(false);
    const data = new Map<string, string>();
    const copy = new Event('copy', { bubbles: true, cancelable: true });
    Object.defineProperty(copy, 'clipboardData', { value: { setData: (type: string, text: string) => data.set(type, text) } });
    document.body.dispatchEvent(copy);
    expect(copy.defaultPrevented).toBe(true);
    expect(data.get('text/plain')).toBe('4,50');
  });
});

describe('moving as in a spreadsheet (issue 19)', () => {
  it('Ctrl+End goes to the last displayed cell and Ctrl+Home to the first, collapsing a range', () => {
    const g = setUp();
    g.stub.focusOn(1, 'p:q');
    g.press('ArrowRight', { shiftKey: true });
    expect(g.press('End', { ctrlKey: true }).defaultPrevented).toBe(true);
    expect(g.stub.focused()).toEqual({ rowIndex: 2, colId: 'open' });
    expect(g.range.selecting()).toBe(false);
    g.press('Home', { ctrlKey: true });
    expect(g.stub.focused()).toEqual({ rowIndex: 0, colId: 'name' });
  });

  it('given a run of Tabs from a column, when Enter, then the focus goes one row down in the column where the run began', () => {
    const g = setUp();
    g.stub.focusOn(0, 'p:q');
    g.press('Tab');
    g.stub.focusOn(0, 'p:d'); // the grid moves on Tab
    g.stub.setEditor('4'); // and the user types into the next cell
    g.press('Tab');
    const enter = g.press('Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(g.stub.focused()).toEqual({ rowIndex: 1, colId: 'p:q' });
  });

  it('given a Tab run broken by an arrow key, then Enter is left to the grid (straight down)', () => {
    const g = setUp();
    g.stub.focusOn(0, 'p:q');
    g.press('Tab');
    g.stub.focusOn(0, 'p:d');
    g.press('ArrowLeft');
    expect(g.press('Enter').defaultPrevented).toBe(false);
  });

  it('given a Tab run on the last row, then Enter stays on that row in the run’s first column', () => {
    const g = setUp();
    g.stub.focusOn(2, 'name');
    g.press('Tab');
    g.stub.focusOn(2, 'p:q');
    g.press('Enter');
    expect(g.stub.focused()).toEqual({ rowIndex: 2, colId: 'name' });
  });

  it('given a Tab run ending on a cell that is not edited (a link to open), then Enter keeps its own meaning', () => {
    const g = setUp();
    g.stub.focusOn(0, 'p:d');
    g.press('Tab');
    g.stub.focusOn(0, 'open');
    expect(g.press('Enter').defaultPrevented).toBe(false);
    expect(g.stub.focused()).toEqual({ rowIndex: 0, colId: 'open' });
  });
});
