/**
 * The appeal dossier (issue 7): everything about one person's evaluation for one quarter, in one
 * place — whether and how they were evaluated and by which rule, the result with its explanation
 * (inputs, formula, rounding, profile, sources, assumptions), deadlines met or missed, familiarisation,
 * the calibration trail, the Commission's decision and every recorded change — as a print view and a
 * workbook. Only this person's data is in it (004 §§16, 21).
 */
import { A, useSearchParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import {
  calibrationState,
  completedResults,
  compareIso,
  eligibility,
  evaluationDeadline,
  familiarisationBoard,
  formatDate,
  fullName,
  isUnitHead,
  kciSheet,
  pointsOfQuarter,
  rankingScore,
  sittingCaseKey,
  sittingState,
  type AuditEntry,
  type Trace,
  submittedDays,
  lockId,
} from '../../domain';
import { DOSSIER_TYPE, writeDocument } from '../../io/document-workbook';
import { downloadBytes, safeFileName } from '../../platform/download';
import { nowIso, todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { Explanation } from '../shared/Explanation';
import { eligibilityText } from '../shared/messages';
import { createPeriodRecords } from '../shared/period-records';
import { finalOf, finalStageText, valueText } from '../shared/result-text';
import { isBlockEntry } from '../../store/evaluations';

export function DossierPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [search] = useSearchParams<{ employee?: string; period?: string }>();
  const person = () => agency.employees().find((e) => e.id === search.employee);
  const period = () => agency.periods().find((p) => p.id === search.period && p.kind === 'quarter');
  const { loaded, data } = createPeriodRecords(agency, () => (search.period ? [search.period] : []));
  const sitting = () => data().sittings.find((x) => x.periodId === search.period);
  const profile = () => agency.profile();
  const component = () => {
    const p = person();
    const c = profile().components.value;
    return c.points ? 'points' : c.kci && p && isUnitHead(p, agency.employees()) ? 'kci' : 'ranking';
  };
  const elig = createMemo(() => {
    const p = person();
    const q = period();
    return p && q
      ? eligibility(
          p,
          agency.statuses().filter((s) => s.employeeId === p.id),
          q,
          component(),
          profile(),
          agency.calendar(),
        )
      : undefined;
  });
  const ids = () => {
    const p = search.period ?? '';
    const e = search.employee ?? '';
    return { record: `${p}:${component()}:${e}`, plan: `${p}:${e}`, done: `${p}:${component()}:${e}` };
  };
  const result = createMemo((): { value: number | undefined; points: boolean; trace: Trace | undefined } => {
    const record = data().records.find((r) => r.id === ids().record);
    if (component() === 'points') {
      const q = pointsOfQuarter(
        data().sheets.find((s) => s.id === ids().plan),
        profile(),
      );
      return { value: q?.points, points: true, trace: q?.explain() };
    }
    if (component() === 'kci') {
      const plan = data().plans.find((x) => x.id === ids().plan);
      const sheet = plan ? kciSheet(plan.items, record?.scores ?? {}, profile()).sheet : undefined;
      return { value: sheet?.score, points: false, trace: sheet?.explain() };
    }
    const o = rankingScore(record?.scores ?? {}, profile());
    return o.kind === 'scored'
      ? { value: o.result.score, points: false, trace: o.result.explain() }
      : { value: undefined, points: false, trace: undefined };
  });
  const completion = createMemo(() => {
    const q = period();
    return q
      ? completedResults({
          quarters: [q],
          employees: agency.employees(),
          statuses: agency.statuses(),
          submitted: submittedDays(agency.locks()),
          records: data().records,
          plans: data().plans,
          sheets: data().sheets,
          profile: profile(),
          calendar: agency.calendar(),
        }).find((c) => c.employeeId === search.employee)
      : undefined;
  });
  const familiarisation = createMemo(() => {
    const c = completion();
    return c ? familiarisationBoard([c], data().familiarisations, profile(), agency.calendar(), todayIso())[0] : undefined;
  });
  const calibration = () => data().calibrations.find((c) => c.id === ids().done);
  const calState = createMemo(() => {
    const c = calibration();
    const r = result();
    return c && r.value !== undefined
      ? calibrationState(c, familiarisation()?.record?.on ?? c.appliedOn, r.value, profile(), agency.calendar())
      : undefined;
  });
  const commission = createMemo(() => {
    const s = sitting();
    if (!s) return undefined;
    const c = s.cases.find((x) => x.employeeId === search.employee);
    return c ? { c, decision: sittingState(s, profile()).decisions.get(sittingCaseKey(c)), signedOn: s.signedOn } : undefined;
  });
  // Followed live: a change made while the dossier is open shows in it.
  const history = agency.live(
    'caseHistory',
    () => ({
      record: ids().record,
      plan: ids().plan,
      familiarisation: ids().done,
      lock: person() && search.period ? lockId(search.period, person()?.unitId ?? '', component()) : '',
    }),
    [],
  );
  const short = (v: unknown) => {
    const text = v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
    return text.length > 160 ? `${text.slice(0, 157)}…` : text;
  };
  const changeText = (a: AuditEntry) => {
    if (isBlockEntry(a)) {
      const cells = (a.after as { record: string; field: string; before: unknown; after: unknown }[]).filter(
        (c) => c.record === ids().record,
      );
      return cells.map((c) => `${c.field}: ${short(c.before)} → ${short(c.after)}`).join('; ');
    }
    return `${a.field}: ${short(a.before)} → ${short(a.after)}`;
  };
  const met = (deadline: string | null | undefined, on: string | null | undefined) =>
    deadline && on ? (compareIso(on, deadline) <= 0 ? t('dossier.met') : t('dossier.missed')) : t('dossier.open');
  const deadlines = createMemo(() => {
    const q = period();
    const out: [string, string, string][] = [];
    if (!q) return out;
    const due = evaluationDeadline(q, profile());
    const submitted = submittedDays(agency.locks()).get(`${q.id}:${person()?.unitId ?? ''}:${component()}`);
    const done = component() === 'kci' ? completion()?.completedOn : submitted;
    out.push([t('dossier.evaluation'), formatDate(due), `${done ? formatDate(done) : '—'} · ${met(due, done)}`]);
    const f = familiarisation();
    if (f)
      out.push([
        t('dossier.familiarisation'),
        formatDate(f.deadline),
        `${f.record ? formatDate(f.record.on) : '—'} · ${met(f.deadline, f.record?.on)}`,
      ]);
    const c = calibration();
    const s = calState();
    if (c && s) {
      out.push([
        t('dossier.calibrationApply'),
        formatDate(s.applyBy),
        `${formatDate(c.appliedOn)} · ${met(s.applyBy, c.appliedOn)}`,
      ]);
      out.push([
        t('dossier.calibrationDecide'),
        formatDate(s.decideBy),
        `${c.decidedOn ? formatDate(c.decidedOn) : '—'} · ${met(s.decideBy, c.decidedOn)}`,
      ]);
      out.push([
        t('dossier.calibrationHold'),
        formatDate(s.holdBy),
        `${c.heldOn ? formatDate(c.heldOn) : '—'} · ${met(s.holdBy, c.heldOn)}`,
      ]);
    }
    return out;
  });
  const resultLine = () => {
    const r = result();
    return r.value === undefined
      ? t('dossier.noResult')
      : `${t(`eligibility.component.${component()}`)}: ${valueText(r.value, r.points)}${r.trace?.grade ? ` — ${t(`grades.${r.trace.grade}`)}` : ''}`;
  };
  const calibrationLine = () => {
    const s = calState();
    const o = s?.outcome;
    if (!o) return '';
    return o.kind === 'adopted'
      ? t('calibration.adopted', {
          score: valueText(o.score, false),
          direction: t(`calibration.directions.${o.direction}`),
          votes: o.votesFor,
          of: o.participants,
        })
      : t('calibration.noMajority', { of: o.participants });
  };
  const final = createMemo(() =>
    finalOf(
      { periodId: search.period ?? '', component: component(), employeeId: search.employee ?? '' },
      result().value,
      data(),
      profile(),
    ),
  );
  const finalLine = () => {
    const f = final();
    return f ? `${valueText(f.value, result().points)} — ${t(`grades.${f.grade}`)}; ${finalStageText(f, app.i18n)}` : '';
  };
  const commissionLine = () => {
    const c = commission();
    if (!c) return '';
    const d = c.decision;
    const decided = d?.kind === 'decided' ? t(`commission.decisions.${d.decision}`) : t('commission.undecided');
    return `${decided}${c.c.corrected !== null ? ` — ${valueText(c.c.corrected, result().points)}: ${c.c.reason}` : ''}${c.signedOn ? ` · ${t('commission.signed', { date: formatDate(c.signedOn) })}` : ''}`;
  };

  const exportWorkbook = () => {
    const p = person();
    const q = period();
    if (!p || !q) return;
    const facts: [string, string, string][] = [
      [t('dossier.person'), fullName(p), `${p.position} (${p.category})`],
      [t('dossier.period'), `${q.year} · ${t('agency.quarter', { q: q.quarter ?? 0 })}`, ''],
      [
        t('dossier.eligibility'),
        elig() ? eligibilityText(app.i18n, elig() as NonNullable<ReturnType<typeof elig>>, profile()) : '',
        elig()?.source ?? '',
      ],
      [
        t('dossier.result'),
        resultLine(),
        result().trace
          ? `${result().trace?.sources.join('; ')}${(result().trace?.assumptions.length ?? 0) > 0 ? ` · ≈ ${result().trace?.assumptions.join(', ')}` : ''}`
          : '',
      ],
      ...(result().trace?.inputs ?? []).map((i): [string, string, string] => [t('evaluate.inputs'), i.label, i.value ?? '—']),
      ...deadlines().map(([what, due, done]): [string, string, string] => [t('dossier.deadlines'), `${what}: ${due}`, done]),
      ...(calibration()
        ? [[t('dossier.calibration'), calibrationLine(), calibration()?.reason ?? ''] as [string, string, string]]
        : []),
      ...(commission()
        ? [[t('dossier.commission'), commissionLine(), commission()?.c.recommendation ?? ''] as [string, string, string]]
        : []),
      ...(final()
        ? [[t('final.column'), finalLine(), final()?.explain().sources.join('; ') ?? ''] as [string, string, string]]
        : []),
    ];
    const historyRows = [
      [t('dossier.when'), t('dossier.who'), t('dossier.what'), t('dossier.reason')],
      ...(history() ?? []).map((a) => [app.i18n.formatDateTime(a.at), a.operator || '—', changeText(a), a.reason]),
    ];
    const bytes = writeDocument(
      DOSSIER_TYPE,
      [
        { name: t('dossier.title'), rows: facts },
        { name: t('dossier.history'), rows: historyRows, widths: [18, 24, 80, 40] },
      ],
      { agencyId: agency.agency()?.id ?? '', periodId: q.id, employeeId: p.id, exportedAt: nowIso() },
    );
    downloadBytes(bytes, safeFileName(`bagalau-dossier-${fullName(p)}-${q.id}.xlsx`));
  };

  return (
    <Show when={person() && period()} fallback={<p role="alert">{t('dossier.notFound')}</p>}>
      <Show when={loaded() && history() !== undefined} fallback={<p>{t('app.loading')}</p>}>
        <article class="document" aria-labelledby="doc-title">
          <div class="toolbar no-print">
            <A href={`/employees/${search.employee ?? ''}`}>{t('dossier.back')}</A>
            <button type="button" onClick={() => window.print()}>
              {t('dossier.print')}
            </button>
            <button type="button" onClick={exportWorkbook}>
              {t('dossier.export')}
            </button>
          </div>
          <h1 id="doc-title">{`${t('dossier.title')}: ${fullName(person() as NonNullable<ReturnType<typeof person>>)}, ${period()?.year} · ${t('agency.quarter', { q: period()?.quarter ?? 0 })}`}</h1>
          <p class="muted">{t('dossier.confidential')}</p>
          <dl class="doc-fields">
            <dt>{t('dossier.person')}</dt>
            <dd>{`${person()?.position ?? ''} (${person()?.category ?? ''}), ${agency.units().find((u) => u.id === person()?.unitId)?.name ?? ''}`}</dd>
            <dt>{t('dossier.eligibility')}</dt>
            <dd>
              {elig()
                ? `${eligibilityText(app.i18n, elig() as NonNullable<ReturnType<typeof elig>>, profile())} (${elig()?.source ?? ''})`
                : ''}
            </dd>
            <dt>{t('dossier.result')}</dt>
            <dd>{resultLine()}</dd>
            <Show when={calibration()}>
              <dt>{t('dossier.calibration')}</dt>
              <dd>{`${calibrationLine()}${calibration()?.reason ? ` — ${calibration()?.reason}` : ''}${calibration()?.signedOn ? ` · ${t('calibration.signed', { date: formatDate(calibration()?.signedOn ?? null) })}` : ''}`}</dd>
            </Show>
            <Show when={commission()}>
              <dt>{t('dossier.commission')}</dt>
              <dd>{commissionLine()}</dd>
            </Show>
            <Show when={final()}>
              <dt>{t('final.column')}</dt>
              <dd>{finalLine()}</dd>
            </Show>
          </dl>
          <Show when={result().trace}>
            {(trace) => (
              <section class="explain" aria-labelledby="why-title">
                <Explanation trace={trace()} title={t('evaluate.why', { value: valueText(result().value, result().points) })} />
              </section>
            )}
          </Show>
          <h2>{t('dossier.deadlines')}</h2>
          <table class="table compact">
            <thead>
              <tr>
                <th scope="col">{t('dossier.what')}</th>
                <th scope="col">{t('dossier.due')}</th>
                <th scope="col">{t('dossier.done')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={deadlines()}>
                {([what, due, done]) => (
                  <tr>
                    <th scope="row">{what}</th>
                    <td>{due}</td>
                    <td>{done}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
          <h2>{t('dossier.history')}</h2>
          <Show when={(history() ?? []).length > 0} fallback={<p class="muted">{t('kci.noHistory')}</p>}>
            <table class="table compact">
              <thead>
                <tr>
                  <th scope="col">{t('dossier.when')}</th>
                  <th scope="col">{t('dossier.who')}</th>
                  <th scope="col">{t('dossier.what')}</th>
                  <th scope="col">{t('dossier.reason')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={history() ?? []}>
                  {(a) => (
                    <tr>
                      <td>{app.i18n.formatDateTime(a.at)}</td>
                      <td>{a.operator || '—'}</td>
                      <td>{changeText(a)}</td>
                      <td>{a.reason}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </article>
      </Show>
    </Show>
  );
}
