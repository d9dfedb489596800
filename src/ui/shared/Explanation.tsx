/**
 * "Why is it 3.88?": an engine trace in words — inputs, formula, the exact value before rounding,
 * the rounding, the result and grade, the profile and version, the source paragraphs and every
 * assumption in force (with its marker).
 */
import { For, Show } from 'solid-js';
import { ASSUMPTIONS, type Trace } from '../../domain';
import { decimalText } from '../../i18n';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';

export function Explanation(props: { trace: Trace; title: string; headingId?: string }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const lang = () => (app.i18n.lang() === 'kk' ? 'kk' : app.i18n.lang() === 'ru' ? 'ru' : 'en');
  const quarter = (id: string) => (/-Q(\d)$/.exec(id) ? t('agency.quarter', { q: id.slice(-1) }) : undefined);
  const traceLabel = (id: string) => app.i18n.tIn('evaluate.traceLabels', id);
  // A formula or rounding without words shows its key, as a missing message does.
  const formula = (id: string, count: number) => app.i18n.tIn('evaluate.formulas', id, { count }) ?? `evaluate.formulas.${id}`;
  const rounding = (mode: string, decimals: number) =>
    app.i18n.tIn('evaluate.roundings', mode, { decimals }) ?? `evaluate.roundings.${mode}`;
  const paramName = (id: string) =>
    agency.profile().ranking.parameters.value.find((p) => p.id === id)?.names[lang() === 'kk' ? 'kk' : 'ru'] ??
    quarter(id) ??
    traceLabel(id) ??
    id;
  // Counts come as whole numbers; scores as decimals with two places.
  const decimal = (text: string | null) =>
    text === null ? '—' : app.i18n.formatNumber(Number(text), text.split('.')[1]?.length ?? 0);
  const exact = () => {
    const [n, d] = (props.trace.exact ?? '').split('/').map(Number);
    return n === undefined || d === undefined || !d
      ? ''
      : `${app.i18n.formatNumber(n / 100, 2)} / ${d} = ${decimalText(lang(), n / 100 / d, 6)}`;
  };
  return (
    <>
      <h2 id={props.headingId ?? 'why-title'}>{props.title}</h2>
      <dl class="trace">
        <dt>{t('evaluate.inputs')}</dt>
        <dd>
          <ul>
            <For each={props.trace.inputs}>{(i) => <li>{`${paramName(i.label)}: ${decimal(i.value)}`}</li>}</For>
          </ul>
        </dd>
        <dt>{t('evaluate.formula')}</dt>
        <dd>{formula(props.trace.formula, props.trace.inputs.length)}</dd>
        <Show when={exact() !== ''}>
          <dt>{t('evaluate.exact')}</dt>
          <dd>{exact()}</dd>
        </Show>
        <Show when={props.trace.rounding}>
          {(r) => (
            <>
              <dt>{t('evaluate.rounding')}</dt>
              <dd>{rounding(r().mode, r().decimals)}</dd>
            </>
          )}
        </Show>
        <dt>{t('evaluate.result')}</dt>
        <dd>
          <strong>{decimal(props.trace.result)}</strong>
          {props.trace.grade ? ` — ${t(`grades.${props.trace.grade}`)}` : ''}
        </dd>
        <dt>{t('evaluate.profile')}</dt>
        <dd>{`${agency.profile().id === props.trace.profile.id ? agency.profile().names[lang()] : props.trace.profile.id}, ${t('methodology.version', { version: props.trace.profile.version })}`}</dd>
        <dt>{t('evaluate.sources')}</dt>
        <dd>{props.trace.sources.join('; ')}</dd>
        <Show when={props.trace.assumptions.length > 0}>
          <dt>{t('evaluate.assumptions')}</dt>
          <dd>
            <ul>
              <For each={props.trace.assumptions}>
                {(a) => (
                  <li class="assumption">
                    <span class="assumption-mark" aria-hidden="true">
                      ≈
                    </span>{' '}
                    {ASSUMPTIONS[a as keyof typeof ASSUMPTIONS]?.[lang()] ?? a}
                  </li>
                )}
              </For>
            </ul>
          </dd>
        </Show>
      </dl>
    </>
  );
}
