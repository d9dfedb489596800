/**
 * The points model of seed 002 (Ministry of Justice, 2017) per unit: for a quarter, every person's
 * incentives and violations and the quarterly score 100 + a − b with its band (§§16–27); for the
 * year, the work plan's targets and the annual result (§§28–33). People who are not evaluated
 * (tenure, probation) are greyed with the rule; a submitted quarter is locked.
 */
import type { CellClassParams, ColDef } from 'ag-grid-community';
import { createMemo, createSignal, Show } from 'solid-js';
import { fullName, type Eligibility, type FinalResult, type GradeId, type Trace, joinKey, derivedFrom } from '../../domain';
import { createCaseBook } from '../shared/case-book';
import { finalText } from '../shared/result-text';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { Explanation } from '../shared/Explanation';
import { Grid } from '../shared/Grid';
import { LockBar } from '../shared/LockBar';
import { exclusionText } from '../shared/messages';
import { createPeriodLock, createUnitPeriod, UnitPeriodPicker } from '../shared/UnitPeriodPicker';
import { PointsEntries } from './PointsEntries';
import { PointsYear } from './PointsYear';
import { statusColumn } from '../shared/case-columns';

interface QuarterRow {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly eligibility: Eligibility;
  readonly incentives: number;
  readonly plus: number;
  readonly violations: number;
  readonly minus: number;
  readonly points: number | undefined;
  /** The points rest on an assumption (the reconstructed formula of 002 §26): marked ≈. */
  readonly assumed: boolean;
  readonly grade: GradeId | undefined;
  readonly explain: (() => Trace) | undefined;
  /** The quarter's points after a signed Commission protocol (002 §§34–40). */
  readonly final: FinalResult | undefined;
}

export const gradeClasses = <T,>(grade: (p: CellClassParams<T>) => GradeId | undefined) => ({
  'grade-effective': (p: CellClassParams<T>) => grade(p) === 'effective' || grade(p) === 'excellent',
  'grade-proper': (p: CellClassParams<T>) => grade(p) === 'proper',
  'grade-satisfactory': (p: CellClassParams<T>) => grade(p) === 'satisfactory',
  'grade-unsatisfactory': (p: CellClassParams<T>) => grade(p) === 'unsatisfactory',
});

export function PointsPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const picked = createUnitPeriod();
  const { quarters, period, unit } = picked;
  // A year's case (002 §35) is derived from its quarters' final results.
  const cases = createCaseBook(agency, () => {
    const p = period();
    return p ? derivedFrom(p.id) : [];
  });
  const lock = createPeriodLock(picked, 'points', cases);
  const lockInfo = lock.info;

  const rows = createMemo<QuarterRow[]>(() => {
    const p = period();
    const u = unit();
    if (!p || p.kind !== 'quarter' || !u) return [];
    const book = cases();
    const collator = new Intl.Collator(app.i18n.lang());
    return agency
      .employees()
      .filter((e) => e.unitId === u.id)
      .flatMap((e): QuarterRow[] => {
        const c = book.caseOf(e.id, p.id);
        if (!c || c.method !== 'points') return [];
        const sheet = c.input?.method === 'points' ? c.input.sheet : undefined;
        const plus = (sheet?.incentives ?? []).reduce((a, x) => a + x.points, 0);
        const count = sheet?.violations.length ?? 0;
        return [
          {
            id: e.id,
            name: fullName(e),
            category: e.category,
            eligibility: c.eligibility,
            incentives: sheet?.incentives.length ?? 0,
            plus,
            violations: count,
            minus: count * c.profile.points.violationPenalty.value,
            points: c.computed?.value,
            assumed: c.assumed,
            grade: c.computed?.grade,
            explain: c.computed?.explain,
            final: c.final,
          },
        ];
      })
      .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  });
  const [focused, setFocused] = createSignal<string | null>(null);
  const focusedRow = () => rows().find((r) => r.id === focused());

  const excluded = (p: CellClassParams<QuarterRow>) => p.data?.eligibility.kind === 'notEvaluated';
  const statusText = (e: Eligibility) =>
    e.kind === 'notEvaluated'
      ? exclusionText(app.i18n, e, agency.profile())
      : e.kind === 'evaluated'
        ? t('evaluate.evaluated')
        : `${t(`statusKinds.${e.reason}`)}: ${t('values.withoutParticipation')}`;
  const columns = (): ColDef<QuarterRow>[] => [
    { colId: 'name', headerName: t('evaluate.person'), field: 'name', pinned: 'left', width: 240, cellClassRules: { excluded } },
    { colId: 'category', headerName: t('fields.category'), field: 'category', width: 95, cellClassRules: { excluded } },
    statusColumn(t('evaluate.status'), statusText),
    {
      colId: 'incentives',
      headerName: t('points.incentivesCount'),
      field: 'incentives',
      width: 115,
      cellClass: 'num-cell',
      cellClassRules: { excluded },
    },
    {
      colId: 'plus',
      headerName: t('points.plus'),
      width: 100,
      valueGetter: (p) => (p.data ? (p.data.plus > 0 ? `+${p.data.plus}` : '0') : ''),
      cellClass: 'num-cell',
      cellClassRules: { excluded },
    },
    {
      colId: 'violations',
      headerName: t('points.violationsCount'),
      field: 'violations',
      width: 115,
      cellClass: 'num-cell',
      cellClassRules: { excluded },
    },
    {
      colId: 'minus',
      headerName: t('points.minus'),
      width: 100,
      valueGetter: (p) => (p.data ? (p.data.minus > 0 ? `−${p.data.minus}` : '0') : ''),
      cellClass: 'num-cell',
      cellClassRules: { excluded },
    },
    {
      colId: 'points',
      headerName: t('points.points'),
      width: 100,
      valueGetter: (p) => p.data?.points,
      valueFormatter: (p) =>
        p.value === undefined || p.value === null ? '' : `${String(p.value)}${p.data?.assumed ? ' ≈' : ''}`,
      cellClass: 'num-cell computed',
      cellClassRules: { excluded },
    },
    {
      colId: 'grade',
      headerName: t('evaluate.grade'),
      width: 180,
      valueGetter: (p) => (p.data?.grade ? t(`grades.${p.data.grade}`) : ''),
      cellClassRules: { excluded, ...gradeClasses<QuarterRow>((p) => p.data?.grade) },
    },
    {
      colId: 'final',
      headerName: t('final.column'),
      width: 300,
      valueGetter: (p) => finalText(p.data?.final, app.i18n),
      tooltipValueGetter: (p) => finalText(p.data?.final, app.i18n),
      cellClass: 'computed',
      cellClassRules: { excluded },
    },
  ];

  return (
    <section aria-labelledby="points-title">
      {/* From the heading two Tabs (unit, period), the third in the grid (issue 19): the submission follows the grid. */}
      <div class="page-head grid-page-head">
        <h1 id="points-title">{t('points.title')}</h1>
        <Show when={quarters().length > 0}>
          <UnitPeriodPicker state={picked} withYears />
        </Show>
      </div>
      <Show when={quarters().length > 0} fallback={<p class="warning-box">{t('evaluate.noPeriods')}</p>}>
        <Show when={period()?.kind === 'year' ? period() : undefined}>
          {(y) => (
            <Show when={unit()}>
              {(u) => (
                <>
                  <PointsYear unitId={u().id} year={y()} />
                  <Show when={agency.profile().procedure.annualReview.value}>
                    <LockBar
                      lock={lock}
                      hint={t('points.yearSubmitHint', { source: app.i18n.cite(agency.profile().procedure.annualReview) })}
                    />
                  </Show>
                </>
              )}
            </Show>
          )}
        </Show>
        <Show when={period()?.kind === 'quarter' ? period() : undefined}>
          {(p) => (
            <Show when={rows().length > 0} fallback={<p class="muted">{t('evaluate.noStaff')}</p>}>
              <Show when={joinKey(unit()?.id, p().id, app.i18n.lang())} keyed>
                <Grid<QuarterRow>
                  label={t('points.gridLabel')}
                  rows={rows()}
                  height="40vh"
                  stateKey="bagalau.grid.points"
                  options={{
                    columnDefs: columns(),
                    getRowId: (r) => r.data.id,
                    defaultColDef: {
                      sortable: true,
                      resizable: true,
                      filter: 'agTextColumnFilter',
                      wrapHeaderText: true,
                      autoHeaderHeight: true,
                    },
                    suppressColumnVirtualisation: true,
                    onCellFocused: (e) => {
                      const row =
                        e.rowIndex === null || e.rowIndex === undefined ? undefined : e.api.getDisplayedRowAtIndex(e.rowIndex);
                      setFocused(row?.data?.id ?? null);
                    },
                  }}
                />
              </Show>
              <div class="grid-footer">
                <LockBar lock={lock} />
              </div>
              <Show when={focusedRow()} fallback={<p class="muted">{t('points.pickPerson')}</p>}>
                {(row) => (
                  <>
                    <section class="panel explain" aria-labelledby="why-title" aria-live="polite">
                      <Show
                        when={row().explain}
                        fallback={
                          <h2 id="why-title">
                            {t('points.excludedNote', { name: row().name, reason: statusText(row().eligibility) })}
                          </h2>
                        }
                      >
                        {(explain) => (
                          <Explanation
                            trace={explain()()}
                            title={`${row().name}. ${t('evaluate.why', { value: String(row().points ?? '') })}`}
                          />
                        )}
                      </Show>
                    </section>
                    <Show when={unit()}>
                      {(u) => (
                        <PointsEntries
                          period={p()}
                          employeeId={row().id}
                          unitId={u().id}
                          name={row().name}
                          sheet={cases.records().sheets.find((s) => s.employeeId === row().id && s.periodId === period()?.id)}
                          editable={lockInfo() === undefined && row().eligibility.kind !== 'notEvaluated'}
                        />
                      )}
                    </Show>
                  </>
                )}
              </Show>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
