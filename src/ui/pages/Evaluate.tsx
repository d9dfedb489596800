/**
 * The ranking grid of a unit for a quarter (004 §§29–33): staff × the profile's parameters, typed
 * like a spreadsheet (decimal comma accepted, every change stored at once and audit-logged); the
 * score, grade and rank in the unit follow instantly from the engine; people who are not evaluated
 * are greyed with the rule that excluded them; the explanation of the focused row's score is shown
 * beside the grid.
 */
import type { CellClassParams, ColDef, ValueSetterParams } from 'ag-grid-community';
import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  ASSUMPTIONS,
  eligibility,
  fullName,
  isUnitHead,
  rankingScore,
  rankWithinUnit,
  readScore,
  type Eligibility,
  type EvaluationRecord,
  type GradeId,
  type Trace,
} from '../../domain';
import { setEvaluationField } from '../../store/evaluations';
import { createLiveQuery } from '../../store/live';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app-state';
import { useAgency } from '../agency-state';
import { Grid } from '../components/Grid';
import { problemText } from '../messages';
import type { MessageKey } from '../../i18n';

interface RankingRow {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly eligibility: Eligibility;
  readonly scores: Readonly<Record<string, number>>;
  readonly comment: string;
  readonly score: number | undefined;
  readonly grade: GradeId | undefined;
  readonly rank: number | undefined;
  readonly explain: (() => Trace) | undefined;
}

export function EvaluatePage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const today = todayIso();
  const quarters = createMemo(() => agency.periods().filter((p) => p.kind === 'quarter'));
  // The quarter being evaluated now is the last one that has ended.
  const defaultPeriod = () => [...quarters()].reverse().find((p) => p.end < today)?.id ?? quarters()[0]?.id ?? '';
  const [periodId, setPeriodId] = createSignal('');
  const period = () => quarters().find((p) => p.id === (periodId() || defaultPeriod()));
  const units = createMemo(() => [...agency.units()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)));
  const [unitId, setUnitId] = createSignal('');
  const unit = () => units().find((u) => u.id === unitId()) ?? units()[0];
  const [focused, setFocused] = createSignal<string | null>(null);

  const records = createLiveQuery<readonly EvaluationRecord[]>(
    () => (period() ? agency.db.evaluations.where('[periodId+component]').equals([period()?.id ?? '', 'ranking']).toArray() : []),
    [],
  );
  const params = () => agency.profile().ranking.parameters.value;
  const lang = () => (app.i18n.lang() === 'kk' ? 'kk' : 'ru');

  const rows = createMemo<RankingRow[]>(() => {
    const p = period();
    const u = unit();
    if (!p || !u) return [];
    const everyone = agency.employees();
    const byId = new Map(records().map((r) => [r.employeeId, r]));
    const profile = agency.profile();
    const base = everyone
      .filter((e) => e.unitId === u.id && !isUnitHead(e, everyone))
      .map((e) => {
        const record = byId.get(e.id);
        const elig = eligibility(e, agency.statuses().filter((s) => s.employeeId === e.id), p, 'ranking', profile, agency.calendar());
        const outcome = elig.kind === 'notEvaluated' ? undefined : rankingScore(record?.scores ?? {}, profile);
        const scored = outcome?.kind === 'scored' ? outcome.result : undefined;
        return { id: e.id, name: fullName(e), category: e.category, eligibility: elig, scores: record?.scores ?? {}, comment: record?.comment ?? '', score: scored?.score, grade: scored?.grade, explain: scored?.explain };
      });
    const ranks = rankWithinUnit(base.map((r) => ({ id: r.id, score: r.score })));
    return base.map((r) => ({ ...r, rank: ranks.get(r.id) })).sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  });

  const fmt = (h: number | undefined) => (h === undefined ? '' : app.i18n.formatNumber(h / 100, 2));
  const statusText = (e: Eligibility) => {
    switch (e.kind) {
      case 'evaluated':
        return t('evaluate.evaluated');
      case 'notEvaluated':
        return e.reason === 'tenure' ? t('eligibility.tenure', { months: e.months ?? 0, min: agency.profile().minTenureMonths.value }) : t(`eligibility.${e.reason}`);
      case 'withoutParticipation':
      case 'shifted':
        return `${t(`statusKinds.${e.reason}`)}: ${t('values.withoutParticipation')}`;
    }
  };

  const save = (row: RankingRow, field: { param: string; value: number | undefined } | { comment: string }) => {
    const p = period();
    if (!p) return;
    void agency.run(setEvaluationField(agency.ctx, { periodId: p.id, employeeId: row.id, component: 'ranking', field }, agency.profile()));
  };

  // Called by AG Grid when an edit is committed: an event handler in all but name.
  // eslint-disable-next-line solid/reactivity
  const scoreSetter = (param: string, header: string) => (e: ValueSetterParams<RankingRow>) => {
    const read = readScore(e.newValue, param);
    if (read.kind === 'invalid') {
      app.notify(t('evaluate.cellProblem', { person: e.data.name, column: header, message: problemText(app.i18n, read.problem) }), 'error');
      return false;
    }
    const value = read.kind === 'score' ? read.value : undefined;
    if (value !== e.data.scores[param]) save(e.data, { param, value });
    return false;
  };

  const excluded = (p: CellClassParams<RankingRow>) => p.data?.eligibility.kind === 'notEvaluated';
  const assumed = () => {
    const profile = agency.profile();
    return [profile.ranking.combine, profile.rounding, profile.scale].some((c) => c.assumption !== undefined);
  };

  const columns = (): ColDef<RankingRow>[] => [
    { colId: 'name', headerName: t('evaluate.person'), field: 'name', pinned: 'left', width: 240, cellClassRules: { excluded } },
    { colId: 'category', headerName: t('fields.category'), field: 'category', width: 95, cellClassRules: { excluded } },
    { colId: 'status', headerName: t('evaluate.status'), width: 230, valueGetter: (p) => (p.data ? statusText(p.data.eligibility) : ''), tooltipValueGetter: (p) => (p.data ? statusText(p.data.eligibility) : ''), cellClassRules: { excluded } },
    ...params().map(
      (param): ColDef<RankingRow> => ({
        colId: `p:${param.id}`,
        headerName: param.names[lang()],
        headerTooltip: param.names[lang()],
        width: 150,
        editable: (p) => p.data?.eligibility.kind !== 'notEvaluated',
        valueGetter: (p) => p.data?.scores[param.id],
        valueFormatter: (p) => fmt(p.value as number | undefined),
        valueSetter: scoreSetter(param.id, param.names[lang()]),
        cellClass: 'num-cell',
        cellClassRules: { excluded },
      }),
    ),
    {
      colId: 'score',
      headerName: t('evaluate.score'),
      width: 110,
      valueGetter: (p) => p.data?.score,
      valueFormatter: (p) => (p.value === undefined || p.value === null ? '' : `${fmt(p.value as number)}${assumed() ? ' ≈' : ''}`),
      cellClass: 'num-cell computed',
      cellClassRules: { excluded },
    },
    {
      colId: 'grade',
      headerName: t('evaluate.grade'),
      width: 190,
      valueGetter: (p) => (p.data?.grade ? t(`grades.${p.data.grade}`) : ''),
      cellClassRules: {
        excluded,
        'grade-effective': (p) => p.data?.grade === 'effective' || p.data?.grade === 'excellent',
        'grade-proper': (p) => p.data?.grade === 'proper',
        'grade-satisfactory': (p) => p.data?.grade === 'satisfactory',
        'grade-unsatisfactory': (p) => p.data?.grade === 'unsatisfactory',
      },
    },
    { colId: 'rank', headerName: t('evaluate.rank'), width: 80, valueGetter: (p) => p.data?.rank, cellClass: 'num-cell computed', cellClassRules: { excluded } },
    {
      colId: 'comment',
      headerName: t('evaluate.comment'),
      width: 260,
      field: 'comment',
      editable: (p) => p.data?.eligibility.kind !== 'notEvaluated',
      valueSetter: (e) => {
        const text = String(e.newValue ?? '').trim();
        if (text !== e.data.comment) save(e.data, { comment: text });
        return false;
      },
      cellClassRules: { excluded },
    },
  ];

  const focusedRow = () => rows().find((r) => r.id === focused());
  const trace = () => focusedRow()?.explain?.();

  return (
    <section aria-labelledby="evaluate-title">
      <h1 id="evaluate-title">{t('evaluate.title')}</h1>
      <Show when={quarters().length > 0} fallback={<p class="warning-box">{t('evaluate.noPeriods')}</p>}>
        <div class="inline-form">
          <label>
            <span>{t('evaluate.unit')}</span>
            <select value={unit()?.id ?? ''} onChange={(e) => setUnitId(e.currentTarget.value)}>
              <For each={units()}>{(u) => <option value={u.id}>{u.name}</option>}</For>
            </select>
          </label>
          <label>
            <span>{t('evaluate.period')}</span>
            <select value={period()?.id ?? ''} onChange={(e) => setPeriodId(e.currentTarget.value)}>
              <For each={quarters()}>{(p) => <option value={p.id}>{`${p.year} · ${t('agency.quarter', { q: p.quarter ?? 0 })}`}</option>}</For>
            </select>
          </label>
          <span class="muted">{agency.profile().names[app.i18n.lang()]}</span>
        </div>
        <Show when={rows().length > 0} fallback={<p class="muted">{t('evaluate.noStaff')}</p>}>
          <Show when={`${unit()?.id}:${period()?.id}:${app.i18n.lang()}:${agency.profile().id}:${agency.profile().version}`} keyed>
            <Grid<RankingRow>
              label={t('evaluate.gridLabel')}
              rows={rows()}
              height="55vh"
              stateKey="bagalau.grid.ranking"
              options={{
                columnDefs: columns(),
                getRowId: (p) => p.data.id,
                defaultColDef: { sortable: true, resizable: true },
                suppressColumnVirtualisation: true,
                singleClickEdit: false,
                onCellFocused: (e) => {
                  const row = e.rowIndex === null || e.rowIndex === undefined ? undefined : e.api.getDisplayedRowAtIndex(e.rowIndex);
                  setFocused(row?.data?.id ?? null);
                },
              }}
            />
          </Show>
          <section aria-labelledby="why-title" class="panel explain" aria-live="polite">
            <Show when={focusedRow()} fallback={<p id="why-title" class="muted">{t('evaluate.whyHint')}</p>}>
              {(row) => (
                <Show when={trace()} fallback={<h2 id="why-title">{row().name}: {row().eligibility.kind === 'notEvaluated' ? statusText(row().eligibility) : t('evaluate.incomplete')}</h2>}>
                  {(tr) => <Explanation trace={tr()} title={`${row().name}. ${t('evaluate.why', { value: fmt(row().score) })}`} />}
                </Show>
              )}
            </Show>
          </section>
        </Show>
      </Show>
    </section>
  );
}

function Explanation(props: { trace: Trace; title: string }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const lang = () => (app.i18n.lang() === 'kk' ? 'kk' : app.i18n.lang() === 'ru' ? 'ru' : 'en');
  const paramName = (id: string) => agency.profile().ranking.parameters.value.find((p) => p.id === id)?.names[lang() === 'kk' ? 'kk' : 'ru'] ?? id;
  const decimal = (text: string | null) => (text === null ? '—' : app.i18n.formatNumber(Number(text), 2));
  const exact = () => {
    const [n, d] = (props.trace.exact ?? '').split('/').map(Number);
    return n === undefined || d === undefined || !d ? '' : `${app.i18n.formatNumber(n / 100, 2)} / ${d} = ${new Intl.NumberFormat(lang() === 'kk' ? 'kk-KZ' : lang() === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 6 }).format(n / 100 / d)}`;
  };
  return (
    <>
      <h2 id="why-title">{props.title}</h2>
      <dl class="trace">
        <dt>{t('evaluate.inputs')}</dt>
        <dd>
          <ul>
            <For each={props.trace.inputs}>{(i) => <li>{`${paramName(i.label)}: ${decimal(i.value)}`}</li>}</For>
          </ul>
        </dd>
        <dt>{t('evaluate.formula')}</dt>
        <dd>{t(`evaluate.formulas.${props.trace.formula}` as MessageKey, { count: props.trace.inputs.length })}</dd>
        <dt>{t('evaluate.exact')}</dt>
        <dd>{exact()}</dd>
        <Show when={props.trace.rounding}>
          {(r) => (
            <>
              <dt>{t('evaluate.rounding')}</dt>
              <dd>{t(`evaluate.roundings.${r().mode as 'halfUp'}`, { decimals: r().decimals })}</dd>
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
                    <span class="assumption-mark" aria-hidden="true">≈</span> {ASSUMPTIONS[a as keyof typeof ASSUMPTIONS]?.[lang()] ?? a}
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

