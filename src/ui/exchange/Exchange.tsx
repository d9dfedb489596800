/**
 * Unit workbooks (issue 5): out — per unit a workbook of the quarter's ranking and of the KCIs of the
 * heads its head evaluates, for its head, in Kazakh or Russian, holding only those people; in — many
 * returned workbooks at once, each refused with its reason or planned (changes old → new, conflicts, problems located by sheet, row
 * and column), previewed, and applied in one transaction with the files named in the audit log.
 */
import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  activityCell,
  allCompetencies360,
  competenciesOf,
  entryFields,
  entryRowId,
  eligibility,
  fullName,
  isUnitHead,
  kciRowId,
  kciSheet,
  resultsOfYear,
  unitHeadIds,
  type Employee,
  type EvaluationRecord,
  type KciPlan,
  type Period,
  type PointsIncentive,
  type PointsSheet,
  type PointsViolation,
  type Unit,
  scoreKey,
} from '../../domain';
import { decimalText } from '../../i18n';
import { agencyNameIn, fillDoc as fill, quarterIn, UNIT_WORKBOOK, type DocLang } from '../../i18n/documents';
import { writeUnitWorkbook, type ReferenceSheet, type UnitSheetInput, type UnitSheetRow } from '../../io/unit-workbook';
import { nowIso } from '../../platform/clock';
import { newId } from '../../platform/ids';
import { downloadBytes, safeFileName } from '../../platform/download';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { TableHead } from '../shared/TableHead';
import { DocLangSelect } from '../shared/DocLangSelect';
import { createUnitPeriod, UnitPeriodPicker } from '../shared/UnitPeriodPicker';
import { consolidatedDocument } from '../../documents/consolidated';
import { writeDocumentModel } from '../../io/document-workbook';
import { caseBookOf } from '../shared/case-book';
import { ExchangeImport } from './ExchangeImport';

/** Empty rows under each evaluated person for entries the unit head adds (more: a new workbook). */
const INCENTIVE_ROWS = 3;
const VIOLATION_ROWS = 2;

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
  const locked = (q: Period, unitId: string) => agency.isLocked(q.id, unitId, 'ranking');

  /** The heads whose KCIs the unit's head evaluates: heads of other units whose manager works in this one. */
  const headsUnder = (unitId: string) => {
    const everyone = agency.employees();
    const unitOf = new Map(everyone.map((e) => [e.id, e.unitId]));
    return everyone.filter(
      (e) => e.unitId !== unitId && e.managerId !== null && unitOf.get(e.managerId) === unitId && isUnitHead(e, everyone),
    );
  };
  const unitName = (id: string) => agency.units().find((u) => u.id === id)?.name ?? '';
  const storedPlans = agency.live(
    'kciPlans',
    () => {
      const q = picked.quarter();
      return q ? [q.id] : [];
    },
    [],
  );
  const plans = createMemo((): ReadonlyMap<string, KciPlan> => new Map(storedPlans().map((p) => [p.employeeId, p])));
  /** The KCIs of those heads in the quarter: only plans that have KCIs. */
  const kciOf = (unitId: string) =>
    headsUnder(unitId).flatMap((h) => {
      const plan = plans().get(h.id);
      return plan && plan.items.length > 0 ? [{ head: h, plan }] : [];
    });

  const exportUnit = async (u: Unit) => {
    const q = picked.quarter();
    if (!q) return;
    const l = lang();
    const w = UNIT_WORKBOOK[l];
    const profile = agency.profile();
    const components = profile.components.value;
    const records = new Map(
      (await agency.read('evaluations', [q.id])).map((r: EvaluationRecord) => [scoreKey(r.component, r.employeeId), r]),
    );
    const collator = new Intl.Collator(l);
    const byName = <T extends { name: string; e: { id: string } }>(a: T, b: T) =>
      collator.compare(a.name, b.name) || (a.e.id < b.e.id ? -1 : 1);
    const people = staffOf(u.id)
      .map((e) => ({ e, name: fullName(e) }))
      .sort(byName);
    const period = quarterIn(l, q.year, q.quarter ?? 0);
    const words = { unit: u.name, period, agency: agencyNameIn(agency.agency(), l) };
    const subtitle = fill(w.subtitle, words);
    const status = (e: Employee, component: 'ranking' | 'kci' | 'points') => {
      const kind = eligibility(
        e,
        agency.statuses().filter((s) => s.employeeId === e.id),
        q,
        component,
        profile,
        agency.calendar(),
      ).kind;
      return {
        text:
          kind === 'evaluated'
            ? w.status.evaluated
            : kind === 'notEvaluated'
              ? w.status.notEvaluated
              : w.status.withoutParticipation,
        excluded: kind === 'notEvaluated',
      };
    };
    const number = (v: number | null) => (v === null ? '' : decimalText(l, v / 100));
    const sheets: UnitSheetInput[] = [];
    if (components.ranking && people.length > 0) {
      sheets.push({
        component: 'ranking',
        name: w.sheet,
        title: w.title,
        subtitle,
        headers: [w.headers.id, w.headers.n, w.headers.name, w.headers.category, w.headers.status],
        widths: [5, 36, 10, 34],
        hashed: [2, 3],
        status: 4,
        params: profile.ranking.parameters.value.map((p) => ({ id: p.id, header: fill(w.param, { name: p.names[l] }) })),
        rows: people.map(({ e, name }, i) => {
          const s = status(e, 'ranking');
          return {
            id: e.id,
            cells: [i + 1, name, e.category, s.text],
            values: records.get(scoreKey('ranking', e.id))?.scores ?? {},
            excluded: s.excluded,
          };
        }),
      });
    }
    const kci = components.kci
      ? kciOf(u.id)
          .map(({ head, plan }) => ({ e: head, name: fullName(head), plan }))
          .sort(byName)
      : [];
    if (kci.length > 0) {
      const h = w.kciHeaders;
      let n = 0;
      sheets.push({
        component: 'kci',
        name: w.kciSheet,
        title: w.kciTitle,
        subtitle,
        headers: [h.id, h.n, h.name, h.unit, h.kci, h.measure, h.plan, h.actual, h.range, h.status],
        widths: [5, 30, 30, 40, 14, 14, 14, 14, 22],
        hashed: [2, 4, 5, 6, 7],
        status: 9,
        params: [{ id: 'score', header: w.kciScore }],
        rows: kci.flatMap(({ e, name, plan }) => {
          const s = status(e, 'kci');
          const scores = records.get(scoreKey('kci', e.id))?.scores ?? {};
          return kciSheet(plan.items, scores, profile).lines.map((line) => ({
            id: kciRowId(e.id, line.item.id),
            cells: [
              ++n,
              name,
              unitName(e.unitId),
              line.item.name,
              line.item.measure,
              number(line.item.plan),
              number(line.item.actual),
              line.range ? `${number(line.range.min)}–${number(line.range.max)}` : '',
              s.text,
            ],
            values: { score: scores[line.item.id] },
            excluded: s.excluded,
          }));
        }),
      });
    }
    const scored = components.points ? [...people, ...headsUnder(u.id).map((e) => ({ e, name: fullName(e) }))].sort(byName) : [];
    const references: ReferenceSheet[] = [];
    if (scored.length > 0) {
      const pointsSheets = new Map((await agency.read('pointsSheets', [q.id])).map((s: PointsSheet) => [s.employeeId, s]));
      const activities = profile.points.activities.value;
      const h = w.entryHeaders;
      const fixed = { headers: [h.id, h.n, h.name, h.category, h.status], widths: [5, 36, 10, 20], hashed: [2, 3], status: 4 };
      /** A person's entries, then (when they are evaluated) empty rows with fresh ids for new ones. */
      const rowsOf = <E extends PointsIncentive | PointsViolation>(
        list: (s: PointsSheet) => readonly E[],
        cellsOf: (e: E) => (string | number)[],
        empty: number,
      ): UnitSheetRow[] =>
        scored.flatMap(({ e, name }, i) => {
          const s = status(e, 'points');
          const own = [...(pointsSheets.has(e.id) ? list(pointsSheets.get(e.id) as PointsSheet) : [])].sort((a, b) =>
            a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
          );
          const cells = [i + 1, name, e.category, s.text];
          return [
            ...own.map((x) => ({
              id: entryRowId(e.id, x.id),
              cells,
              values: {},
              fields: cellsOf(x),
              entry: entryFields(x),
              excluded: s.excluded,
            })),
            ...(s.excluded
              ? []
              : Array.from({ length: empty }, () => ({
                  id: entryRowId(e.id, newId()),
                  cells,
                  values: {},
                  fields: [],
                  excluded: false,
                }))),
          ];
        });
      const activityText = (id: string) => {
        const i = activities.findIndex((a) => a.id === id);
        const a = activities[i];
        return a ? activityCell(i, a.names[l], a.points) : id;
      };
      sheets.push({
        component: 'incentives',
        name: w.incentivesSheet,
        title: w.incentivesTitle,
        subtitle,
        ...fixed,
        params: [
          { id: 'activity', header: h.activity, kind: 'text', width: 50 },
          { id: 'points', header: h.points, kind: 'integer', width: 14 },
          { id: 'date', header: h.date, kind: 'date', width: 14 },
          { id: 'note', header: h.note, kind: 'text', width: 40 },
        ],
        rows: rowsOf(
          (s) => s.incentives,
          (x) => [activityText(x.activityId), x.points, x.date, x.note],
          INCENTIVE_ROWS,
        ),
      });
      sheets.push({
        component: 'violations',
        name: w.violationsSheet,
        title: w.violationsTitle,
        subtitle,
        ...fixed,
        params: [
          { id: 'kind', header: h.kind, kind: 'text', width: 20 },
          { id: 'date', header: h.date, kind: 'date', width: 14 },
          { id: 'note', header: h.note, kind: 'text', width: 40 },
        ],
        rows: rowsOf(
          (s) => s.violations,
          (x) => [w.kinds[x.kind], x.date, x.note],
          VIOLATION_ROWS,
        ),
      });
      references.push({
        name: w.scaleSheet,
        title: w.scaleTitle,
        headers: [w.scaleHeaders.n, w.scaleHeaders.activity, w.scaleHeaders.points],
        widths: [5, 90, 8],
        rows: activities.map((a, i) => [i + 1, a.names[l], a.points]),
      });
    }
    const lines = [
      ...w.instructions.map((line) => fill(line, words)),
      ...(sheets.some((s) => s.component === 'ranking') ? [w.rankingInstruction] : []),
      ...(kci.length > 0 ? [w.kciInstruction] : []),
      ...(scored.length > 0
        ? w.pointsInstructions.map((line) => fill(line, { penalty: String(profile.points.violationPenalty.value) }))
        : []),
      ...w.closing,
    ];
    const bytes = writeUnitWorkbook({
      instructions: { sheet: w.instructionsSheet, lines },
      sheets,
      references,
      envelope: {
        agencyId: agency.agency()?.id ?? '',
        periodId: q.id,
        unitId: u.id,
        exportedAt: nowIso(),
        profileId: profile.id,
        profileVersion: profile.version,
        lang: l,
        points:
          scored.length > 0
            ? {
                period: { start: q.start, end: q.end },
                activities: profile.points.activities.value.map(({ id, points, names }) => ({ id, points, names })),
                range: profile.points.incentiveRange.value,
              }
            : undefined,
      },
    });
    downloadBytes(bytes, safeFileName(`bagalau-${u.name}-${q.id}-${l}.xlsx`));
  };

  const units = createMemo(() =>
    picked
      .units()
      .filter(
        (u) =>
          staffOf(u.id).length > 0 ||
          kciOf(u.id).length > 0 ||
          (agency.profile().components.value.points && headsUnder(u.id).length > 0),
      ),
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
    const heads = unitHeadIds(agency.employees());
    const answers =
      yearPeriod && agency.profile().components.value.survey360 ? await agency.read('survey360Answers', [yearPeriod.id]) : [];
    const competencySheets =
      yearPeriod && agency.profile().components.value.competencySheet
        ? await agency.read('competencySheets', [yearPeriod.id])
        : [];
    const doc = consolidatedDocument({
      i18n: app.i18n,
      agency: a,
      exportedAt: nowIso(),
      survey360: {
        year: q.year,
        results: resultsOfYear(answers, (id) => competenciesOf(id, heads, agency.profile()), agency.profile()),
        competencies: allCompetencies360(agency.profile()),
      },
      competencySheets: { year: q.year, sheets: competencySheets },
      data: { book: caseBookOf(agency, stored), quarter: q, units: picked.units() },
    });
    downloadBytes(writeDocumentModel(doc), safeFileName(`bagalau-consolidated-${q.id}-${app.i18n.lang()}.xlsx`));
  };

  return (
    <section aria-labelledby="exchange-title">
      <h1 id="exchange-title">{t('exchange.title')}</h1>
      <p>{t('exchange.intro')}</p>
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
                        <th scope="row">{u.name}</th>
                        <td>{staffOf(u.id).length}</td>
                        <td>{kciOf(u.id).length}</td>
                        <td>{locked(q(), u.id) ? t('exchange.submitted') : t('exchange.open')}</td>
                        <td>
                          <button
                            type="button"
                            aria-label={t('exchange.downloadFor', { unit: u.name })}
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
