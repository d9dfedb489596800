/**
 * The Commission's sitting on a quarter's results (001 §§51–61, 002 §§6–9, 34–35): the order that
 * named its members (chair, members, secretary), the sitting's date and attendance with the quorum
 * check (two thirds, the secretary not counted) before any vote; per person the open vote — approve
 * or revise — decided by majority and on a tie by the chair; a revision's corrected result and its
 * explanation; recommendations; the conclusion; the signed protocol (Appendix 5), after which the
 * approved results are final.
 */
import { A } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import {
  commissionResults,
  formatDate,
  fullName,
  parseDecimal,
  sittingCaseKey,
  sittingState,
  type CommissionCase,
  type CommissionSeat,
  type CommissionSitting,
  sittingId,
} from '../../domain';
import { saveSitting } from '../../store/commission';
import { newId } from '../../platform/ids';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { createUnitPeriod, UnitPeriodPicker } from '../shared/UnitPeriodPicker';
import { createCaseBook } from '../shared/case-book';
import { valueText } from '../shared/result-text';

const emptySitting = (periodId: string): CommissionSitting => ({
  id: periodId,
  periodId,
  orderNumber: '',
  orderDate: null,
  seats: [],
  heldOn: null,
  present: [],
  cases: [],
  conclusion: '',
  signedOn: null,
});

export function CommissionPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const picked = createUnitPeriod();
  const period = picked.quarter;
  const book = createCaseBook(agency, () => {
    const p = period();
    return p ? [p.id] : [];
  });
  const loaded = book.loaded;
  const data = book.records;
  // The sitting follows the database (here and in other tabs) unless the user is editing it.
  const stored = createMemo(
    () => {
      const p = period();
      return p && loaded() ? data().sittings.find((s) => s.id === sittingId(p.id)) : undefined;
    },
    undefined,
    { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  const [draft, setDraft] = createSignal<CommissionSitting | undefined>(undefined);
  const [dirty, setDirty] = createSignal(false);
  createEffect(
    on([stored, () => period()?.id], ([s, id], previous) => {
      if (!id) return;
      // Edits not yet saved are kept when the stored sitting changes meanwhile (another tab).
      if (dirty() && previous?.[1] === id) return;
      setDraft(s ?? emptySitting(id));
      setDirty(false);
    }),
  );
  const sitting = () => draft() ?? emptySitting(period()?.id ?? '');
  const change = (patch: Partial<CommissionSitting>) => {
    setDirty(true);
    setDraft({ ...sitting(), ...patch });
  };
  const signed = () => stored()?.signedOn != null;

  const completions = createMemo(() => {
    const p = period();
    return p ? commissionResults(book().casesOf(agency.employees(), p.id)) : [];
  });
  /** Every completed result has its case (votes empty until cast). */
  const cases = createMemo<CommissionCase[]>(() => {
    const byKey = new Map(sitting().cases.map((c) => [sittingCaseKey(c), c]));
    const names = new Map(agency.employees().map((e) => [e.id, fullName(e)]));
    const collator = new Intl.Collator(app.i18n.lang());
    return completions()
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
          collator.compare(names.get(a.employeeId) ?? '', names.get(b.employeeId) ?? '') ||
          (a.employeeId < b.employeeId ? -1 : 1),
      );
  });
  const state = createMemo(() => sittingState({ ...sitting(), cases: cases() }, agency.profile()));
  const setCase = (key: string, patch: Partial<CommissionCase>) =>
    change({ cases: cases().map((c) => (sittingCaseKey(c) === key ? { ...c, ...patch } : c)) });
  const presentVoters = () => sitting().seats.filter((m) => m.role !== 'secretary' && sitting().present.includes(m.id));

  const [seatName, setSeatName] = createSignal('');
  const [seatRole, setSeatRole] = createSignal<CommissionSeat['role']>('member');
  const save = async () => {
    const saved = await agency.run(saveSitting(agency.ctx, { ...sitting(), cases: cases() }));
    if (saved) {
      setDraft(saved);
      setDirty(false);
    }
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
    const saved = await agency.run(saveSitting(agency.ctx, { ...sitting(), cases: cases(), signedOn: todayIso() }));
    if (saved) {
      setDraft(saved);
      setDirty(false);
    }
  };
  const person = (id: string) => {
    const e = agency.employees().find((x) => x.id === id);
    return e ? fullName(e) : id;
  };
  const decisionText = (key: string) => {
    const d = state().decisions.get(key);
    if (!d) return '';
    if (d.kind === 'noQuorum') return t('commission.noQuorumShort');
    if (d.kind === 'chairAbsent') return t('commission.undecided');
    return t('commission.decided', {
      decision: t(`commission.decisions.${d.decision}`),
      approve: d.approve,
      revise: d.revise,
      chair: d.byChair ? t('commission.byChair') : '',
    });
  };

  return (
    <section aria-labelledby="com-title">
      <h1 id="com-title">{t('commission.title')}</h1>
      <p class="muted">{t('commission.intro')}</p>
      <Show when={picked.quarters().length > 0} fallback={<p class="warning-box">{t('evaluate.noPeriods')}</p>}>
        <UnitPeriodPicker state={picked} withYears={false} withUnit={false} />
        <Show when={loaded()} fallback={<p>{t('app.loading')}</p>}>
          <fieldset disabled={signed()}>
            <legend>{t('commission.composition')}</legend>
            <div class="inline-form">
              <label>
                <span>{t('commission.orderNumber')}</span>
                <input value={sitting().orderNumber} onInput={(e) => change({ orderNumber: e.currentTarget.value })} />
              </label>
              <label>
                <span>{t('commission.orderDate')}</span>
                <input
                  type="date"
                  value={sitting().orderDate ?? ''}
                  onInput={(e) => change({ orderDate: e.currentTarget.value || null })}
                />
              </label>
              <label>
                <span>{t('commission.heldOn')}</span>
                <input
                  type="date"
                  value={sitting().heldOn ?? ''}
                  onInput={(e) => change({ heldOn: e.currentTarget.value || null })}
                />
              </label>
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
                    <th scope="col">{t('commission.reason')}</th>
                    <th scope="col">{t('commission.recommendation')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={cases()}>
                    {(c) => {
                      const key = sittingCaseKey(c);
                      const r = () => {
                        const done = completions().find((x) => sittingCaseKey(x) === key);
                        return done;
                      };
                      return (
                        <tr>
                          <th scope="row">{person(c.employeeId)}</th>
                          <td>{`${t(`eligibility.component.${c.component}`)} ${valueText(r()?.value, r()?.points ?? false)}${r()?.grade ? ` — ${t(`grades.${r()?.grade ?? 'proper'}`)}` : ''}`}</td>
                          <For each={presentVoters()}>
                            {(m) => (
                              <td>
                                <select
                                  disabled={signed() || !state().quorum}
                                  aria-label={`${m.name}: ${person(c.employeeId)}`}
                                  value={c.votes[m.id] ?? ''}
                                  onChange={(e) =>
                                    setCase(key, { votes: { ...c.votes, [m.id]: e.currentTarget.value as 'approve' | 'revise' } })
                                  }
                                >
                                  <option value="">—</option>
                                  <option value="approve" selected={c.votes[m.id] === 'approve'}>
                                    {t('commission.decisions.approve')}
                                  </option>
                                  <option value="revise" selected={c.votes[m.id] === 'revise'}>
                                    {t('commission.decisions.revise')}
                                  </option>
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
                              value={valueText(c.corrected, r()?.points ?? false)}
                              onChange={(e) => {
                                const n = parseDecimal(e.currentTarget.value);
                                setCase(key, {
                                  corrected: n === undefined ? null : r()?.points ? Math.round(n) : Math.round(n * 100),
                                });
                              }}
                            />
                          </td>
                          <td>
                            <input
                              disabled={signed()}
                              aria-label={`${t('commission.reason')}: ${person(c.employeeId)}`}
                              value={c.reason}
                              onInput={(e) => setCase(key, { reason: e.currentTarget.value })}
                            />
                          </td>
                          <td>
                            <input
                              disabled={signed()}
                              aria-label={`${t('commission.recommendation')}: ${person(c.employeeId)}`}
                              value={c.recommendation}
                              onInput={(e) => setCase(key, { recommendation: e.currentTarget.value })}
                            />
                          </td>
                        </tr>
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
          <div class="toolbar">
            <button type="button" class="primary" disabled={signed() || !dirty()} onClick={() => void save()}>
              {t('calibration.save')}
            </button>
            <Show
              when={!signed()}
              fallback={<span>{t('commission.signed', { date: formatDate(stored()?.signedOn ?? null) })}</span>}
            >
              <button type="button" disabled={dirty()} onClick={() => void sign()}>
                {t('commission.sign')}
              </button>
            </Show>
            <A href={`/commission/protocol?period=${period()?.id ?? ''}&lang=${app.i18n.lang() === 'kk' ? 'kk' : 'ru'}`}>
              {t('commission.protocol')}
            </A>
          </div>
        </Show>
      </Show>
    </section>
  );
}
