/**
 * 360 results per unit (issue 6, 004 §§36–37): rows are people, columns the competencies, each cell
 * the mean of the non-self answers on a red-to-green heatmap with the count of answers and the
 * self-assessment beside it; a cell with fewer answers than the anonymity threshold is greyed and
 * says so, with no number. The overall result, each person's training needs (the least expressed
 * competencies) and the agency's training topics with how many people need each.
 */
import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import {
  allCompetencies360,
  fullName,
  trainingTopics,
  unitHeadIds,
  type CompetencyResult,
  type Named,
  type PersonResult,
} from '../../domain';
import { hundredthsFixed } from '../../i18n';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { TableHead } from '../shared/TableHead';
import { createYearUnit, YearUnitPicker } from '../shared/YearUnitPicker';
import { createYearResults, heatColour } from './survey360-results';

export function Survey360ResultsPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const lang = () => (app.i18n.lang() === 'kk' ? 'kk' : 'ru');
  const picked = createYearUnit();
  const { years, year, unit } = picked;
  const data = createYearResults(agency, () => year()?.id ?? '');
  const scale = () => agency.profile().survey360.answerScale.value;
  const threshold = () => agency.profile().survey360.anonymityThreshold.value;
  const fmt = (h: number) => hundredthsFixed(app.i18n.lang(), h);
  const nameOfCompetency = (id: string) => {
    return allCompetencies360(agency.profile()).find((c) => c.id === id)?.names[lang()] ?? id;
  };

  const rows = createMemo(() => {
    const u = unit();
    if (!u) return [];
    const heads = unitHeadIds(agency.employees(), agency.profile().unitHeadCategories.value);
    const collator = new Intl.Collator(app.i18n.lang());
    return agency
      .employees()
      .filter((e) => e.unitId === u.id && data().results.has(e.id))
      .map((e) => ({ person: e, name: fullName(e), result: data().results.get(e.id) as PersonResult }))
      .sort((a, b) => Number(heads.has(b.person.id)) - Number(heads.has(a.person.id)) || collator.compare(a.name, b.name));
  });
  /** The unit's columns: the heads' list when a head is in it (it holds the staff list), else the staff list. */
  const columns = createMemo<readonly Named[]>(() => {
    const p = agency.profile().survey360;
    const heads = unitHeadIds(agency.employees(), agency.profile().unitHeadCategories.value);
    return rows().some((r) => heads.has(r.person.id)) ? p.headCompetencies.value : p.staffCompetencies.value;
  });
  const needsRule = () => {
    const p = agency.profile().survey360;
    const below = p.leastExpressedBelow.value;
    return below > 0
      ? t('results360.needsRuleBelow', {
          n: p.leastExpressed.value,
          below: fmt(below),
          source: app.i18n.cite(p.leastExpressedBelow),
        })
      : t('results360.needsRule', { n: p.leastExpressed.value, source: app.i18n.cite(p.leastExpressedBelow) });
  };
  const topics = createMemo(() => trainingTopics([...data().results.values()]));
  const cellOf = (r: PersonResult, id: string): CompetencyResult | undefined => r.competencies.find((c) => c.competency === id);

  return (
    <section aria-labelledby="results360-title">
      <h1 id="results360-title">{t('results360.title')}</h1>
      <p>
        {t('results360.intro', {
          n: threshold(),
          selfSource: app.i18n.cite(agency.profile().survey360.minRespondents),
          source: app.i18n.cite(agency.profile().survey360.leastExpressedBelow),
        })}
      </p>
      <p class="assumption">
        <span class="assumption-mark" aria-hidden="true">
          ≈
        </span>{' '}
        {t('results360.assumption')}
      </p>
      <p>
        <A href="/survey360">{t('results360.toSetup')}</A>
      </p>
      <Show when={years().length > 0} fallback={<p class="warning-box">{t('survey360.noYears')}</p>}>
        <YearUnitPicker state={picked} />
        <Show
          when={data().closure}
          fallback={
            <p class="warning-box" role="status">
              {t('results360.roundOpen')} <A href="/survey360">{t('results360.toClose')}</A>
            </p>
          }
        >
          {(c) => (
            <p class="muted">{t('results360.closedOn', { date: app.i18n.formatDateTime(c().closedAt), answers: c().answers })}</p>
          )}
        </Show>
        <Show
          when={rows().length > 0}
          fallback={
            <Show when={data().closure}>
              <p class="muted">{t('results360.none')}</p>
            </Show>
          }
        >
          <div
            class="table-scroll"
            tabindex="0"
            role="region"
            aria-label={t('results360.gridLabel', { unit: unit()?.name ?? '', year: year()?.year ?? '' })}
          >
            <table class="table compact heatmap">
              <TableHead
                labels={[
                  t('evaluate.person'),
                  ...columns().map((c) => c.names[lang()]),
                  t('results360.overall'),
                  t('results360.needs'),
                ]}
                actions={t('results360.report')}
              />
              <tbody>
                <For each={rows()}>
                  {(r) => (
                    <tr>
                      <th scope="row">{r.name}</th>
                      <For each={columns()}>
                        {(c) => {
                          const cell = () => cellOf(r.result, c.id);
                          return (
                            <Show when={cell()} fallback={<td class="not-assessed">{t('results360.notInGroup')}</td>}>
                              {(x) => (
                                <Show
                                  when={x().kind === 'shown' ? (x() as Extract<CompetencyResult, { kind: 'shown' }>) : undefined}
                                  fallback={
                                    <td class="suppressed">
                                      {t('results360.suppressed', { n: threshold() })}
                                      <Show when={x().self !== undefined}>
                                        <small>{t('results360.self', { v: fmt(x().self ?? 0) })}</small>
                                      </Show>
                                    </td>
                                  }
                                >
                                  {(s) => (
                                    <td style={{ background: heatColour(s().mean, scale()) }}>
                                      <strong>{fmt(s().mean)}</strong>
                                      <small>{t('results360.count', { n: s().count })}</small>
                                      <Show when={s().self !== undefined}>
                                        <small>{t('results360.self', { v: fmt(s().self ?? 0) })}</small>
                                      </Show>
                                    </td>
                                  )}
                                </Show>
                              )}
                            </Show>
                          );
                        }}
                      </For>
                      <td>{r.result.overall === undefined ? '—' : fmt(r.result.overall)}</td>
                      <td>{r.result.leastExpressed.map(nameOfCompetency).join('; ') || '—'}</td>
                      <td>
                        <A
                          href={`/survey360/report?person=${r.person.id}&period=${year()?.id ?? ''}`}
                          aria-label={t('results360.reportFor', { name: r.name })}
                        >
                          {t('results360.report')}
                        </A>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
        <section class="panel" aria-labelledby="topics360-title">
          <h2 id="topics360-title">{t('results360.topics')}</h2>
          <p>{t('results360.topicsIntro', { source: app.i18n.cite(agency.profile().survey360.leastExpressedBelow) })}</p>
          <p>{needsRule()}</p>
          <Show when={topics().length > 0} fallback={<p class="muted">{t('results360.noTopics')}</p>}>
            <table class="table compact">
              <caption class="visually-hidden">{t('results360.topics')}</caption>
              <TableHead labels={[t('results360.topic'), t('results360.people')]} />
              <tbody>
                <For each={topics()}>
                  {(x) => (
                    <tr>
                      <th scope="row">{nameOfCompetency(x.competency)}</th>
                      <td>{x.people}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </section>
      </Show>
    </section>
  );
}
