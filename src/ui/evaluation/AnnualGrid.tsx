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
import {
  annualMean,
  consequences,
  eligibility,
  fullName,
  isUnitHead,
  kciCountGrade,
  kciReviewState,
  kciSheet,
  kciYearCounts,
  periodsOfYear,
  rankingScore,
  type Consequences,
  type GradeId,
  type Trace,
} from '../../domain';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { Explanation } from '../shared/Explanation';
import { Grid } from '../shared/Grid';
import { consequencesText } from '../exchange/consolidated-export';
import { createProtocolRecords } from '../shared/period-records';
import { finalOf } from '../shared/result-text';

/** The year's result: a mean score, or (001 §44) a grade from the count of achieved KCIs. */
interface YearResult {
  readonly score: number | undefined;
  readonly grade: GradeId;
  readonly explain: () => Trace;
}

interface AnnualRow {
  readonly id: string;
  readonly name: string;
  readonly method: 'kci' | 'ranking';
  readonly quarters: readonly (number | undefined)[];
  /** Per quarter: '†' changed by a signed protocol, '✓' approved by the Commission, '' otherwise. */
  readonly marks: readonly string[];
  readonly annual: YearResult | undefined;
  readonly consequences: Consequences | undefined;
}

export function AnnualGrid(props: { unitId: string; year: number }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const quarterIds = (year: number) => periodsOfYear(year).filter((p) => p.kind === 'quarter');
  const twoYears = () => [...quarterIds(props.year - 1), ...quarterIds(props.year)].map((p) => p.id);
  const records = agency.live('evaluations', twoYears, []);
  const plans = agency.live('kciPlans', twoYears, []);
  const protocols = createProtocolRecords(agency, twoYears);
  const [focused, setFocused] = createSignal<string | null>(null);

  const rows = createMemo<AnnualRow[]>(() => {
    const profile = agency.profile();
    const everyone = agency.employees();
    const byKey = new Map(records().map((r) => [`${r.periodId}:${r.component}:${r.employeeId}`, r]));
    const planOf = new Map(plans().map((p) => [p.id, p]));
    const countRule = profile.components.value.kci && profile.kci.countRule.value;
    const yearOf = (
      year: number,
      personId: string,
      method: AnnualRow['method'],
    ): { quarters: (number | undefined)[]; marks: string[]; annual: YearResult | undefined } => {
      const person = everyone.find((e) => e.id === personId);
      if (!person) return { quarters: [], marks: [], annual: undefined };
      const statuses = agency.statuses().filter((s) => s.employeeId === personId);
      const computed = quarterIds(year).map((q) => {
        if (eligibility(person, statuses, q, method, profile, agency.calendar()).kind === 'notEvaluated') return undefined;
        const record = byKey.get(`${q.id}:${method}:${personId}`);
        if (method === 'kci') {
          const plan = planOf.get(`${q.id}:${personId}`);
          return plan
            ? kciSheet(plan.items, record?.scores ?? {}, agency.profileFor(record, kciReviewState(plan) === 'agreed')).sheet
                ?.score
            : undefined;
        }
        const outcome = rankingScore(
          record?.scores ?? {},
          agency.profileFor(record, agency.isLocked(q.id, person.unitId, 'ranking')),
        );
        return outcome.kind === 'scored' ? outcome.result.score : undefined;
      });
      const finals = quarterIds(year).map((q, i) =>
        finalOf({ periodId: q.id, component: method, employeeId: personId }, computed[i], protocols(), profile),
      );
      const quarters = finals.map((f) => f?.value);
      const marks = finals.map((f) => (f === undefined ? '' : `${f.stage === 'evaluator' ? '' : '†'}${f.final ? '✓' : ''}`));
      if (method === 'kci' && countRule) {
        // 001 §44: the year's plan graded by how many of its KCIs were achieved.
        const yearPlans = quarterIds(year).flatMap((q) => planOf.get(`${q.id}:${personId}`) ?? []);
        const counts = kciYearCounts(yearPlans);
        const counted = counts.total === 0 ? undefined : kciCountGrade(counts.achieved, counts.total, profile);
        return {
          quarters,
          marks,
          annual: counted ? { score: undefined, grade: counted.grade, explain: counted.explain } : undefined,
        };
      }
      return {
        quarters,
        marks,
        annual: annualMean(Object.fromEntries(quarterIds(year).map((q, i) => [q.id, quarters[i]])), profile),
      };
    };
    const collator = new Intl.Collator(app.i18n.lang());
    return (
      everyone
        .filter((e) => e.unitId === props.unitId)
        .map((e) => {
          const method: AnnualRow['method'] = isUnitHead(e, everyone) && profile.components.value.kci ? 'kci' : 'ranking';
          const current = yearOf(props.year, e.id, method);
          const previous = yearOf(props.year - 1, e.id, method);
          const history = [previous.annual?.grade, current.annual?.grade].filter((g): g is GradeId => g !== undefined);
          return {
            id: e.id,
            name: fullName(e),
            method,
            quarters: current.quarters,
            marks: current.marks,
            annual: current.annual,
            consequences: current.annual ? consequences(history, profile) : undefined,
          };
        })
        // The unit head first, then staff by name.
        .sort(
          (a, b) =>
            (a.method === b.method ? 0 : a.method === 'kci' ? -1 : 1) ||
            collator.compare(a.name, b.name) ||
            (a.id < b.id ? -1 : 1),
        )
    );
  });

  const fmt = (h: number | undefined) => (h === undefined ? '' : app.i18n.formatNumber(h / 100, 2));
  const assumed = (method: AnnualRow['method'] | undefined) => {
    const p = agency.profile();
    return p.rounding.assumption !== undefined || (method === 'kci' ? p.kci.combine : p.ranking.combine).assumption !== undefined;
  };
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
          : `${fmt(p.value as number)}${assumed(p.data?.method) ? ' ≈' : ''}`,
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
