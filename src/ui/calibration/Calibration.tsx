/**
 * Calibration sessions (004 §§13, 38–43) for a quarter: a person who disagrees with a completed,
 * acquainted result applies; the appointing official's decision and the approved members; the
 * session with the evaluator's argument and each participant's position and vote; the score the
 * majority adopts, up or down, with its reason; the signed protocol (print view in kk or ru) and the
 * feedback meeting. Every deadline is shown with its state on the working-day calendar.
 */
import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  calibrationState,
  calibrationId,
  deadlineState,
  formatDate,
  fullName,
  readScore,
  type CalibrationCase,
  feedbackSource,
} from '../../domain';
import { saveCalibration } from '../../store/calibration';
import { createRecordForm } from '../shared/record-form';
import { ConflictBox, type FieldWords } from '../shared/ConflictBox';
import { newId } from '../../platform/ids';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { createCaseBook } from '../shared/case-book';
import { createUnitPeriod, UnitPeriodPicker } from '../shared/UnitPeriodPicker';
import { problemText } from '../shared/messages';
import { inputNumberIn } from '../../i18n';
import { DateInput } from '../shared/DateInput';
import { Loading } from '../shared/Loading';

/** A completed, acquainted result that may be calibrated, with the evaluator's score. */
export interface Calibratable {
  readonly id: string;
  readonly employeeId: string;
  readonly component: 'ranking' | 'kci';
  readonly familiarisedOn: string;
  readonly score: number;
}

export function CalibrationPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const picked = createUnitPeriod();
  const period = picked.quarter;
  const cases = createCaseBook(agency, () => {
    const p = period();
    return p ? [p.id] : [];
  });
  const loaded = cases.loaded;
  const data = cases.records;

  /** The period's completed, acquainted results of the ranking or KCI method (from the cases). */
  const calibratable = createMemo<Calibratable[]>(() => {
    const p = period();
    if (!p) return [];
    return cases()
      .casesOf(agency.employees(), p.id)
      .flatMap((c) =>
        (c.method === 'ranking' || c.method === 'kci') && c.completedOn !== undefined && c.computed && c.familiarisation
          ? [
              {
                id: calibrationId(p.id, c.method, c.employee.id),
                employeeId: c.employee.id,
                component: c.method,
                familiarisedOn: c.familiarisation.on,
                score: c.computed.value,
              },
            ]
          : [],
      );
  });
  const name = (id: string) => {
    const e = agency.employees().find((x) => x.id === id);
    return e ? fullName(e) : id;
  };
  const open = () => calibratable().filter((c) => !data().calibrations.some((x) => x.id === c.id));
  const caseIds = createMemo(() => data().calibrations.map((c) => c.id), [], {
    equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
  });

  const [who, setWho] = createSignal('');
  const [appliedOn, setAppliedOn] = createSignal(todayIso());
  const [application, setApplication] = createSignal('');
  const register = async (e: SubmitEvent) => {
    e.preventDefault();
    const c = open().find((x) => x.id === (who() || open()[0]?.id));
    const p = period();
    if (!c || !p) return;
    const saved = await agency.run(
      saveCalibration(
        agency.ctx,
        {
          id: c.id,
          periodId: p.id,
          employeeId: c.employeeId,
          component: c.component,
          appliedOn: appliedOn(),
          application: application().trim(),
          decidedOn: null,
          heldOn: null,
          evaluatorArgument: '',
          participants: [],
          reason: '',
          signedOn: null,
          feedback: { on: null, achievements: '', skills: '', potential: '' },
        },
        null,
      ),
    );
    if (saved) {
      setApplication('');
      setWho('');
    }
  };

  return (
    <section aria-labelledby="cal-title">
      <h1 id="cal-title">{t('calibration.title')}</h1>
      <p class="muted">
        {t('calibration.intro', {
          applySource: app.i18n.cite(agency.profile().calibration.applyWorkingDays),
          decideSource: app.i18n.cite(agency.profile().calibration.decideWorkingDays),
          holdSource: app.i18n.cite(agency.profile().calibration.holdWorkingDays),
          protocolSource: app.i18n.cite(agency.profile().calibration.protocolWorkingDays),
        })}
      </p>
      <Show when={picked.quarters().length > 0} fallback={<p class="warning-box">{t('evaluate.noPeriods')}</p>}>
        <UnitPeriodPicker state={picked} withYears={false} withUnit={false} />
        <Show when={loaded()} fallback={<Loading />}>
          <section class="panel" aria-labelledby="cal-apply-title">
            <h2 id="cal-apply-title">{t('calibration.apply')}</h2>
            <Show when={open().length > 0} fallback={<p class="muted">{t('calibration.noneToApply')}</p>}>
              <form class="inline-form" onSubmit={(e) => void register(e)}>
                <label>
                  <span>{t('evaluate.person')}</span>
                  <select value={who() || open()[0]?.id} onChange={(e) => setWho(e.currentTarget.value)}>
                    <For each={open()}>
                      {(c) => (
                        <option
                          value={c.id}
                        >{`${name(c.employeeId)} — ${t(`eligibility.component.${c.component}`)} ${app.i18n.formatNumber(c.score / 100, 2)}`}</option>
                      )}
                    </For>
                  </select>
                </label>
                <DateInput
                  label={t('calibration.appliedOn')}
                  value={appliedOn()}
                  max={todayIso()}
                  onChange={(v) => setAppliedOn(v ?? '')}
                />
                <label>
                  <span>{t('calibration.application')}</span>
                  <input class="wide" value={application()} onInput={(e) => setApplication(e.currentTarget.value)} />
                </label>
                <button type="submit">{t('calibration.register')}</button>
              </form>
            </Show>
          </section>
          {/* Keyed by id: a stored change (here or in another tab) updates a card, never remounts it (its edits stay). */}
          <For each={caseIds()} fallback={<p class="muted">{t('calibration.noCases')}</p>}>
            {(id) => (
              <Show when={data().calibrations.find((x) => x.id === id)}>
                {(c) => <CaseCard case={c()} subject={calibratable().find((x) => x.id === id)} name={name(c().employeeId)} />}
              </Show>
            )}
          </For>
        </Show>
      </Show>
    </section>
  );
}

function CaseCard(props: { case: CalibrationCase; subject: Calibratable | undefined; name: string }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  // The stored case with this tab's changes over it, field by field (another tab's changes show at once).
  const form = createRecordForm<CalibrationCase>({ stored: () => props.case, identity: () => props.case.id });
  const draft = form.value;
  const dirty = form.dirty;
  const change = (patch: Partial<CalibrationCase>) => form.change(patch);
  const [member, setMember] = createSignal('');
  const [voteProblems, setVoteProblems] = createSignal<Record<string, string>>({});
  const signed = () => props.case.signedOn !== null;
  const [signOn, setSignOn] = createSignal(todayIso());
  const [signOnValid, setSignOnValid] = createSignal(true);
  const state = createMemo(() =>
    props.subject
      ? calibrationState(
          draft(),
          props.subject.familiarisedOn,
          props.subject.score,
          agency.profile(),
          agency.calendar(),
          signOn(),
        )
      : undefined,
  );
  const score = (h: number) => app.i18n.formatNumber(h / 100, 2);
  /** Only this tab's changes are written; one another tab made meanwhile too is refused and shown below. */
  const save = async (extra: Partial<CalibrationCase> = {}) => {
    const { next, basis } = form.toSave(extra);
    const saved = await agency.run(saveCalibration(agency.ctx, next, basis));
    if (saved) form.saved(saved);
  };
  const fieldWords: FieldWords<CalibrationCase> = (field, c) => {
    const date = (d: string | null) => (d ? formatDate(d) : '');
    if (field === 'decidedOn') return { label: t('calibration.decidedOn'), text: date(c.decidedOn) };
    if (field === 'heldOn') return { label: t('calibration.heldOn'), text: date(c.heldOn) };
    if (field === 'evaluatorArgument') return { label: t('calibration.evaluatorArgument'), text: c.evaluatorArgument };
    if (field === 'reason') return { label: t('calibration.reason'), text: c.reason };
    if (field === 'participants')
      return {
        label: t('calibration.member'),
        text: c.participants
          .map((p) => (p.vote === null ? p.name : `${p.name} — ${app.i18n.formatNumber(p.vote / 100, 2)}`))
          .join(', '),
      };
    return { label: t('calibration.feedback', { source: feedbackSource(agency.profile()) }) };
  };
  const sign = async () => {
    const s = state();
    if (!s || s.blockers.length > 0)
      return app.notify(
        t('calibration.cannotSign', { list: (s?.blockers ?? []).map((b) => t(`calibration.blockers.${b}`)).join('; ') }),
        'error',
      );
    await save({ signedOn: signOn() });
  };
  const setVote = (id: string, raw: string) => {
    const read = readScore(raw, 'vote');
    setVoteProblems({ ...voteProblems(), [id]: read.kind === 'invalid' ? problemText(app.i18n, read.problem) : '' });
    if (read.kind === 'invalid') return;
    change({
      participants: draft().participants.map((p) =>
        p.id === id ? { ...p, vote: read.kind === 'score' ? read.value : null } : p,
      ),
    });
  };
  const dateState = (date: string, doneOn: string | null) =>
    t(`deadlines.states.${deadlineState(date, todayIso(), doneOn, agency.calendar())}`);
  const titleId = () => `cal-${props.case.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const outcomeText = () => {
    const o = state()?.outcome;
    if (!o) return '';
    return o.kind === 'adopted'
      ? t('calibration.adopted', {
          score: score(o.score),
          direction: t(`calibration.directions.${o.direction}`),
          votes: o.votesFor,
          of: o.participants,
        })
      : t('calibration.noMajority', { of: o.participants });
  };

  return (
    <section class="panel" aria-labelledby={titleId()}>
      <h2
        id={titleId()}
      >{`${props.name} — ${t(`eligibility.component.${props.case.component}`)}${props.subject ? `, ${score(props.subject.score)}` : ''}`}</h2>
      <p>{`${t('calibration.appliedOn')}: ${formatDate(props.case.appliedOn)}. ${props.case.application}`}</p>
      <Show when={state()}>
        {(s) => (
          <ul class="deadline-list">
            <li>
              {t('calibration.applyBy', { date: formatDate(s().applyBy) })}
              {s().warnings.includes('lateApplication') ? <strong class="warning-text"> {t('calibration.late')}</strong> : ''}
            </li>
            <li>
              {t('calibration.decideBy', { date: formatDate(s().decideBy), state: dateState(s().decideBy, draft().decidedOn) })}
              {s().warnings.includes('lateDecision') ? <strong class="warning-text"> {t('calibration.late')}</strong> : ''}
            </li>
            <li>
              {t('calibration.holdBy', { date: formatDate(s().holdBy), state: dateState(s().holdBy, draft().heldOn) })}
              {s().warnings.includes('lateSession') ? <strong class="warning-text"> {t('calibration.late')}</strong> : ''}
            </li>
            <Show when={s().placeBy}>{(d) => <li>{t('calibration.placeBy', { date: formatDate(d()) })}</li>}</Show>
          </ul>
        )}
      </Show>
      <fieldset disabled={signed()}>
        <legend>{t('calibration.decision')}</legend>
        <DateInput label={t('calibration.decidedOn')} value={draft().decidedOn} onChange={(v) => change({ decidedOn: v })} />
        <div class="inline-form">
          <label>
            <span>{t('calibration.member')}</span>
            <input value={member()} onInput={(e) => setMember(e.currentTarget.value)} />
          </label>
          <button
            type="button"
            onClick={() => {
              if (member().trim() === '') return;
              change({
                participants: [...draft().participants, { id: newId(), name: member().trim(), position: '', vote: null }],
              });
              setMember('');
            }}
          >
            {t('calibration.addMember')}
          </button>
        </div>
      </fieldset>
      <fieldset disabled={signed()}>
        <legend>{t('calibration.session')}</legend>
        <DateInput label={t('calibration.heldOn')} value={draft().heldOn} onChange={(v) => change({ heldOn: v })} />
        <label class="block">
          <span>{t('calibration.evaluatorArgument')}</span>
          <textarea
            rows={2}
            value={draft().evaluatorArgument}
            onInput={(e) => change({ evaluatorArgument: e.currentTarget.value })}
          />
        </label>
        <Show when={draft().participants.length > 0}>
          <table class="table compact">
            <thead>
              <tr>
                <th scope="col">{t('calibration.member')}</th>
                <th scope="col">{t('calibration.position')}</th>
                <th scope="col">{t('calibration.vote')}</th>
                <th scope="col">
                  <span class="sr-only">{t('methodology.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={draft().participants}>
                {(p) => (
                  <tr>
                    <th scope="row">{p.name}</th>
                    <td>
                      <input
                        class="wide"
                        value={p.position}
                        aria-label={`${t('calibration.position')}: ${p.name}`}
                        onInput={(e) =>
                          change({
                            participants: draft().participants.map((x) =>
                              x.id === p.id ? { ...x, position: e.currentTarget.value } : x,
                            ),
                          })
                        }
                      />
                    </td>
                    <td>
                      <input
                        class="num"
                        inputmode="decimal"
                        value={p.vote === null ? '' : inputNumberIn(app.i18n.lang(), p.vote / 100)}
                        aria-label={`${t('calibration.vote')}: ${p.name}`}
                        aria-invalid={voteProblems()[p.id] ? 'true' : undefined}
                        onChange={(e) => setVote(p.id, e.currentTarget.value)}
                      />
                      <Show when={voteProblems()[p.id]}>
                        {(m) => (
                          <span class="field-problems">
                            <span class="error">{m()}</span>
                          </span>
                        )}
                      </Show>
                    </td>
                    <td>
                      <button
                        type="button"
                        class="link danger"
                        aria-label={`${t('methodology.remove')}: ${p.name}`}
                        onClick={() => change({ participants: draft().participants.filter((x) => x.id !== p.id) })}
                      >
                        {t('methodology.remove')}
                      </button>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
        <p aria-live="polite">
          <strong>{outcomeText()}</strong>
        </p>
        <label class="block">
          <span>{t('calibration.reason')}</span>
          <textarea rows={2} value={draft().reason} onInput={(e) => change({ reason: e.currentTarget.value })} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('calibration.feedback', { source: feedbackSource(agency.profile()) })}</legend>
        <DateInput
          label={t('calibration.feedbackOn')}
          value={draft().feedback.on}
          onChange={(v) => change({ feedback: { ...draft().feedback, on: v } })}
        />
        <For each={['achievements', 'skills', 'potential'] as const}>
          {(k) => (
            <label class="block">
              <span>{t(`calibration.feedbackFields.${k}`)}</span>
              <textarea
                rows={2}
                value={draft().feedback[k]}
                onInput={(e) => change({ feedback: { ...draft().feedback, [k]: e.currentTarget.value } })}
              />
            </label>
          )}
        </For>
      </fieldset>
      <ConflictBox form={form} words={fieldWords} />
      <div class="toolbar">
        <button type="button" class="primary" disabled={!dirty()} onClick={() => void save()}>
          {t('calibration.save')}
        </button>
        <Show when={!signed()} fallback={<span>{t('calibration.signed', { date: formatDate(props.case.signedOn) })}</span>}>
          <DateInput
            label={t('calibration.signOn')}
            value={signOn()}
            max={todayIso()}
            required
            onChange={(v) => setSignOn(v ?? todayIso())}
            onValidity={setSignOnValid}
          />
          <button type="button" disabled={dirty() || !signOnValid()} onClick={() => void sign()}>
            {t('calibration.sign')}
          </button>
        </Show>
        <A href={`/calibration/protocol?id=${encodeURIComponent(props.case.id)}&lang=${app.i18n.lang() === 'kk' ? 'kk' : 'ru'}`}>
          {t('calibration.protocol')}
        </A>
      </div>
    </section>
  );
}
