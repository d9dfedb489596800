/**
 * A table's header row: a column header per label; an action column's header (a button per row)
 * is read by screen readers and hidden from view.
 */
import { For, Show } from 'solid-js';

export function TableHead(props: { readonly labels: readonly string[]; readonly actions?: string }) {
  return (
    <thead>
      <tr>
        <For each={props.labels}>{(label) => <th scope="col">{label}</th>}</For>
        <Show when={props.actions}>
          {(actions) => (
            <th scope="col">
              <span class="visually-hidden">{actions()}</span>
            </th>
          )}
        </Show>
      </tr>
    </thead>
  );
}
