/**
 * A small table of entries edited in place (incentives, violations, work-plan targets, KCIs): one
 * row per entry, a control per field with an accessible name "<field>, <entry> <n>", the problems of
 * a field beside it, a remove button per row and an add button under the table.
 *
 * Rows are keyed by the entry's id: when the entries change (a save, another tab), a row whose entry
 * is still there keeps its elements, and each control is made once per row and reads its entry
 * through an accessor — so what is being typed in one control is never lost to a change of another.
 */
import { createMemo, For, Show, type Accessor, type JSX } from 'solid-js';
import { useApp } from '../app/app-state';

/**
 * What a field's control needs: its id, accessible name, whether it has problems, their element,
 * disabled. The properties are read live (the row's position and problems change): read them in JSX.
 */
export interface EntryA11y {
  readonly id: string;
  readonly name: string;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  readonly disabled: boolean;
}

export interface EntryField<T> {
  readonly key: string;
  readonly label: string;
  /** Made once per row: `entry` and `index` follow the row's entry and its place in the list. */
  readonly control: (entry: Accessor<T>, index: Accessor<number>, a11y: EntryA11y) => JSX.Element;
}

export function EntryList<T extends { readonly id: string }>(props: {
  readonly id: string;
  readonly caption: string;
  /** How one entry is called in accessible names ("Entry 2"). */
  readonly entryName: string;
  readonly entries: readonly T[];
  readonly fields: readonly EntryField<T>[];
  readonly problems: (index: number, field: string) => readonly string[];
  readonly editable: boolean;
  readonly tableClass?: string;
  /** Without `onAdd` the page places its own add button. */
  readonly addLabel?: string;
  readonly canAdd?: boolean;
  readonly onAdd?: () => void;
  readonly removeLabel: (n: number) => string;
  readonly onRemove: (index: number) => void;
}) {
  const app = useApp();
  const { t } = app.i18n;
  const fields = createMemo(() => props.fields);
  const byId = createMemo(() => new Map(props.entries.map((e) => [e.id, e])));
  const ids = createMemo(() => props.entries.map((e) => e.id), [], {
    equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
  });
  return (
    <div class="entry-list">
      <Show when={ids().length > 0} fallback={<p class="muted">{t('points.none')}</p>}>
        <div class="table-scroll" tabindex="0" role="region" aria-label={props.caption}>
          <table class={`table ${props.tableClass ?? 'compact'}`}>
            <thead>
              <tr>
                <th scope="col">№</th>
                <For each={fields()}>{(f) => <th scope="col">{f.label}</th>}</For>
                <th scope="col">
                  <span class="sr-only">{t('methodology.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={ids()}>
                {(entryId, i) => {
                  // The row's entry as last listed: a row being removed keeps it until it is gone.
                  const entry = createMemo<T>((last) => byId().get(entryId) ?? last, byId().get(entryId) as T);
                  return (
                    <tr>
                      <th scope="row">{i() + 1}</th>
                      <For each={fields()}>
                        {(f) => {
                          const id = () => `${props.id}-${i()}-${f.key}`;
                          const problems = createMemo(() => props.problems(i(), f.key));
                          const a11y: EntryA11y = {
                            get id() {
                              return id();
                            },
                            get name() {
                              return `${f.label}, ${props.entryName} ${i() + 1}`;
                            },
                            get invalid() {
                              return problems().length > 0;
                            },
                            get describedBy() {
                              return problems().length > 0 ? `${id()}-problem` : undefined;
                            },
                            get disabled() {
                              return !props.editable;
                            },
                          };
                          const control = f.control(entry, i, a11y);
                          return (
                            <td>
                              {control}
                              <Show when={problems().length > 0}>
                                <span id={`${id()}-problem`} class="field-problems">
                                  <span class="error">{problems().join(' ')}</span>
                                </span>
                              </Show>
                            </td>
                          );
                        }}
                      </For>
                      <td>
                        <button
                          type="button"
                          class="link danger"
                          disabled={!props.editable}
                          aria-label={props.removeLabel(i() + 1)}
                          onClick={() => props.onRemove(i())}
                        >
                          {t('methodology.remove')}
                        </button>
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
      <Show when={props.editable && props.onAdd}>
        {(onAdd) => (
          <button type="button" onClick={() => onAdd()()} disabled={props.canAdd === false}>
            {props.addLabel}
          </button>
        )}
      </Show>
    </div>
  );
}
