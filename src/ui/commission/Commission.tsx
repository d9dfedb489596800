/**
 * The Commission's sittings on a quarter's results (001 §§51–61, 002 §§6–9, 34–35): a period may
 * have several — a later one takes the results completed after an earlier one was signed. Per
 * sitting the order that named its members (chair, members, secretary), the sitting's date and
 * attendance with the quorum check (two thirds, the secretary not counted) before any vote; per
 * person the open vote — approve, revise or abstain — decided by a majority of the members present
 * and on an even split by the chair, with one action that records "approve" for everyone without
 * votes; a revision's corrected result (read as any score is) and its explanation; recommendations;
 * the conclusion; the protocol signed on its date (Appendix 5), with a warning about units still
 * open; then the authorised person's approval (001 §61), after which the results are final.
 */
import { A } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import {
  commissionResults,
  formatDate,
  fullName,
  openUnits,
  readResult,
  sittingCaseKey,
  sittingId,
  sittingState,
  type CommissionCase,
  type CommissionSeat,
  type CommissionSitting,
  type CommissionVote,
  resultDecimals,
  commissionSource,
  unitNameIn,
} from '../../domain';
import { problemText } from '../../documents/phrases';
import { approveSitting, saveSitting } from '../../store/commission';
import { newId } from '../../platform/ids';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { createReviewedPeriod, createUnitPeriod, UnitPeriodPicker } from '../shared/UnitPeriodPicker';
import { createCaseBook } from '../shared/case-book';
import { valueText } from '../shared/result-text';
import { createRecordForm } from '../shared/record-form';
import { ConflictBox, type FieldWords } from '../shared/ConflictBox';
import { DateInput } from '../shared/DateInput';
import { Loading } from '../shared/Loading';

/** A new sitting of the period, with the composition of the one before it (the same order). */
const newSitting = (periodId: string, number: number, previous: CommissionSitting | undefined): CommissionSitting => ({
  id: sittingId(periodId, number),
  periodId,
  number,
  orderNumber: previous?.orderNumber ?? '',
  orderDate: previous?.orderDate ?? null,
  seats: previous?.seats ?? [],
  heldOn: null,
  present: [],
  cases: [],
  conclusion: '',
  signedOn: null,
  approval: null,
});

const VOTES: readonly CommissionVote[] = ['approve', 'revise', 'abstain'];

export function CommissionPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const picked = createUnitPeriod();
  // The 2017 model's Commission reviews the quarters' and the year's results (002 §35).
  const { withYears, period, periodIds } = createReviewedPeriod(picked);
  const book = createCaseBook(agency, periodIds);
  const loaded = book.loaded;
  const data = book.records;
  /** The period's stored sittings, in their order. */
  const sittings = createMemo(() => {
    const p = period();
    return p
      ? data()
          .sittings.filter((s) => s.periodId === p.id)
          .sort((a, b) => a.number - b.number)
      : [];
  });
  /** The sitting chosen: the latest unless the user picks another or starts a new one. */
  const [chosen, setChosen] = createSignal<number | undefined>(undefined);
  createEffect(
    on(
      () => period()?.id,
      () => setChosen(undefined),
      { defer: true },
    ),
  );
  const number = () => chosen() ?? sittings()[sittings().length - 1]?.number ?? 1;
  // The sitting follows the database (here and in other tabs) unless the user is editing it.
  const stored = createMemo(() => sittings().find((s) => s.number === number()), undefined, {
    equals: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  const fresh = () => {
    const p = period();
    return p
      ? newSitting(
          p.id,
          number(),
          sittings()
            .filter((s) => s.number < number())
            .pop(),
        )
      : undefined;
  };
  // Edits not yet saved are kept, field by field, when the stored sitting changes meanwhile (another tab).
  const form = createRecordForm<CommissionSitting>({
    stored: () => stored() ?? fresh() ?? newSitting('', 1, undefined),
    identity: () => sittingId(period()?.id ?? '', number()),
  });
  const sitting = form.value;
  const dirty = form.dirty;
  const change = (patch: Partial<CommissionSitting>) => form.change(patch);
  const signed = () => stored()?.signedOn != null;
  const approved = () => stored()?.approval != null;

  const periodCases = createMemo(() => {
    const p = period();
    return p ? book().casesOf(agency.employees(), p.id) : [];
  });
  const completions = createMemo(() => commissionResults(periodCases()));
  /** The results another signed sitting of the period decided: this one does not take them again. */
  const decidedElsewhere = createMemo(() => {
    const keys = new Set<string>();
    for (const s of sittings())
      if (s.signedOn !== null && s.number !== number()) for (const c of s.cases) keys.add(sittingCaseKey(c));
    return keys;
  });
  const names = createMemo(() => new Map(agency.employees().map((e) => [e.id, fullName(e)])));
  const person = (id: string) => names().get(id) ?? id;
  /** A signed sitting keeps its cases; an open one has every completed result not decided elsewhere (votes empty until cast). */
  const cases = createMemo<CommissionCase[]>(() => {
    if (signed()) return [...sitting().cases];
    const byKey = new Map(sitting().cases.map((c) => [sittingCaseKey(c), c]));
    const collator = new Intl.Collator(app.i18n.lang());
    const nameOf = names();
    return completions()
      .filter((c) => !decidedElsewhere().has(sittingCaseKey(c)))
      .map(
        (c) =>
          byKey.get(sittingCaseKey(c)) ?? {
            employeeId: c.employeeId,
            component: c.component,
            votes: {},
            corrected: null,
            reason: '',
            recommendation: '',
          },
      )
      .sort(
        (a, b) =>
          collator.compare(nameOf.get(a.employeeId) ?? '', nameOf.get(b.employeeId) ?? '') ||
          (a.employeeId < b.employeeId ? -1 : 1),
      );
  });
  const [signOn, setSignOn] = createSignal(todayIso());
  const [signOnValid, setSignOnValid] = createSignal(true);
  // A refused date in the form (not a date, out of range) holds the save: it would store the last valid one instead.
  const [refusedDates, setRefusedDates] = createSignal<ReadonlySet<string>>(new Set());
  const setDateRefused = (field: string, refused: boolean) =>
    setRefusedDates((now) => {
      if (now.has(field) === refused) return now;
      const next = new Set(now);
      if (refused) next.add(field);
      else next.delete(field);
      return next;
    });
  const state = createMemo(() => sittingState({ ...sitting(), cases: cases() }, agency.profile(), signOn()));
  const setCase = (key: string, patch: Partial<CommissionCase>) =>
    change({ cases: cases().map((c) => (sittingCaseKey(c) === key ? { ...c, ...patch } : c)) });
  const presentVoters = () => sitting().seats.filter((m) => m.role !== 'secretary' && sitting().present.includes(m.id));
  /** Results without a vote of any member present. */
  const unvoted = () => cases().filter((c) => presentVoters().every((m) => c.votes[m.id] === undefined));
  const approveAll = () => {
    const voters = presentVoters();
    const open = new Set(unvoted().map(sittingCaseKey));
    change({
      cases: cases().map((c) =>
        open.has(sittingCaseKey(c))
          ? { ...c, votes: { ...c.votes, ...Object.fromEntries(voters.map((m) => [m.id, 'approve'])) } }
          : c,
      ),
    });
  };
  const open = createMemo(() => openUnits(periodCases()));
  const canStartNew = () =>
    !dirty() &&
    sittings().length > 0 &&
    sittings().every((s) => s.signedOn !== null) &&
    completions().some((c) => !sittings().some((s) => s.cases.some((x) => sittingCaseKey(x) === sittingCaseKey(c))));

  const [seatName, setSeatName] = createSignal('');
  const [seatRole, setSeatRole] = createSignal<CommissionSeat['role']>('member');
  /** Only the fields changed here are written; one another tab changed meanwhile too is refused, shown below. */
  const save = async (extra: Partial<CommissionSitting> = {}) => {
    const { next, basis } = form.toSave({ cases: cases(), ...extra });
    const saved = await agency.run(saveSitting(agency.ctx, next, basis));
    if (saved) form.saved(saved);
  };
  const fieldWords: FieldWords<CommissionSitting> = (field, s) => {
    const date = (d: string | null) => (d ? formatDate(d) : '');
    if (field === 'orderNumber') return { label: t('commission.orderNumber'), text: s.orderNumber };
    if (field === 'orderDate') return { label: t('commission.orderDate'), text: date(s.orderDate) };
    if (field === 'heldOn') return { label: t('commission.heldOn'), text: date(s.heldOn) };
    if (field === 'conclusion') return { label: t('commission.conclusion'), text: s.conclusion };
    if (field === 'seats')
      return {
        label: t('commission.composition'),
        text: s.seats.map((m) => `${m.name} (${t(`commission.roles.${m.role}`)})`).join(', '),
      };
    if (field === 'present')
      return {
        label: t('commission.present'),
        text: s.seats
          .filter((m) => s.present.includes(m.id))
          .map((m) => m.name)
          .join(', '),
      };
    return { label: t('commission.results') };
  };
  const unitName = (id: string) => {
    const u = agency.units().find((x) => x.id === id);
    return u ? unitNameIn(u, app.i18n.lang()) : id;
  };
  const sign = async () => {
    if (state().blockers.length > 0)
      return app.notify(
        t('commission.cannotSign', {
          list: state()
            .blockers.map((b) => t(`commission.blockers.${b}`))
            .join('; '),
        }),
        'error',
      );
    const warning =
      open().length > 0
        ? t('commission.openUnits', {
            list: open()
              .map((u) => t('commission.openUnit', { unit: unitName(u.unitId), count: u.count }))
              .join('; '),
          })
        : '';
    if (!(await app.confirm(`${warning}${t('commission.signConfirm', { date: formatDate(signOn()) })}`, t('commission.sign'))))
      return;
    await save({ signedOn: signOn() });
  };
  const docLang = () => (app.i18n.lang() === 'kk' ? 'kk' : 'ru');
  const [approver, setApprover] = createSignal('');
  const [approverPosition, setApproverPosition] = createSignal<string | undefined>(undefined);
  const position = () => approverPosition() ?? agency.profile().procedure.approverTitle.value[docLang()];
  const [approvedOn, setApprovedOn] = createSignal(todayIso());
  const approve = async (e: SubmitEvent) => {
    e.preventDefault();
    const s = stored();
    if (!s?.signedOn) return;
    if (approver().trim() === '') return app.notify(t('commission.approverRequired'), 'error');
    if (approvedOn() < s.signedOn)
      return app.notify(t('commission.approvalBeforeSigning', { date: formatDate(s.signedOn) }), 'error');
    const saved = await agency.run(
      approveSitting(agency.ctx, s.id, { name: approver(), position: position(), on: approvedOn() }),
    );
    if (saved) form.saved(saved);
  };
  const decisionText = (key: string) => {
    const d = state().decisions.get(key);
    if (!d) return '';
    if (d.kind === 'noQuorum') return t('commission.noQuorumShort');
    if (d.kind === 'chairAbsent') return t('commission.chairAbsent');
    if (d.kind === 'noMajority')
      return d.approve + d.revise === 0
        ? t('commission.undecided')
        : t('commission.noMajority', { approve: d.approve, revise: d.revise, present: d.present });
    return t('commission.decided', {
      decision: t(`commission.decisions.${d.decision}`),
      approve: d.approve,
      revise: d.revise,
      chair: d.byChair ? t('commission.byChair') : '',
    });
  };
  const sittingLabel = (s: CommissionSitting) =>
    t('commission.sittingOf', {
      number: s.number,
      state:
        s.approval !== null
          ? t('commission.sittingApproved', { date: formatDate(s.approval.on) })
          : s.signedOn !== null
            ? t('commission.sittingSigned', { date: formatDate(s.signedOn) })
            : t('commission.sittingOpen'),
    });

  return (
    <section aria-labelledby="com-title">
      <h1 id="com-title">{t('commission.title')}</h1>
      <p class="muted">
        {t('commission.intro', {
          source: [agency.profile().commission.quorum.source, agency.profile().commission.chairBreaksTies.source]
            .filter((x, i, all) => x !== undefined && all.indexOf(x) === i)
            .join('; '),
          reviseSource: commissionSource(agency.profile()),
        })}
      </p>
      <Show when={picked.quarters().length > 0} fallback={<p class="warning-box">{t('evaluate.noPeriods')}</p>}>
        <UnitPeriodPicker state={picked} withYears={withYears()} withUnit={false}>
          <Show when={sittings().length > 0}>
            <label>
              <span>{t('commission.sitting')}</span>
              <select value={String(number())} disabled={dirty()} onChange={(e) => setChosen(Number(e.currentTarget.value))}>
                <For each={sittings()}>
                  {(s) => (
                    <option value={String(s.number)} selected={s.number === number()}>
                      {sittingLabel(s)}
                    </option>
                  )}
                </For>
                <Show when={!stored()}>
                  <option value={String(number())} selected>
                    {t('commission.sittingOf', { number: number(), state: t('commission.sittingNew') })}
                  </option>
                </Show>
              </select>
            </label>
          </Show>
          <Show when={canStartNew()}>
            <button type="button" onClick={() => setChosen((sittings()[sittings().length - 1]?.number ?? 0) + 1)}>
              {t('commission.newSitting')}
            </button>
          </Show>
        </UnitPeriodPicker>
        <Show when={loaded()} fallback={<Loading />}>
          <Show when={!signed() && open().length > 0}>
            <p class="warning-box" role="status">
              {t('commission.openUnitsNow', {
                list: open()
                  .map((u) => t('commission.openUnit', { unit: unitName(u.unitId), count: u.count }))
                  .join('; '),
              })}
            </p>
          </Show>
          <fieldset disabled={signed()}>
            <legend>{t('commission.composition')}</legend>
            <div class="inline-form">
              <label>
                <span>{t('commission.orderNumber')}</span>
                <input value={sitting().orderNumber} onInput={(e) => change({ orderNumber: e.currentTarget.value })} />
              </label>
              <DateInput
                label={t('commission.orderDate')}
                value={sitting().orderDate}
                onChange={(v) => change({ orderDate: v })}
                onValidity={(ok) => setDateRefused('orderDate', !ok)}
              />
              <DateInput
                label={t('commission.heldOn')}
                value={sitting().heldOn}
                onChange={(v) => change({ heldOn: v })}
                onValidity={(ok) => setDateRefused('heldOn', !ok)}
              />
            </div>
            <Show when={sitting().seats.length > 0}>
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">{t('commission.seat')}</th>
                    <th scope="col">{t('commission.role')}</th>
                    <th scope="col">{t('commission.present')}</th>
                    <th scope="col">
                      <span class="sr-only">{t('methodology.remove')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={sitting().seats}>
                    {(m) => (
                      <tr>
                        <th scope="row">{m.name}</th>
                        <td>{t(`commission.roles.${m.role}`)}</td>
                        <td>
                          <input
                            type="checkbox"
                            aria-label={`${t('commission.present')}: ${m.name}`}
                            checked={sitting().present.includes(m.id)}
                            onChange={(e) =>
                              change({
                                present: e.currentTarget.checked
                                  ? [...sitting().present, m.id]
                                  : sitting().present.filter((x) => x !== m.id),
                              })
                            }
                          />
                        </td>
                        <td>
                          <button
                            type="button"
                            class="link danger"
                            aria-label={`${t('methodology.remove')}: ${m.name}`}
                            onClick={() =>
                              change({
                                seats: sitting().seats.filter((x) => x.id !== m.id),
                                present: sitting().present.filter((x) => x !== m.id),
                              })
                            }
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
            <div class="inline-form">
              <label>
                <span>{t('commission.seat')}</span>
                <input value={seatName()} onInput={(e) => setSeatName(e.currentTarget.value)} />
              </label>
              <label>
                <span>{t('commission.role')}</span>
                <select
                  value={seatRole()}
                  aria-label={t('commission.role')}
                  onChange={(e) => setSeatRole(e.currentTarget.value as CommissionSeat['role'])}
                >
                  <option value="chair">{t('commission.roles.chair')}</option>
                  <option value="member">{t('commission.roles.member')}</option>
                  <option value="secretary">{t('commission.roles.secretary')}</option>
                </select>
              </label>
              <button
                type="button"
                onClick={() => {
                  if (seatName().trim() === '') return;
                  change({ seats: [...sitting().seats, { id: newId(), name: seatName().trim(), role: seatRole() }] });
                  setSeatName('');
                }}
              >
                {t('commission.addSeat')}
              </button>
            </div>
          </fieldset>
          <p role="status" class={state().quorum ? '' : 'warning-box'}>
            {t(state().quorum ? 'commission.quorum' : 'commission.noQuorum', {
              present: state().present,
              voting: state().voting,
            })}
          </p>
          <Show when={cases().length > 0} fallback={<p class="muted">{t('commission.noResults')}</p>}>
            <Show when={!signed() && state().quorum}>
              <div class="toolbar">
                <button type="button" disabled={unvoted().length === 0} onClick={approveAll}>
                  {t('commission.approveAll', { count: unvoted().length })}
                </button>
                <span class="muted small">{t('commission.approveAllHint')}</span>
              </div>
            </Show>
            <div
              class="table-scroll"
              tabindex="0"
              role="region"
              aria-label={`${t('commission.results')} — ${picked.periodLabel(period())}`}
            >
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">{t('evaluate.person')}</th>
                    <th scope="col">{t('commission.result')}</th>
                    <For each={presentVoters()}>{(m) => <th scope="col">{m.name}</th>}</For>
                    <th scope="col">{t('commission.decision')}</th>
                    <th scope="col">{t('commission.corrected')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={cases()}>
                    {(c) => {
                      const key = sittingCaseKey(c);
                      const r = () => completions().find((x) => sittingCaseKey(x) === key);
                      const points = resultDecimals(c.component, period() ?? { kind: 'quarter' }, agency.profile());
                      // The reason and the recommendation on a line of their own under the votes (issue 19):
                      // with five members voting they were past the table's right edge.
                      return (
                        <>
                          <tr>
                            <th scope="row" rowSpan={2}>
                              {person(c.employeeId)}
                            </th>
                            <td>{`${t(`eligibility.component.${c.component}`)} ${valueText(r()?.value, points)}${r()?.grade ? ` — ${t(`grades.${r()?.grade ?? 'proper'}`)}` : ''}`}</td>
                            <For each={presentVoters()}>
                              {(m) => (
                                <td>
                                  <select
                                    disabled={signed() || !state().quorum}
                                    aria-label={`${m.name}: ${person(c.employeeId)}`}
                                    value={c.votes[m.id] ?? ''}
                                    onChange={(e) => {
                                      const { [m.id]: _, ...others } = c.votes;
                                      const v = e.currentTarget.value as CommissionVote | '';
                                      setCase(key, { votes: v === '' ? others : { ...others, [m.id]: v } });
                                    }}
                                  >
                                    <option value="">—</option>
                                    <For each={VOTES}>
                                      {(v) => (
                                        <option value={v} selected={c.votes[m.id] === v}>
                                          {t(`commission.decisions.${v}`)}
                                        </option>
                                      )}
                                    </For>
                                  </select>
                                </td>
                              )}
                            </For>
                            <td>{decisionText(key)}</td>
                            <td>
                              <input
                                class="num"
                                disabled={signed()}
                                inputmode="decimal"
                                aria-label={`${t('commission.corrected')}: ${person(c.employeeId)}`}
                                value={valueText(c.corrected, points)}
                                onChange={(e) => {
                                  const read = readResult(e.currentTarget.value, 'corrected', points);
                                  if (read.kind === 'invalid') {
                                    app.notify(`${person(c.employeeId)}: ${problemText(app.i18n, read.problem)}`, 'error');
                                    e.currentTarget.value = valueText(c.corrected, points);
                                    return;
                                  }
                                  setCase(key, { corrected: read.kind === 'blank' ? null : read.value });
                                }}
                              />
                            </td>
                          </tr>
                          <tr class="case-notes">
                            <td colSpan={presentVoters().length + 3}>
                              <div class="case-notes-fields">
                                <label class="inline">
                                  <span>{t('commission.reason')}</span>
                                  <input
                                    disabled={signed()}
                                    aria-label={`${t('commission.reason')}: ${person(c.employeeId)}`}
                                    value={c.reason}
                                    onInput={(e) => setCase(key, { reason: e.currentTarget.value })}
                                  />
                                </label>
                                <label class="inline">
                                  <span>{t('commission.recommendation')}</span>
                                  <input
                                    disabled={signed()}
                                    aria-label={`${t('commission.recommendation')}: ${person(c.employeeId)}`}
                                    value={c.recommendation}
                                    onInput={(e) => setCase(key, { recommendation: e.currentTarget.value })}
                                  />
                                </label>
                              </div>
                            </td>
                          </tr>
                        </>
                      );
                    }}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
          <label class="block">
            <span>{t('commission.conclusion')}</span>
            <textarea
              rows={2}
              disabled={signed()}
              value={sitting().conclusion}
              onInput={(e) => change({ conclusion: e.currentTarget.value })}
            />
          </label>
          <ConflictBox form={form} words={fieldWords} />
          <div class="toolbar">
            <button
              type="button"
              class="primary"
              disabled={signed() || !dirty() || refusedDates().size > 0}
              onClick={() => void save()}
            >
              {t('calibration.save')}
            </button>
            <Show
              when={!signed()}
              fallback={<span>{t('commission.signed', { date: formatDate(stored()?.signedOn ?? null) })}</span>}
            >
              <DateInput
                label={t('commission.signOn')}
                value={signOn()}
                required
                onChange={(v) => setSignOn(v ?? todayIso())}
                onValidity={setSignOnValid}
              />
              <button type="button" disabled={dirty() || !signOnValid()} onClick={() => void sign()}>
                {t('commission.sign')}
              </button>
            </Show>
            <Show when={stored()}>
              {(s) => <A href={`/commission/protocol?sitting=${s().id}&lang=${docLang()}`}>{t('commission.protocol')}</A>}
            </Show>
          </div>
          <Show when={signed() && !agency.profile().procedure.approval.value}>
            <p class="muted small">
              {t('commission.finalOnSigning', { source: app.i18n.cite(agency.profile().procedure.approval) })}
            </p>
          </Show>
          <Show when={signed() && agency.profile().procedure.approval.value}>
            <Show
              when={stored()?.approval}
              fallback={
                <form class="panel" aria-labelledby="com-approval" onSubmit={(e) => void approve(e)}>
                  <h2 id="com-approval">{t('commission.approval')}</h2>
                  <p class="muted">
                    {t('commission.approvalIntro', { source: app.i18n.cite(agency.profile().procedure.approverTitle) })}
                  </p>
                  <div class="inline-form">
                    <label>
                      <span>{t('commission.approverPosition')}</span>
                      <input value={position()} onInput={(e) => setApproverPosition(e.currentTarget.value)} />
                    </label>
                    <label>
                      <span>{t('commission.approverName')}</span>
                      <input value={approver()} onInput={(e) => setApprover(e.currentTarget.value)} />
                    </label>
                    <DateInput
                      label={t('commission.approvedOn')}
                      value={approvedOn()}
                      required
                      onChange={(v) => setApprovedOn(v ?? todayIso())}
                    />
                    <button type="submit" class="primary">
                      {t('commission.approve')}
                    </button>
                  </div>
                </form>
              }
            >
              {(a) => (
                <p role="status" class="ok-box">
                  {t('commission.approvedBy', { position: a().position, name: a().name, date: formatDate(a().on) })}
                </p>
              )}
            </Show>
          </Show>
          <Show when={!approved() && signed()}>
            <p class="muted small">
              {t('commission.notFinalYet', { source: app.i18n.cite(agency.profile().procedure.approval) })}
            </p>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
