/**
 * The year for a unit's staff (004 §5, 004 §§9–10, 002 §§42–45): each quarter's ranking score (or
 * why it is missing), the mean of the evaluated quarters, the grade, and the consequence flags —
 * a second unsatisfactory year in a row included. Read-only: scores are entered per quarter.
 */
import type { ColDef } from 'ag-grid-community';
import { createMemo, createSignal, Show } from 'solid-js';
import {
  annualMean,
  consequences,
  eligibility,
  fullName,
  isUnitHead,
  periodsOfYear,
  rankingScore,
  type AnnualResult,
  type Consequences,
  type EvaluationRecord,
  type GradeId,
} from '../../domain';
import { createLiveQueryOn } from '../../store/live';
import { useApp } from '../app-state';
import { useAgency } from '../agency-state';
import { Explanation } from '../components/Explanation';
import { Grid } from '../components/Grid';

interface AnnualRow {
  readonly id: string;
  readonly name: string;
  readonly quarters: readonly (number | undefined)[];
  readonly annual: AnnualResult | undefined;
  readonly consequences: Consequences | undefined;
}

export function AnnualGrid(props: { unitId: string; year: number }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const quarterIds = (year: number) => periodsOfYear(year).filter((p) => p.kind === 'quarter');
  const records = createLiveQueryOn<number, readonly EvaluationRecord[]>(
    () => props.year,
    (year) => agency.db.evaluations.where('periodId').anyOf([...quarterIds(year - 1), ...quarterIds(year)].map((p) => p.id)).filter((r) => r.component === 'ranking').toArray(),
    [],
  );
  const [focused, setFocused] = createSignal<string | null>(null);

  const rows = createMemo<AnnualRow[]>(() => {
    const profile = agency.profile();
    const everyone = agency.employees();
    const byKey = new Map(records().map((r) => [`${r.periodId}:${r.employeeId}`, r]));
    const yearOf = (year: number, personId: string) => {
      const person = everyone.find((e) => e.id === personId);
      if (!person) return { quarters: [], annual: undefined };
      const statuses = agency.statuses().filter((s) => s.employeeId === personId);
      const quarters = quarterIds(year).map((q) => {
        if (eligibility(person, statuses, q, 'ranking', profile, agency.calendar()).kind === 'notEvaluated') return undefined;
        const record = byKey.get(`${q.id}:${personId}`);
        const outcome = rankingScore(record?.scores ?? {}, agency.profileFor(record, agency.settings().has(`lock:${q.id}:${person.unitId}:ranking`)));
        return outcome.kind === 'scored' ? outcome.result.score : undefined;
      });
      return { quarters, annual: annualMean(Object.fromEntries(quarterIds(year).map((q, i) => [q.id, quarters[i]])), profile) };
    };
    return everyone
      .filter((e) => e.unitId === props.unitId && !isUnitHead(e, everyone))
      .map((e) => {
        const current = yearOf(props.year, e.id);
        const previous = yearOf(props.year - 1, e.id);
        const history = [previous.annual?.grade, current.annual?.grade].filter((g): g is GradeId => g !== undefined);
        return { id: e.id, name: fullName(e), quarters: current.quarters, annual: current.annual, consequences: current.annual ? consequences(history, profile) : undefined };
      })
      .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  });

  const fmt = (h: number | undefined) => (h === undefined ? '' : app.i18n.formatNumber(h / 100, 2));
  const assumed = () => agency.profile().rounding.assumption !== undefined || agency.profile().ranking.combine.assumption !== undefined;
  const flags = (c: Consequences | undefined) =>
    c ? [c.bonusEligible && t('annual.bonus'), c.trainingNeeded && t('annual.training'), c.notMentor && t('annual.notMentor'), c.demotion && t('annual.demotion')].filter(Boolean).join('; ') : '';

  const columns = (): ColDef<AnnualRow>[] => [
    { colId: 'name', headerName: t('evaluate.person'), field: 'name', pinned: 'left', width: 240 },
    ...[0, 1, 2, 3].map(
      (i): ColDef<AnnualRow> => ({
        colId: `q${i + 1}`,
        headerName: t('agency.quarter', { q: i + 1 }),
        width: 100,
        valueGetter: (p) => p.data?.quarters[i],
        valueFormatter: (p) => (p.value === undefined || p.value === null ? t('annual.notEvaluated') : fmt(p.value as number)),
        cellClass: 'num-cell',
        cellClassRules: { excluded: (p) => p.value === undefined || p.value === null },
      }),
    ),
    {
      colId: 'mean',
      headerName: t('annual.mean'),
      width: 130,
      valueGetter: (p) => p.data?.annual?.score,
      valueFormatter: (p) => (p.value === undefined || p.value === null ? '' : `${fmt(p.value as number)}${assumed() ? ' ≈' : ''}`),
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
      <Show when={`${props.unitId}:${props.year}:${app.i18n.lang()}:${agency.profile().id}:${agency.profile().version}`} keyed>
        <Grid<AnnualRow>
          label={t('annual.gridLabel')}
          rows={rows()}
          height="50vh"
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
      <section aria-labelledby="why-title" class="panel explain" aria-live="polite">
        <Show when={focusedRow()?.annual} fallback={<p id="why-title" class="muted">{t('evaluate.whyHint')}</p>}>
          {(annual) => <Explanation trace={annual().explain()} title={`${focusedRow()?.name ?? ''}. ${t('evaluate.why', { value: fmt(annual().score) })}`} />}
        </Show>
      </section>
    </>
  );
}
