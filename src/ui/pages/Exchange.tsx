/**
 * Unit workbooks (issue 5): out — per unit a workbook of the quarter's ranking for its head, in
 * Kazakh or Russian, holding only that unit's people; in — many returned workbooks at once, each
 * refused with its reason or planned (changes old → new, conflicts, problems located by sheet, row
 * and column), previewed, and applied in one transaction with the files named in the audit log.
 */
import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { eligibility, fullName, isUnitHead, type EvaluationRecord, type Period, type Unit } from '../../domain';
import { agencyNameIn, UNIT_WORKBOOK, type DocLang } from '../../i18n/documents';
import { writeUnitWorkbook } from '../../io/unit-workbook';
import { nowIso } from '../../platform/clock';
import { downloadBytes, safeFileName } from '../../platform/download';
import { useApp } from '../app-state';
import { useAgency } from '../agency-state';
import { createUnitPeriod, UnitPeriodPicker } from '../components/UnitPeriodPicker';
import { consolidatedWorkbook } from '../consolidated-export';
import { readPeriodRecords } from '../period-records';
import { ExchangeImport } from './ExchangeImport';

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

export function ExchangePage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const picked = createUnitPeriod();
  const [lang, setLang] = createSignal<DocLang>(app.i18n.lang() === 'kk' ? 'kk' : 'ru');
  const staffOf = (unitId: string) => {
    const everyone = agency.employees();
    return everyone.filter((e) => e.unitId === unitId && !isUnitHead(e, everyone));
  };
  const locked = (q: Period, unitId: string) => agency.settings().has(`lock:${q.id}:${unitId}:ranking`);

  const exportUnit = async (u: Unit) => {
    const q = picked.quarter();
    if (!q) return;
    const w = UNIT_WORKBOOK[lang()];
    const profile = agency.profile();
    const records = new Map(
      (await agency.db.evaluations.where('[periodId+component]').equals([q.id, 'ranking']).toArray()).map((r: EvaluationRecord) => [r.employeeId, r]),
    );
    const collator = new Intl.Collator(lang());
    const people = staffOf(u.id)
      .map((e) => ({ e, name: fullName(e) }))
      .sort((a, b) => collator.compare(a.name, b.name) || (a.e.id < b.e.id ? -1 : 1));
    const period = lang() === 'kk' ? `${q.year} жылғы ${q.quarter ?? 0}-тоқсан` : `${q.quarter ?? 0} квартал ${q.year} года`;
    const words = { unit: u.name, period, agency: agencyNameIn(agency.agency(), lang()) };
    const bytes = writeUnitWorkbook({
      words: {
        sheet: w.sheet,
        instructionsSheet: w.instructionsSheet,
        title: w.title,
        subtitle: fill(w.subtitle, words),
        instructions: w.instructions.map((line) => fill(line, words)),
        headers: w.headers,
      },
      params: profile.ranking.parameters.value.map((p) => ({ id: p.id, header: fill(w.param, { name: p.names[lang()] }) })),
      rows: people.map(({ e, name }) => {
        const kind = eligibility(e, agency.statuses().filter((s) => s.employeeId === e.id), q, 'ranking', profile, agency.calendar()).kind;
        const status = kind === 'evaluated' ? w.status.evaluated : kind === 'notEvaluated' ? w.status.notEvaluated : w.status.withoutParticipation;
        return { id: e.id, name, category: e.category, status, values: records.get(e.id)?.scores ?? {}, excluded: kind === 'notEvaluated' };
      }),
      envelope: { agencyId: agency.agency()?.id ?? '', periodId: q.id, unitId: u.id, exportedAt: nowIso(), profileId: profile.id, profileVersion: profile.version, lang: lang() },
    });
    downloadBytes(bytes, safeFileName(`bagalau-${u.name}-${q.id}-${lang()}.xlsx`));
  };

  const units = createMemo(() => picked.units().filter((u) => staffOf(u.id).length > 0));

  const exportConsolidated = async () => {
    const q = picked.quarter();
    const a = agency.agency();
    if (!q || !a) return;
    const periods = agency.periods().filter((p) => p.year === q.year || p.year === q.year - 1);
    const stored = await readPeriodRecords(agency, periods.map((p) => p.id));
    const bytes = consolidatedWorkbook({
      i18n: app.i18n,
      agency: a,
      exportedAt: nowIso(),
      data: {
        quarter: q,
        periods,
        units: picked.units(),
        employees: agency.employees(),
        statuses: agency.statuses(),
        records: stored.records,
        plans: stored.plans,
        sheets: stored.sheets,
        calibrations: stored.cases,
        sittings: stored.sittings,
        profile: agency.profile(),
        calendar: agency.calendar(),
      },
    });
    downloadBytes(bytes, safeFileName(`bagalau-consolidated-${q.id}-${app.i18n.lang()}.xlsx`));
  };

  return (
    <section aria-labelledby="exchange-title">
      <h1 id="exchange-title">{t('exchange.title')}</h1>
      <p>{t('exchange.intro')}</p>
      <p>
        <A href="/fill">{t('evaluator.startLink')}</A>
      </p>
      <UnitPeriodPicker state={picked} withYears={false} withUnit={false}>
        <label>
          <span>{t('exchange.language')}</span>
          <select aria-label={t('exchange.language')} onChange={(e) => setLang(e.currentTarget.value === 'kk' ? 'kk' : 'ru')}>
            <option value="kk" selected={lang() === 'kk'}>Қазақша</option>
            <option value="ru" selected={lang() === 'ru'}>Русский</option>
          </select>
        </label>
      </UnitPeriodPicker>
      <Show when={picked.quarter()}>
        {(q) => (
          <>
            <section class="panel" aria-labelledby="exchange-out-title">
              <h2 id="exchange-out-title">{t('exchange.out')}</h2>
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">{t('exchange.unit')}</th>
                    <th scope="col">{t('exchange.people')}</th>
                    <th scope="col">{t('exchange.state')}</th>
                    <th scope="col">
                      <span class="visually-hidden">{t('exchange.download')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={units()}>
                    {(u) => (
                      <tr>
                        <th scope="row">{u.name}</th>
                        <td>{staffOf(u.id).length}</td>
                        <td>{locked(q(), u.id) ? t('exchange.submitted') : t('exchange.open')}</td>
                        <td>
                          <button type="button" aria-label={t('exchange.downloadFor', { unit: u.name })} onClick={() => void exportUnit(u)}>
                            {t('exchange.download')}
                          </button>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>
            <ExchangeImport period={q()} units={units()} />
            <section class="panel" aria-labelledby="consolidated-title">
              <h2 id="consolidated-title">{t('consolidated.title')}</h2>
              <p>{t('consolidated.intro')}</p>
              <button type="button" onClick={() => void exportConsolidated()}>{t('consolidated.download')}</button>
            </section>
          </>
        )}
      </Show>
    </section>
  );
}
