// @vitest-environment happy-dom
/**
 * Issue 20: what a user types in an entry list is never lost to a stored change arriving meanwhile
 * (the kind of another entry just chosen and saved, another field's blur-save, another tab). Rows are
 * keyed by the entry's id and their controls made once; a control follows its entry's stored value
 * except while it is being typed in.
 */
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../app/app-state';
import { EntryList, type EntryField } from './EntryList';
import { followValue } from './follow-value';

interface Entry {
  readonly id: string;
  readonly kind: 'executive' | 'labour';
  readonly note: string;
}

let dispose = () => {};
beforeEach(() => localStorage.setItem('bagalau.lang', 'en'));
afterEach(() => {
  dispose();
  document.body.replaceChildren();
});

function setUp(initial: readonly Entry[]) {
  const [entries, setEntries] = createSignal<readonly Entry[]>(initial);
  const changes: string[] = [];
  const fields: EntryField<Entry>[] = [
    {
      key: 'kind',
      label: 'Kind',
      control: (e, _i, a) => (
        <select id={a.id} aria-label={a.name} value={e().kind} onChange={(ev) => changes.push(`kind ${ev.currentTarget.value}`)}>
          <option value="executive">executive</option>
          <option value="labour">labour</option>
        </select>
      ),
    },
    {
      key: 'note',
      label: 'Note',
      control: (e, _i, a) => (
        <input
          id={a.id}
          aria-label={a.name}
          ref={(el) => followValue(el, () => e().note)}
          onChange={(ev) => changes.push(`note ${e().id} ${ev.currentTarget.value}`)}
        />
      ),
    },
  ];
  const el = document.createElement('div');
  document.body.append(el);
  dispose = render(
    () => (
      <AppProvider>
        <EntryList<Entry>
          id="v"
          caption="Violations"
          entryName="Entry"
          entries={entries()}
          fields={fields}
          problems={() => []}
          editable
          removeLabel={(n) => `Remove ${n}`}
          onRemove={() => {}}
        />
      </AppProvider>
    ),
    el,
  );
  const input = <T extends Element = HTMLInputElement>(label: string) => el.querySelector<T>(`[aria-label="${label}"]`);
  /** Typing without leaving the field: the value changes, no change event yet. */
  const type = (field: HTMLInputElement, text: string) => {
    field.focus();
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { setEntries, changes, input, type };
}

const A: Entry = { id: 'a', kind: 'executive', note: '' };
const B: Entry = { id: 'b', kind: 'executive', note: '' };

describe('an entry list while the user types', () => {
  it('given a note being typed in entry 1, when entry 2’s kind is stored (every entry a new object), then the field, its text and the focus stay', () => {
    const l = setUp([A, B]);
    const note = l.input('Note, Entry 1');
    expect(note).not.toBeNull();
    l.type(note as HTMLInputElement, 'on time');
    // The store answers with the whole sheet read anew.
    l.setEntries([{ ...A }, { ...B, kind: 'labour' }]);
    expect(l.input('Note, Entry 1')).toBe(note);
    expect(note?.value).toBe('on time');
    expect(document.activeElement).toBe(note);
    expect(l.input<HTMLSelectElement>('Kind, Entry 2')?.value).toBe('labour');
    note?.dispatchEvent(new Event('change', { bubbles: true }));
    expect(l.changes).toEqual(['note a on time']);
  });

  it('given a note being typed, when another tab stores a different note for it, then the typing is kept; left unchanged, the field shows the stored note', () => {
    const l = setUp([A, B]);
    const note = l.input('Note, Entry 2') as HTMLInputElement;
    l.type(note, 'mine');
    l.setEntries([A, { ...B, note: 'theirs' }]);
    expect(note.value).toBe('mine');
    // Not typing (the field left without a change): it follows the stored value again.
    note.dispatchEvent(new Event('blur'));
    expect(note.value).toBe('theirs');
    l.setEntries([A, { ...B, note: 'later' }]);
    expect(note.value).toBe('later');
  });

  it('given two entries, when the first is removed, then the second keeps its elements and is renumbered', () => {
    const l = setUp([A, { ...B, note: 'kept' }]);
    const second = l.input('Note, Entry 2');
    l.setEntries([{ ...B, note: 'kept' }]);
    const first = l.input('Note, Entry 1');
    expect(first).toBe(second);
    expect(first?.id).toBe('v-0-note');
    expect(first?.value).toBe('kept');
  });
});
