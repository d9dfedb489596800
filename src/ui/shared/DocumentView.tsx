/**
 * A document's print view (`documents/model.ts`): its parts one after another, each block as the
 * page shows it — headings, text, label/value fields, tables with their headers, signature lines,
 * an explanation. The workbook is written from the same blocks (`io/document-workbook.ts`).
 */
import { For, Match, Show, Switch } from 'solid-js';
import type { Block, DocumentModel } from '../../documents/model';

export function DocumentView(props: { doc: DocumentModel; headingId?: string }) {
  let headings = 0;
  return (
    <For each={props.doc.parts}>
      {(part) => (
        <For each={'blocks' in part ? part.blocks : []}>
          {(block) => <BlockView block={block} headingId={headings++ === 0 ? props.headingId : undefined} />}
        </For>
      )}
    </For>
  );
}

function BlockView(props: { block: Block; headingId: string | undefined }) {
  return (
    <Switch>
      <Match when={props.block.kind === 'heading' && props.block}>
        {(b) => (b().level === 1 ? <h1 id={props.headingId}>{b().text}</h1> : <h2>{b().text}</h2>)}
      </Match>
      <Match when={props.block.kind === 'text' && props.block}>
        {(b) => (
          <Show when={b().label} fallback={<p class={b().muted ? 'muted' : undefined}>{b().text}</p>}>
            {(label) => (
              <p>
                <strong>{label()}:</strong> {b().text}
              </p>
            )}
          </Show>
        )}
      </Match>
      <Match when={props.block.kind === 'fields' && props.block}>
        {(b) => (
          <dl class="doc-fields">
            <For each={b().rows}>
              {(f) => (
                <>
                  <dt>{f.label}</dt>
                  <dd classList={{ 'pre-line': f.value.includes('\n') }}>{f.note ? `${f.value} — ${f.note}` : f.value}</dd>
                </>
              )}
            </For>
          </dl>
        )}
      </Match>
      <Match when={props.block.kind === 'table' && props.block}>
        {(b) => (
          <table class={b().compact ? 'table compact' : 'table'}>
            <Show when={b().caption}>
              <caption>{b().caption}</caption>
            </Show>
            <thead>
              <tr>
                <For each={b().columns}>{(c) => <th scope="col">{c}</th>}</For>
              </tr>
            </thead>
            <tbody>
              <For each={b().rows}>
                {(row) => (
                  <tr>
                    <For each={row}>
                      {(cell, i) => (
                        <Show when={b().rowHeaders && i() === 0} fallback={<td>{cell}</td>}>
                          <th scope="row">{cell}</th>
                        </Show>
                      )}
                    </For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </Match>
      <Match when={props.block.kind === 'signatures' && props.block}>
        {(b) => (
          <table class="table signatures">
            <tbody>
              <For each={b().rows}>
                {(sig) => (
                  <tr>
                    <td>{sig.role}</td>
                    <td>{sig.name}</td>
                    <td class="signature-line" aria-hidden="true" />
                    <td>{sig.date ?? ''}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </Match>
      <Match when={props.block.kind === 'approval' && props.block}>
        {(b) => (
          <div class="doc-approval">
            <For each={b().lines}>{(line) => <p>{line}</p>}</For>
          </div>
        )}
      </Match>
      <Match when={props.block.kind === 'explanation' && props.block}>
        {(b) => (
          <section class="explain">
            <h2>{b().title}</h2>
            <dl class="trace">
              <For each={b().lines}>
                {(line) => (
                  <>
                    <dt>{line.label}</dt>
                    <dd>{line.value}</dd>
                  </>
                )}
              </For>
            </dl>
          </section>
        )}
      </Match>
    </Switch>
  );
}
