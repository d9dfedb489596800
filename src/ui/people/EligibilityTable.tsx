/**
 * Per period of the year: is this person evaluated, and if not, why — the engine's eligibility
 * rule with its source paragraph and any shifted deadline (004 §§5–7, 001 §5, 002 §3).
 */
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import {
  eligibility,
  methodOf,
  unitHeadIds,
  periodsOfYear,
  type Component,
  type Eligibility,
  type Employee,
  type StatusInterval,
} from '../../domain';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { eligibilityText } from '../shared/messages';

export function EligibilityTable(props: { employee: Employee; statuses: readonly StatusInterval[]; year: number }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  // The method of the person's quarters: the case's one rule.
  const quarterly = (): Component | undefined =>
    methodOf(unitHeadIds(agency.employees(), agency.profile().unitHeadCategories.value).has(props.employee.id), agency.profile());
  const rows = () =>
    periodsOfYear(props.year).flatMap((period) => {
      const component: Component | undefined =
        period.kind === 'year' ? (agency.profile().components.value.survey360 ? 'survey360' : undefined) : quarterly();
      return component
        ? [
            {
              period,
              component,
              result: eligibility(props.employee, props.statuses, period, component, agency.profile(), agency.calendar()),
            },
          ]
        : [];
    });
  const text = (e: Eligibility): string => eligibilityText(app.i18n, e, agency.profile());
  return (
    <section aria-labelledby="eligibility-title" class="panel">
      <h2 id="eligibility-title">{t('eligibility.title', { year: props.year })}</h2>
      <table class="table compact">
        <thead>
          <tr>
            <th scope="col">{t('calendar.period')}</th>
            <th scope="col">{t('params.components')}</th>
            <th scope="col">{t('calendar.state')}</th>
            <th scope="col">{t('calendar.source')}</th>
            <th scope="col">{t('dossier.open_')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(r) => (
              <tr classList={{ excluded: r.result.kind === 'notEvaluated' }}>
                <td>{r.period.quarter === null ? t('agency.wholeYear') : t('agency.quarter', { q: r.period.quarter })}</td>
                <td>{t(`eligibility.component.${r.component}`)}</td>
                <td>{text(r.result)}</td>
                <td>{app.i18n.formatSource(r.result.source)}</td>
                <td>
                  <Show when={r.period.kind === 'quarter'}>
                    <A
                      href={`/dossier?employee=${props.employee.id}&period=${r.period.id}`}
                      aria-label={`${t('dossier.open_')}: ${t('agency.quarter', { q: r.period.quarter ?? 0 })}`}
                    >
                      {t('dossier.open_')}
                    </A>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
