/**
 * Unit workbooks (issue 5): out — per unit a workbook of the quarter's ranking and of the KCIs of the
 * heads its head evaluates, for its head, in Kazakh or Russian, holding only those people; in — many
 * returned workbooks at once, each refused with its reason or planned (changes old → new, conflicts, problems located by sheet, row
 * and column), previewed, and applied in one transaction with the files named in the audit log.
 */
import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { type Period, type Unit, methodOf, unitNameIn } from '../../domain';
import { type DocLang } from '../../i18n/documents';
import { nowIso } from '../../platform/clock';
import { newId } from '../../platform/ids';
import { safeFileName } from '../../platform/download';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { TableHead } from '../shared/TableHead';
import { DocLangSelect } from '../shared/DocLangSelect';
import { createUnitPeriod, UnitPeriodPicker } from '../shared/UnitPeriodPicker';
import type { ConsolidatedSource } from '../../documents/consolidated';
import { caseBookInputOf, caseBookOf, createCaseBook } from '../shared/case-book';
import { unitWorkbook, unitWorkbookPeopleByUnit, type UnitWorkbookPeople } from '../../documents/unit-workbook';
import { ExchangeImport } from './ExchangeImport';
import { createFileJob, JobProgress } from '../shared/file-job';
import { registerUnitExport } from '../../store/export-register';
import { fingerprinter } from '../../platform/hmac';

const NOBODY: UnitWorkbookPeople = { ranking: [], kci: [], points: [] };

export function ExchangePage() {
  const app = useApp();
  const agency = useAgency();
  const files = createFileJob();
  const { t } = app.i18n;
  const picked = createUnitPeriod();
  const [lang, setLang] = createSignal<DocLang>(app.i18n.lang() === 'kk' ? 'kk' : 'ru');
  // The quarter's cases, followed live: who each unit's head evaluates, and how.
  const cases = createCaseBook(agency, () => {
    const q = picked.quarter();
    return q ? [q.id] : [];
  });
  // Every unit's people at once (a 10,000-person agency of 1,500 units is listed in one pass).
  const peopleByUnit = createMemo(() => {
    const q = picked.quarter();
    return q ? unitWorkbookPeopleByUnit(cases(), q.id) : new Map<string, UnitWorkbookPeople>();
  });
  const peopleOf = (unitId: string): UnitWorkbookPeople => peopleByUnit().get(unitId) ?? NOBODY;
  /** The unit's own period is submitted for the method its staff are evaluated by. */
  const locked = (q: Period, unitId: string) => {
    const method = methodOf(false, agency.profile());
    return method !== undefined && method !== 'kci' && agency.isLocked(q.id, unitId, method);
  };

  const exportUnit = async (u: Unit) => {
    const q = picked.quarter();
    if (!q) return;
    const l = lang();
    // The store as it is at the click: the quarter's cases.
    const book = caseBookOf(agency, await agency.read('periodRecords', [q.id]));
    const input = unitWorkbook(
      { book, unit: u, quarter: q, units: agency.units(), agency: agency.agency(), exportedAt: nowIso(), newId },
      l,
    );
    // Recorded in the export register first: the returned file is checked against this record.
    const { points, ...envelope } = input.envelope;
    const registered = await agency.run(
      registerUnitExport(agency.ctx, fingerprinter, { ...envelope, ...(points ? { points } : {}) }, input.sheets),
    );
    if (!registered) return;
    const { record, fingerprints } = registered;
    await files.download(
      'writeUnitWorkbook',
      [{ ...input, fingerprints, envelope: { ...input.envelope, exportId: record.id } }],
      safeFileName(`bagalau-${unitNameIn(u, l)}-${q.id}-${l}.xlsx`),
    );
  };

  const units = createMemo(() =>
    picked.units().filter((u) => {
      const p = peopleOf(u.id);
      return p.ranking.length + p.kci.length + p.points.length > 0;
    }),
  );

  const exportConsolidated = async () => {
    const q = picked.quarter();
    const a = agency.agency();
    if (!q || !a) return;
    const periods = agency.periods().filter((p) => p.year === q.year || p.year === q.year - 1);
    const stored = await agency.read(
      'periodRecords',
      periods.map((p) => p.id),
    );
    // The year's 360 (issue 6): results as the grid shows them, suppressed cells without a number.
    const yearPeriod = periods.find((p) => p.kind === 'year' && p.year === q.year);
    const answers =
      // Only a closed round's (issue 20): an open round shows no result anywhere.
      yearPeriod && agency.profile().components.value.survey360 && agency.settings().closed360.has(yearPeriod.id)
        ? await agency.read('survey360Answers', [yearPeriod.id])
        : [];
    const competencySheets =
      yearPeriod && agency.profile().components.value.competencySheet
        ? await agency.read('competencySheets', [yearPeriod.id])
        : [];
    // The cases, the 360 results and the document are made in the workbook worker, from plain data.
    const source: ConsolidatedSource = {
      lang: app.i18n.lang(),
      book: caseBookInputOf(agency, stored),
      quarter: q,
      units: picked.units(),
      agency: a,
      exportedAt: nowIso(),
      survey360: { year: q.year, answers },
      competencySheets: { year: q.year, sheets: competencySheets },
    };
    await files.download('writeConsolidated', [source], safeFileName(`bagalau-consolidated-${q.id}-${app.i18n.lang()}.xlsx`));
  };

  return (
    <section aria-labelledby="exchange-title">
      <h1 id="exchange-title">{t('exchange.title')}</h1>
      <JobProgress job={files} />
      <p>{t('exchange.intro', { source: app.i18n.cite(agency.profile().confidentiality) })}</p>
      <p>
        <A href="/fill">{t('evaluator.startLink')}</A>
      </p>
      <UnitPeriodPicker state={picked} withYears={false} withUnit={false}>
        <DocLangSelect label={t('exchange.language')} value={lang()} onChange={setLang} />
      </UnitPeriodPicker>
      <Show when={picked.quarter()}>
        {(q) => (
          <>
            <section class="panel" aria-labelledby="exchange-out-title">
              <h2 id="exchange-out-title">{t('exchange.out')}</h2>
              <table class="table compact">
                <TableHead
                  labels={[t('exchange.unit'), t('exchange.people'), t('exchange.heads'), t('exchange.state')]}
                  actions={t('exchange.download')}
                />
                <tbody>
                  <For each={units()}>
                    {(u) => (
                      <tr>
                        <th scope="row">{unitNameIn(u, app.i18n.lang())}</th>
                        <td>{peopleOf(u.id).ranking.length + peopleOf(u.id).points.length}</td>
                        <td>{peopleOf(u.id).kci.length}</td>
                        <td>{locked(q(), u.id) ? t('exchange.submitted') : t('exchange.open')}</td>
                        <td>
                          <button
                            type="button"
                            aria-label={t('exchange.downloadFor', { unit: unitNameIn(u, app.i18n.lang()) })}
                            onClick={() => void exportUnit(u)}
                          >
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
              <button type="button" onClick={() => void exportConsolidated()}>
                {t('consolidated.download')}
              </button>
            </section>
          </>
        )}
      </Show>
    </section>
  );
}
