/**
 * The ranking grid of a unit for a quarter (004 §§29–33): staff × the profile's parameters, typed
 * like a spreadsheet (decimal comma accepted, every change stored at once and audit-logged); the
 * score, grade and rank in the unit follow instantly from the engine; people who are not evaluated
 * are greyed with the rule that excluded them; the final result, where a signed calibration or
 * Commission protocol changed or approved the score, beside it; the explanation of the focused row's
 * score is shown beside the grid.
 */
import { A } from '@solidjs/router';
import type { CellClassParams, ColDef, GridApi } from 'ag-grid-community';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { compareByName, fullName, GRADES, type Eligibility, joinKey } from '../../domain';
import { hyphenate } from '../../i18n';
import { applyEvaluationChanges } from '../../store/evaluations';
import { createGridEditing } from '../shared/grid-editing';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { Grid, textColumnWidth } from '../shared/Grid';
import { scoreFilter } from '../shared/grid-columns';
import { Explanation } from '../shared/Explanation';
import { LockBar } from '../shared/LockBar';
import { createPeriodLock, createUnitPeriod, UnitPeriodPicker } from '../shared/UnitPeriodPicker';
import { createPendingScores } from '../shared/pending-scores';
import { finalStageText, finalText } from '../shared/result-text';
import { AnnualGrid } from './AnnualGrid';
import { rankingPeople, rankingRows, sameRow, type RankingRow } from './ranking-rows';
import { exclusionText } from '../shared/messages';
import { createCaseBook } from '../shared/case-book';
import { statusColumn } from '../shared/case-columns';

export function EvaluatePage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const picked = createUnitPeriod();
  const { quarters, unit } = picked;
  // The ranking grid works on a quarter; choosing a year shows the annual view.
  const period = picked.quarter;
  const selectedYear = picked.year;
  const [focused, setFocused] = createSignal<string | null>(null);

  const periodIds = () => {
    const p = period();
    return p ? [p.id] : [];
  };
  // Typed scores enter the cases at once (score, grade and ranks in the same frame).
  const pendingScores = createPendingScores(() => cases.records().records.filter((r) => r.component === 'ranking'));
  const cases = createCaseBook(agency, periodIds, (records) => {
    const p = period();
    return p ? pendingScores.overlay(records, { periodId: p.id, component: 'ranking', profile: agency.profile() }) : records;
  });
  const params = () => agency.profile().ranking.parameters.value;
  const lang = () => (app.i18n.lang() === 'kk' ? 'kk' : 'ru');

  // Who is in the grid: the unit's people the ranking method evaluates (the case's one rule), by name.
  const people = createMemo(() => {
    const u = unit();
    return u && period() ? rankingPeople(cases(), u.id, new Intl.Collator(app.i18n.lang())) : [];
  });
  const lock = createPeriodLock(picked, 'ranking', cases);
  const locked = lock.locked;

  // Rows keep their identity while nothing in them changed, so the grid redraws only what did.
  let previous = new Map<string, RankingRow>();
  const rows = createMemo<RankingRow[]>(() => {
    const p = period();
    const next = new Map<string, RankingRow>();
    const out = (p ? rankingRows(cases(), people(), p.id) : []).map((r) => {
      const old = previous.get(r.id);
      const row = old && sameRow(old, r) ? old : r;
      next.set(r.id, row);
      return row;
    });
    previous = next;
    return out;
  });

  // 004 §32: over the profile's number of staff, rows can be given to additional evaluators.
  const manyStaff = () => people().length > agency.profile().ranking.extraEvaluatorsAbove.value;
  /** The agency's people by name: the evaluator picker's list (sorted once per change of the staff, not per edit). */
  const staffByName = createMemo(() => [...agency.employees()].sort(compareByName));
  const names = createMemo(() => new Map(agency.employees().map((e) => [e.id, fullName(e)])));
  const [rowsOf, setRowsOf] = createSignal<string>('*');
  const evaluatorsInUse = createMemo(() => {
    const n = names();
    return [...new Set(rows().map((r) => r.evaluatorId ?? ''))].sort((a, b) => (n.get(a) ?? '').localeCompare(n.get(b) ?? ''));
  });
  const shownRows = createMemo(() =>
    manyStaff() && rowsOf() !== '*' ? rows().filter((r) => (r.evaluatorId ?? '') === rowsOf()) : rows(),
  );
  const evaluatorName = (id: string | null) => (id ? (names().get(id) ?? id) : t('evaluate.unitHead'));

  const fmt = (h: number | undefined) => (h === undefined ? '' : app.i18n.formatNumber(h / 100, 2));
  const statusText = (e: Eligibility) => {
    switch (e.kind) {
      case 'evaluated':
        return t('evaluate.evaluated');
      case 'notEvaluated':
        return exclusionText(app.i18n, e, agency.profile());
      case 'withoutParticipation':
      case 'shifted':
        return `${t(`statusKinds.${e.reason}`)}: ${t('values.withoutParticipation')}`;
    }
  };

  let api: GridApi<RankingRow> | undefined;
  const editing = createGridEditing<RankingRow>({
    api: () => api,
    locked,
    pending: pendingScores,
    apply: async (changes) => {
      const u = unit();
      if (!u || changes.length === 0) return undefined;
      return agency.attempt(applyEvaluationChanges(agency.ctx, changes, agency.profile(), { unitId: u.id }));
    },
    changeFor: (row, field) => ({ periodId: period()?.id ?? '', employeeId: row.id, component: 'ranking', field }),
  });
  const save = editing.save;
  const listen = editing.listen;

  const scoreSetter = editing.scoreSetter;

  const excluded = (p: CellClassParams<RankingRow>) => p.data?.eligibility.kind === 'notEvaluated';

  const columns = (): ColDef<RankingRow>[] => [
    {
      colId: 'name',
      headerName: t('evaluate.person'),
      field: 'name',
      pinned: 'left',
      width: textColumnWidth(rows().map((r) => r.name)),
      cellClassRules: { excluded },
    },
    ...params().map((param): ColDef<RankingRow> => ({
      colId: `p:${param.id}`,
      headerName: hyphenate(param.names[lang()]),
      headerTooltip: param.names[lang()],
      width: 130,
      editable: (p) => !locked() && p.data?.eligibility.kind !== 'notEvaluated',
      valueGetter: (p) => p.data?.scores[param.id],
      valueFormatter: (p) => fmt(p.value as number | undefined),
      valueSetter: scoreSetter(param.id, param.names[lang()]),
      cellClass: 'num-cell',
      cellClassRules: { excluded },
    })),
    {
      colId: 'score',
      headerName: t('evaluate.score'),
      width: 85,
      valueGetter: (p) => p.data?.score,
      valueFormatter: (p) =>
        p.value === undefined || p.value === null ? '' : `${fmt(p.value as number)}${p.data?.assumed ? ' ≈' : ''}`,
      ...scoreFilter<RankingRow>((n) => app.i18n.formatNumber(n, 2)),
      cellClass: 'num-cell computed',
      cellClassRules: { excluded },
    },
    {
      colId: 'grade',
      headerName: t('evaluate.grade'),
      width: textColumnWidth(
        GRADES.map((g) => t(`grades.${g}`)),
        120,
      ),
      valueGetter: (p) => (p.data?.grade ? t(`grades.${p.data.grade}`) : ''),
      cellClassRules: {
        excluded,
        'grade-effective': (p) => p.data?.grade === 'effective' || p.data?.grade === 'excellent',
        'grade-proper': (p) => p.data?.grade === 'proper',
        'grade-satisfactory': (p) => p.data?.grade === 'satisfactory',
        'grade-unsatisfactory': (p) => p.data?.grade === 'unsatisfactory',
      },
    },
    {
      colId: 'rank',
      headerName: t('evaluate.rank'),
      width: 90,
      valueGetter: (p) => p.data?.rank,
      cellClass: 'num-cell computed',
      cellClassRules: { excluded },
    },
    {
      colId: 'final',
      headerName: t('final.column'),
      width: 145,
      valueGetter: (p) => finalText(p.data?.final, app.i18n),
      tooltipValueGetter: (p) => finalText(p.data?.final, app.i18n),
      cellClass: 'computed',
      cellClassRules: { excluded },
    },
    { colId: 'category', headerName: t('fields.category'), field: 'category', width: 120, cellClassRules: { excluded } },
    statusColumn(t('evaluate.status'), statusText),
    ...(manyStaff()
      ? [
          {
            colId: 'evaluator',
            headerName: t('evaluate.evaluator'),
            width: 230,
            editable: () => !locked(),
            valueGetter: (p) => p.data?.evaluatorId ?? '',
            valueFormatter: (p) => evaluatorName((p.value as string) || null),
            cellEditor: 'agSelectCellEditor',
            cellEditorParams: (p: { data?: RankingRow }) => ({
              // By name, as a person looks for one; never the person themself.
              values: ['', ...staffByName().flatMap((e) => (e.id === p.data?.id ? [] : [e.id]))],
              formatValue: (id: string) => evaluatorName(id || null),
            }),
            valueSetter: (e) => {
              const id = (e.newValue as string) || null;
              if (id !== e.data.evaluatorId) save(e.data, { evaluatorId: id });
              return false;
            },
          } satisfies ColDef<RankingRow>,
        ]
      : []),
    {
      colId: 'comment',
      headerName: t('evaluate.comment'),
      width: 260,
      field: 'comment',
      editable: (p) => !locked() && p.data?.eligibility.kind !== 'notEvaluated',
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
  /** Shown under the score's explanation when a signed protocol changed or approved the score. */
  const finalTrace = () => {
    const f = focusedRow()?.final;
    return f && (f.stage !== 'evaluator' || f.final) ? f : undefined;
  };

  // The page is the grid (issue 19): the heading and the pickers on one line, the grid down to the
  // window's bottom, the submission and the other actions under it — from the heading, two Tabs
  // (unit, period) and the third is in the grid.
  let footer: HTMLDivElement | undefined;
  return (
    <section aria-labelledby="evaluate-title">
      <div class="page-head grid-page-head">
        <h1 id="evaluate-title">{selectedYear() ? t('annual.gridLabel') : t('evaluate.title')}</h1>
        <Show when={quarters().length > 0}>
          <UnitPeriodPicker state={picked} withYears />
        </Show>
      </div>
      <Show when={quarters().length > 0} fallback={<p class="warning-box">{t('evaluate.noPeriods')}</p>}>
        <Show when={selectedYear()}>
          {(y) => <Show when={unit()}>{(u) => <AnnualGrid unitId={u().id} year={y().year} />}</Show>}
        </Show>
        <Show
          when={!selectedYear() && rows().length > 0}
          fallback={
            <Show when={!selectedYear()}>
              <p class="muted">{t('evaluate.noStaff')}</p>
            </Show>
          }
        >
          <div ref={listen}>
            <Show
              when={joinKey(
                unit()?.id,
                period()?.id,
                app.i18n.lang(),
                agency.profile().id,
                agency.profile().version,
                manyStaff(),
              )}
              keyed
            >
              <Grid<RankingRow>
                label={t('evaluate.gridLabel')}
                rows={shownRows()}
                height="fill"
                reserve={(footer?.getBoundingClientRect().height ?? 0) + 16}
                stateKey="bagalau.grid.ranking.v2"
                onReady={(ready) => {
                  api = ready;
                }}
                options={{
                  columnDefs: editing.columns(columns()),
                  getRowId: (p) => p.data.id,
                  defaultColDef: { sortable: true, resizable: true, filter: 'agTextColumnFilter' },
                  suppressColumnVirtualisation: true,
                  singleClickEdit: false,
                  onCellFocused: (e) => {
                    const row =
                      e.rowIndex === null || e.rowIndex === undefined ? undefined : e.api.getDisplayedRowAtIndex(e.rowIndex);
                    setFocused(row?.data?.id ?? null);
                  },
                }}
              />
            </Show>
          </div>
          <div ref={footer} class="grid-footer">
            <LockBar lock={lock} keys={t('evaluate.keys')}>
              <A
                href={`/forms?kind=ranking&period=${period()?.id ?? ''}&unit=${unit()?.id ?? ''}&lang=${app.i18n.lang() === 'kk' ? 'kk' : 'ru'}`}
              >
                {t('forms.ranking')}
              </A>
              <Show when={manyStaff()}>
                <label class="inline">
                  <span>{t('evaluate.rowsOf')}</span>
                  <select onChange={(e) => setRowsOf(e.currentTarget.value)}>
                    <option value="*" selected={rowsOf() === '*'}>
                      {t('evaluate.everyone')}
                    </option>
                    <For each={evaluatorsInUse()}>
                      {(id) => (
                        <option value={id} selected={rowsOf() === id}>
                          {evaluatorName(id || null)}
                        </option>
                      )}
                    </For>
                  </select>
                </label>
                <span class="muted">
                  {t('evaluate.manyStaff', {
                    n: agency.profile().ranking.extraEvaluatorsAbove.value,
                    source: app.i18n.cite(agency.profile().ranking.extraEvaluatorsAbove),
                  })}
                </span>
              </Show>
            </LockBar>
          </div>
          <section aria-labelledby="why-title" class="panel explain" aria-live="polite">
            <Show
              when={focusedRow()}
              fallback={
                <p id="why-title" class="muted">
                  {t('evaluate.whyHint')}
                </p>
              }
            >
              {(row) => (
                <Show
                  when={trace()}
                  fallback={
                    <h2 id="why-title">
                      {row().name}:{' '}
                      {row().eligibility.kind === 'notEvaluated' ? statusText(row().eligibility) : t('evaluate.incomplete')}
                    </h2>
                  }
                >
                  {(tr) => (
                    <>
                      <Explanation trace={tr()} title={`${row().name}. ${t('evaluate.why', { value: fmt(row().score) })}`} />
                      <Show when={finalTrace()}>
                        {(f) => (
                          <Explanation
                            headingId="final-why-title"
                            trace={f().explain()}
                            title={`${t('final.why', { value: fmt(f().value) })}: ${finalStageText(f(), app.i18n)}`}
                          />
                        )}
                      </Show>
                    </>
                  )}
                </Show>
              )}
            </Show>
          </section>
        </Show>
      </Show>
    </section>
  );
}
