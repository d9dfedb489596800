/**
 * A small table of entries edited in place (incentives, violations, work-plan targets): one row per
 * entry, a control per field with an accessible name "<field>, <entry> <n>", the problems of a field
 * beside it, a remove button per row and an add button under the table.
 */
import { For, Index, Show, type JSX } from 'solid-js';
import { useApp } from '../app/app-state';

/** What a field's control needs: its id, accessible name, whether it has problems, their element, disabled. */
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
  readonly control: (entry: T, index: number, a11y: EntryA11y) => JSX.Element;
}

export function EntryList<T>(props: {
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
  return (
    <div class="entry-list">
      <Show when={props.entries.length > 0} fallback={<p class="muted">{t('points.none')}</p>}>
        <div class="table-scroll" tabindex="0" role="region" aria-label={props.caption}>
          <table class={`table ${props.tableClass ?? 'compact'}`}>
            <thead>
              <tr>
                <th scope="col">№</th>
                <For each={props.fields}>{(f) => <th scope="col">{f.label}</th>}</For>
                <th scope="col">
                  <span class="sr-only">{t('methodology.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <Index each={props.entries}>
                {(entry, i) => (
                  <tr>
                    <th scope="row">{i + 1}</th>
                    <For each={props.fields}>
                      {(f) => {
                        const id = `${props.id}-${i}-${f.key}`;
                        const problems = () => props.problems(i, f.key);
                        return (
                          <td>
                            {f.control(entry(), i, {
                              id,
                              name: `${f.label}, ${props.entryName} ${i + 1}`,
                              invalid: problems().length > 0,
                              describedBy: problems().length > 0 ? `${id}-problem` : undefined,
                              disabled: !props.editable,
                            })}
                            <Show when={problems().length > 0}>
                              <span id={`${id}-problem`} class="field-problems">
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
                        aria-label={props.removeLabel(i + 1)}
                        onClick={() => props.onRemove(i)}
                      >
                        {t('methodology.remove')}
                      </button>
                    </td>
                  </tr>
                )}
              </Index>
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
