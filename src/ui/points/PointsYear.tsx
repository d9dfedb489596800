/**
 * The year of the points model per unit (002 §§28–33, 41–45): each quarter's points, their mean
 * converted to 2–5, the work plan's targets (at most 4, each 2–5) and the annual result with its
 * grade and consequences. The focused person's targets are edited below the grid.
 */
import type { ColDef } from 'ag-grid-community';
import { createMemo, createSignal, Show, For } from 'solid-js';
import { A } from '@solidjs/router';
import {
  fullName,
  periodIdsOfYear,
  pointsSheetProblems,
  pointsSheetId,
  type Consequences,
  type GradeId,
  type Period,
  type PlanTarget,
  type PointsEdit,
  type PointsSheet,
  type Trace,
  yearOf,
  joinKey,
  type EvaluationCase,
  hasErrors,
} from '../../domain';
import { createCaseBook } from '../shared/case-book';
import { newId } from '../../platform/ids';
import { finalText } from '../shared/result-text';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { EntryList } from '../shared/EntryList';
import { Explanation } from '../shared/Explanation';
import { Grid } from '../shared/Grid';
import { problemText } from '../shared/messages';
import { followValue } from '../shared/follow-value';
import { gradeClasses } from './Points';
import { createSheetDraft } from './sheet-draft';
import { SheetAgreementForm, SheetSignatureForm } from './SheetSignature';
import { Training } from './Training';

interface YearRow {
  readonly id: string;
  readonly name: string;
  readonly quarters: readonly (number | undefined)[];
  readonly mean: number | undefined;
  readonly converted: number | undefined;
  readonly plan: number | undefined;
  readonly tenths: number | undefined;
  readonly grade: GradeId | undefined;
  readonly explain: (() => Trace) | undefined;
  readonly consequences: Consequences | undefined;
  /** The year's own case where the Commission reviews the annual result (002 §35). */
  readonly annual: EvaluationCase | undefined;
}

const RESULTS = ['notAchieved', 'partly', 'achieved', 'exceeded'] as const;

export function PointsYear(props: { unitId: string; year: Period }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const ids = periodIdsOfYear;
  const cases = createCaseBook(agency, () => [...ids(props.year.year - 1), ...ids(props.year.year)]);
  const sheets = () => cases.records().sheets;

  const rows = createMemo<YearRow[]>(() => {
    const book = cases();
    const collator = new Intl.Collator(app.i18n.lang());
    return agency
      .employees()
      .filter((e) => e.unitId === props.unitId)
      .map((e): YearRow => {
        // The quarters count with their final points (a signed Commission protocol's correction, 002 §§34–40).
        const y = yearOf(book, e.id, props.year.year);
        return {
          id: e.id,
          name: fullName(e),
          quarters: y.values,
          mean: y.points?.mean,
          converted: y.points?.converted,
          plan: y.points?.plan,
          tenths: y.result,
          grade: y.grade,
          explain: y.explain,
          consequences: y.consequences,
          annual: y.annual,
        };
      })
      .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  });
  const [focused, setFocused] = createSignal<string | null>(null);
  const focusedRow = () => rows().find((r) => r.id === focused());
  const tenths = (v: number | undefined) => (v === undefined ? '' : app.i18n.formatNumber(v / 10, 1));
  const flags = (c: Consequences | undefined) =>
    c
      ? [
          c.bonusEligible && t('annual.bonus'),
          c.trainingNeeded && t('annual.training'),
          c.notMentor && t('annual.notMentor'),
          c.demotion && t('annual.demotion'),
        ]
          .filter(Boolean)
          .join('; ')
      : '';

  const columns = (): ColDef<YearRow>[] => [
    { colId: 'name', headerName: t('evaluate.person'), field: 'name', pinned: 'left', width: 240 },
    ...[0, 1, 2, 3].map((i): ColDef<YearRow> => ({
      colId: `q${i + 1}`,
      headerName: t('agency.quarter', { q: i + 1 }),
      width: 90,
      valueGetter: (p) => p.data?.quarters[i],
      valueFormatter: (p) => (p.value === undefined || p.value === null ? t('points.notEvaluated') : String(p.value)),
      cellClass: 'num-cell',
      cellClassRules: { excluded: (p) => p.value === undefined || p.value === null },
    })),
    {
      colId: 'mean',
      headerName: t('points.quarterlyMean'),
      width: 120,
      valueGetter: (p) => p.data?.mean,
      cellClass: 'num-cell computed',
    },
    {
      colId: 'converted',
      headerName: t('points.converted'),
      width: 110,
      valueGetter: (p) => p.data?.converted,
      cellClass: 'num-cell computed',
    },
    {
      colId: 'plan',
      headerName: t('points.planScore'),
      width: 90,
      valueGetter: (p) => tenths(p.data?.plan),
      cellClass: 'num-cell computed',
    },
    {
      colId: 'annual',
      headerName: t('points.annual'),
      width: 110,
      valueGetter: (p) =>
        p.data?.tenths === undefined
          ? p.data?.mean === undefined
            ? ''
            : t('points.waitingTargets')
          : `${tenths(p.data.tenths)} ≈`,
      cellClass: 'num-cell computed',
    },
    {
      colId: 'grade',
      headerName: t('evaluate.grade'),
      width: 170,
      valueGetter: (p) => (p.data?.grade ? t(`grades.${p.data.grade}`) : ''),
      cellClassRules: gradeClasses<YearRow>((p) => p.data?.grade),
    },
    { colId: 'consequences', headerName: t('annual.consequences'), width: 300, valueGetter: (p) => flags(p.data?.consequences) },
    // 002 §35: where the Commission reviews the year, its decision and the stage the year is at.
    ...(agency.profile().procedure.annualReview.value
      ? [
          {
            colId: 'final',
            headerName: t('final.column'),
            width: 260,
            valueGetter: (p) => finalText(p.data?.annual?.final, app.i18n),
            tooltipValueGetter: (p) => finalText(p.data?.annual?.final, app.i18n),
          } satisfies ColDef<YearRow>,
          {
            colId: 'stage',
            headerName: t('dossier.stage'),
            width: 200,
            valueGetter: (p) => (p.data?.annual ? t(`case.stages.${p.data.annual.stage}`) : ''),
          } satisfies ColDef<YearRow>,
        ]
      : []),
  ];

  return (
    <>
      <Show when={joinKey(props.unitId, props.year.id, app.i18n.lang())} keyed>
        <Grid<YearRow>
          label={t('points.yearGridLabel')}
          rows={rows()}
          height="40vh"
          stateKey="bagalau.grid.pointsYear"
          options={{
            columnDefs: columns(),
            getRowId: (p) => p.data.id,
            defaultColDef: { sortable: true, resizable: true, wrapHeaderText: true, autoHeaderHeight: true },
            suppressColumnVirtualisation: true,
            onCellFocused: (e) => {
              const row = e.rowIndex === null || e.rowIndex === undefined ? undefined : e.api.getDisplayedRowAtIndex(e.rowIndex);
              setFocused(row?.data?.id ?? null);
            },
          }}
        />
      </Show>
      <Show when={focusedRow()} fallback={<p class="muted">{t('points.pickPersonYear')}</p>}>
        {(row) => (
          <>
            <Show when={row().explain}>
              {(explain) => (
                <section class="panel explain" aria-labelledby="why-title">
                  <Explanation
                    trace={explain()()}
                    title={`${row().name}. ${t('evaluate.why', { value: tenths(row().tenths) })}`}
                  />
                </section>
              )}
            </Show>
            <Show when={row().annual?.steps.find((s) => s.kind === 'training') && row().annual}>
              {(annual) => <Training year={props.year} name={row().name} annual={annual()} />}
            </Show>
            <Targets
              year={props.year}
              unitId={props.unitId}
              employeeId={row().id}
              name={row().name}
              sheet={sheets().find((s) => s.id === pointsSheetId(props.year.id, row().id))}
            />
          </>
        )}
      </Show>
    </>
  );
}

/** The work plan's targets of one person for the year (002 §§12, 30): name and result 2–5. */
function Targets(props: { year: Period; unitId: string; employeeId: string; name: string; sheet: PointsSheet | undefined }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const form = createSheetDraft({
    stored: () => props.sheet,
    at: () => ({ period: props.year, employeeId: props.employeeId, unitId: props.unitId }),
    read: (sheet) => ({ targets: sheet?.targets ?? [] }),
    check: (draft) => pointsSheetProblems({ incentives: [], violations: [], ...draft }, props.year, agency.profile()),
    // A warning (half of the targets measurable, 002 Appendix 1) is shown, the plan still kept.
    blocks: hasErrors,
  });
  const targets = () => form.draft().targets;
  const problems = form.problems;
  const locked = () => agency.isLocked(props.year.id, props.unitId, 'points');
  /** One target's change: shown at once, stored with the changes held before unless the plan has an error. */
  const commit = (edit: PointsEdit) => void form.commit(edit);
  const set = (x: PlanTarget, change: Partial<Omit<PlanTarget, 'id'>>) =>
    commit({ list: 'targets', entry: { ...x, ...change }, fields: Object.keys(change) as (keyof PlanTarget)[] });
  const max = () => agency.profile().points.planTargetsMax.value;
  return (
    <section class="panel" aria-labelledby="targets-title">
      <h2 id="targets-title">{t('points.targetsOf', { name: props.name })}</h2>
      <EntryList<PlanTarget>
        id="target"
        caption={`${t('points.target')}: ${props.name}`}
        entryName={t('points.target')}
        entries={targets()}
        editable={!locked()}
        problems={(i, field) =>
          problems()
            .filter((p) => p.field === `targets.${i}.${field}`)
            .map((p) =>
              p.code === 'required' ? t('problems.required', { field: t('points.target') }) : problemText(app.i18n, p),
            )
        }
        addLabel={t('points.addTarget')}
        canAdd={targets().length < max()}
        onAdd={() => {
          const entry: PlanTarget = { id: newId(), name: '', expected: '', measurable: false, result: null };
          // A new target is named first: it is stored once it has a name.
          form.hold({ list: 'targets', entry, fields: ['name', 'expected', 'measurable', 'result'] });
          const id = `target-${targets().length - 1}-name`;
          queueMicrotask(() => document.getElementById(id)?.focus());
        }}
        removeLabel={(n) => t('points.removeEntry', { n })}
        onRemove={(i) => commit({ list: 'targets', remove: targets()[i]?.id ?? '' })}
        fields={[
          {
            key: 'name',
            label: t('points.target'),
            control: (x, _i, a) => (
              <input
                id={a.id}
                aria-label={a.name}
                aria-invalid={a.invalid}
                aria-describedby={a.describedBy}
                disabled={a.disabled}
                class="wide"
                ref={(el) => followValue(el, () => x().name)}
                onChange={(e) => set(x(), { name: e.currentTarget.value.trim() })}
              />
            ),
          },
          {
            key: 'expected',
            label: t('points.expected'),
            control: (x, _i, a) => (
              <input
                id={a.id}
                aria-label={a.name}
                disabled={a.disabled}
                class="wide"
                ref={(el) => followValue(el, () => x().expected ?? '')}
                onChange={(e) => set(x(), { expected: e.currentTarget.value.trim() })}
              />
            ),
          },
          {
            key: 'measurable',
            label: t('points.measurable'),
            control: (x, _i, a) => (
              <input
                id={a.id}
                type="checkbox"
                aria-label={a.name}
                disabled={a.disabled}
                checked={x().measurable === true}
                onChange={(e) => set(x(), { measurable: e.currentTarget.checked })}
              />
            ),
          },
          {
            key: 'selfResult',
            label: t('points.selfResult'),
            control: (x, _i, a) => (
              <ResultSelect control={a} value={x().selfResult ?? null} onChange={(v) => set(x(), { selfResult: v })} />
            ),
          },
          {
            key: 'result',
            label: t('points.result'),
            control: (x, _i, a) => <ResultSelect control={a} value={x().result} onChange={(v) => set(x(), { result: v })} />,
          },
        ]}
      />
      <Show when={problems().filter((p) => p.field === 'targets')}>
        {(list) => (
          <For each={list()}>
            {(p) => (
              <p class="warning-text" role="status">
                {problemText(app.i18n, p)}
              </p>
            )}
          </For>
        )}
      </Show>
      <A
        href={`/forms?kind=plan2017&year=${props.year.year}&employee=${props.employeeId}&lang=${app.i18n.lang() === 'kk' ? 'kk' : 'ru'}`}
      >
        {t('points.planForm')}
      </A>{' '}
      <A
        href={`/forms?kind=annual2017&year=${props.year.year}&employee=${props.employeeId}&lang=${app.i18n.lang() === 'kk' ? 'kk' : 'ru'}`}
      >
        {t('points.annualForm')}
      </A>
      <SheetAgreementForm period={props.year} employeeId={props.employeeId} sheet={props.sheet} />
      <SheetSignatureForm period={props.year} employeeId={props.employeeId} sheet={props.sheet} />
    </section>
  );
}

/** A target's result on the scale of 002 §30 — the manager's, or the servant's own self-assessment. */
function ResultSelect(props: {
  control: { readonly id: string; readonly name: string; readonly disabled: boolean };
  value: PlanTarget['result'];
  onChange: (value: PlanTarget['result']) => void;
}) {
  const { t } = useApp().i18n;
  return (
    <select
      id={props.control.id}
      aria-label={props.control.name}
      disabled={props.control.disabled}
      value={props.value ?? ''}
      onChange={(e) => props.onChange((e.currentTarget.value || null) as PlanTarget['result'])}
    >
      <option value="" selected={props.value === null}>
        {t('points.results.none')}
      </option>
      <For each={RESULTS}>
        {(r) => (
          <option value={r} selected={props.value === r}>
            {t(`points.results.${r}`)}
          </option>
        )}
      </For>
    </select>
  );
}
