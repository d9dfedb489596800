/** A print view's ruled table (the seeds' forms): optional column widths in proportion, a header row, text cells. */
import { For, Show } from 'solid-js';

export function FormTable(props: {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  widths?: readonly number[];
  caption?: string;
}) {
  const total = () => (props.widths ?? []).reduce((a, b) => a + b, 0);
  return (
    <table class="form-table">
      <Show when={props.caption}>{(c) => <caption class="visually-hidden">{c()}</caption>}</Show>
      <Show when={props.widths}>
        {(widths) => (
          <colgroup>
            <For each={widths()}>{(x) => <col style={{ width: `${(100 * x) / total()}%` }} />}</For>
          </colgroup>
        )}
      </Show>
      <thead>
        <tr>
          <For each={props.columns}>{(c) => <th scope="col">{c}</th>}</For>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(r) => (
            <tr>
              <For each={r}>{(cell) => <td>{cell}</td>}</For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

/** A print view's lines above its table: "label: value" with the value underlined, as the seeds' forms fill them. */
export function FormLines(props: { lines: readonly { readonly label: string; readonly value: string }[] }) {
  return (
    <dl class="form-lines">
      <For each={props.lines}>
        {(l) => (
          <div>
            <dt>{l.label}:</dt>
            <dd>{l.value}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}
