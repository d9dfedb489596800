/**
 * "Why is it 3.88?": an engine trace in words — inputs, formula, the exact value before rounding,
 * the rounding, the result and grade, the profile and version, the source paragraphs and every
 * assumption in force (with its marker).
 */
import { For, Show } from 'solid-js';
import type { Trace } from '../../domain';
import { explanationLines } from '../../documents/explanation';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';

export function Explanation(props: { trace: Trace; title: string; headingId?: string }) {
  const app = useApp();
  const agency = useAgency();
  const lines = () => explanationLines(props.trace, app.i18n, agency.profile());
  return (
    <>
      <h2 id={props.headingId ?? 'why-title'}>{props.title}</h2>
      <dl class="trace">
        <For each={lines()}>
          {(line) => (
            <>
              <dt>{line.label}</dt>
              <dd>
                <Show when={line.items} fallback={line.value}>
                  {(items) => (
                    <ul>
                      <For each={items()}>
                        {(item) => (
                          <Show when={line.assumptions} fallback={<li>{item}</li>}>
                            <li class="assumption">
                              <span class="assumption-mark" aria-hidden="true">
                                ≈
                              </span>{' '}
                              {item}
                            </li>
                          </Show>
                        )}
                      </For>
                    </ul>
                  )}
                </Show>
              </dd>
            </>
          )}
        </For>
      </dl>
    </>
  );
}
