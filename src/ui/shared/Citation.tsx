/**
 * A rule's citation as a user reads it: the paragraph of the act, or — where the profile's value
 * rests on an assumption (METHODOLOGY §5) — the visible ≈ marker with what is assumed.
 */
import { Show } from 'solid-js';
import { ASSUMPTIONS, type AssumptionId } from '../../domain';
import { actLegend } from '../../i18n';
import { useApp } from '../app/app-state';

export function Citation(props: { source: string; assumption?: AssumptionId | undefined }) {
  const app = useApp();
  const lang = () => (app.i18n.lang() === 'kk' ? 'kk' : app.i18n.lang() === 'ru' ? 'ru' : 'en');
  return (
    <Show
      when={props.assumption}
      fallback={
        // The sources legend on hover: each act the citation names, with its title (issue 19 §6).
        <span class="citation" title={actLegend(lang(), props.source) || undefined}>
          {app.i18n.formatSource(props.source)}
        </span>
      }
    >
      {(id) => (
        <span class="assumption">
          <span class="assumption-mark" aria-hidden="true">
            ≈
          </span>{' '}
          {app.i18n.t('methodology.assumption')}: {ASSUMPTIONS[id()][lang()]}
        </span>
      )}
    </Show>
  );
}
