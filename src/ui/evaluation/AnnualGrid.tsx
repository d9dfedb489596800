/**
 * The year for a unit (004 §5, 004 §§9–10, 002 §§42–45): for staff each quarter's ranking score, for
 * the unit head each quarter's KCI sheet score (or why it is missing), the mean of the evaluated
 * quarters — or, where the profile grades the year by achieved KCIs (001 §44), that count — the
 * grade, and the consequence flags, a second unsatisfactory year in a row included. A quarter counts
 * with its final result: as a signed calibration session or Commission protocol left it (marked).
 * Read-only: scores are entered per quarter.
 */
import type { ColDef } from 'ag-grid-community';
import { createMemo, createSignal, Show } from 'solid-js';
import { type Consequences, quarterIdsOf, joinKey } from '../../domain';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { Explanation } from '../shared/Explanation';
import { Grid } from '../shared/Grid';
import { consequencesText } from '../shared/messages';
import { createCaseBook } from '../shared/case-book';
import { annualRows, type AnnualRow } from './annual-rows';

export function AnnualGrid(props: { unitId: string; year: number }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const twoYears = () => [...quarterIdsOf(props.year - 1), ...quarterIdsOf(props.year)];
  const cases = createCaseBook(agency, twoYears);
  const [focused, setFocused] = createSignal<string | null>(null);

  const rows = createMemo<AnnualRow[]>(() => annualRows(cases(), props.unitId, props.year, new Intl.Collator(app.i18n.lang())));

  const fmt = (h: number | undefined) => (h === undefined ? '' : app.i18n.formatNumber(h / 100, 2));
  const flags = (c: Consequences | undefined) => consequencesText(app.i18n, c);

  const columns = (): ColDef<AnnualRow>[] => [
    { colId: 'name', headerName: t('evaluate.person'), field: 'name', pinned: 'left', width: 240 },
    {
      colId: 'method',
      headerName: t('annual.method'),
      width: 120,
      valueGetter: (p) => (p.data ? t(`annual.methods.${p.data.method}`) : ''),
    },
    ...[0, 1, 2, 3].map((i): ColDef<AnnualRow> => ({
      colId: `q${i + 1}`,
      headerName: t('agency.quarter', { q: i + 1 }),
      width: 100,
      valueGetter: (p) => p.data?.quarters[i],
      valueFormatter: (p) =>
        p.value === undefined || p.value === null
          ? t('annual.notEvaluated')
          : `${fmt(p.value as number)}${p.data?.marks[i] ? ` ${p.data.marks[i]}` : ''}`,
      cellClass: 'num-cell',
      cellClassRules: { excluded: (p) => p.value === undefined || p.value === null },
    })),
    {
      colId: 'mean',
      headerName: t('annual.mean'),
      width: 130,
      valueGetter: (p) => p.data?.annual?.score,
      valueFormatter: (p) =>
        p.value === undefined || p.value === null
          ? p.data?.annual
            ? t('annual.byCount')
            : ''
          : `${fmt(p.value as number)}${p.data?.assumed ? ' ≈' : ''}`,
      cellClass: 'num-cell computed',
    },
    {
      colId: 'grade',
      headerName: t('evaluate.grade'),
      width: 190,
      valueGetter: (p) => (p.data?.annual ? t(`grades.${p.data.annual.grade}`) : ''),
      cellClassRules: {
        'grade-effective': (p) => p.data?.annual?.grade === 'effective',
        'grade-proper': (p) => p.data?.annual?.grade === 'proper',
        'grade-satisfactory': (p) => p.data?.annual?.grade === 'satisfactory',
        'grade-unsatisfactory': (p) => p.data?.annual?.grade === 'unsatisfactory',
      },
    },
    { colId: 'consequences', headerName: t('annual.consequences'), width: 380, valueGetter: (p) => flags(p.data?.consequences) },
  ];

  const focusedRow = () => rows().find((r) => r.id === focused());
  return (
    <>
      <Show when={joinKey(props.unitId, props.year, app.i18n.lang(), agency.profile().id, agency.profile().version)} keyed>
        <Grid<AnnualRow>
          label={t('annual.gridLabel')}
          rows={rows()}
          height="fill"
          reserve={48}
          stateKey="bagalau.grid.annual"
          options={{
            columnDefs: columns(),
            getRowId: (p) => p.data.id,
            defaultColDef: { sortable: true, resizable: true },
            suppressColumnVirtualisation: true,
            onCellFocused: (e) => {
              const row = e.rowIndex === null || e.rowIndex === undefined ? undefined : e.api.getDisplayedRowAtIndex(e.rowIndex);
              setFocused(row?.data?.id ?? null);
            },
          }}
        />
      </Show>
      <Show when={rows().some((r) => r.marks.some((m) => m !== ''))}>
        <p class="muted">{t('final.legend')}</p>
      </Show>
      <section aria-labelledby="why-title" class="panel explain" aria-live="polite">
        <Show
          when={focusedRow()?.annual}
          fallback={
            <p id="why-title" class="muted">
              {t('evaluate.whyHint')}
            </p>
          }
        >
          {(annual) => (
            <Explanation
              trace={annual().explain()}
              title={`${focusedRow()?.name ?? ''}. ${t('evaluate.why', { value: annual().score === undefined ? t(`grades.${annual().grade}`) : fmt(annual().score) })}`}
            />
          )}
        </Show>
      </section>
    </>
  );
}
