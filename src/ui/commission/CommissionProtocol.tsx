/**
 * The protocol of the Commission's sitting in the layout of Appendix 5 (004/001/002), as an A4 print
 * view in Kazakh or Russian: No., full name, results, the Commission's correction, its
 * recommendations, the decision, the conclusion, and the signatures of the secretary, the chair and
 * the members with their dates.
 */
import { useSearchParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import {
  completedResults,
  formatDate,
  fullName,
  sittingCaseKey,
  sittingState,
  type CommissionSitting,
  submittedDays,
  sittingId,
} from '../../domain';
import { agencyNameIn, COMMISSION_PROTOCOL, type DocLang, fillDoc as fill, quarterIn } from '../../i18n/documents';
import { useAgency } from '../app/agency-state';
import { COMMISSION_PROTOCOL_TYPE, writeDocument } from '../../io/document-workbook';
import { downloadBytes, safeFileName } from '../../platform/download';
import { nowIso } from '../../platform/clock';
import { DocumentToolbar } from '../shared/DocumentToolbar';
import { createPeriodRecords } from '../shared/period-records';
import { resultValue, valueText } from '../shared/result-text';

const SIGN_ORDER = ['secretary', 'chair', 'member'];

export function CommissionProtocolPage() {
  const agency = useAgency();
  const [search, setSearch] = useSearchParams<{ period?: string; lang?: string }>();
  const lang = (): DocLang => (search.lang === 'kk' ? 'kk' : 'ru');
  const d = () => COMMISSION_PROTOCOL[lang()];
  const { loaded, data } = createPeriodRecords(agency, () => (search.period ? [search.period] : []));
  const sitting = (): CommissionSitting | null | undefined =>
    loaded() ? (data().sittings.find((s) => s.id === sittingId(search.period ?? '')) ?? null) : undefined;
  const state = createMemo(() => {
    const s = sitting();
    return s ? sittingState(s, agency.profile()) : undefined;
  });
  const results = createMemo(() => {
    const p = agency.periods().find((x) => x.id === search.period);
    return p
      ? completedResults({
          quarters: [p],
          employees: agency.employees(),
          statuses: agency.statuses(),
          submitted: submittedDays(agency.locks()),
          records: data().records,
          plans: data().plans,
          sheets: data().sheets,
          profile: agency.profile(),
          calendar: agency.calendar(),
        })
      : [];
  });
  const name = (id: string) => {
    const e = agency.employees().find((x) => x.id === id);
    return e ? fullName(e) : id;
  };
  const period = () => {
    const id = search.period ?? '';
    return quarterIn(lang(), Number(id.slice(0, 4)), Number(id.slice(-1)));
  };
  const rowOf = (c: CommissionSitting['cases'][number], i: number): string[] => {
    const done = results().find((x) => sittingCaseKey(x) === sittingCaseKey(c));
    const r = done ? resultValue(done, data(), agency.profile()) : undefined;
    const x = state()?.decisions.get(sittingCaseKey(c));
    return [
      String(i + 1),
      name(c.employeeId),
      valueText(r?.value, r?.points ?? false),
      c.corrected === null ? '' : `${valueText(c.corrected, r?.points ?? false)}${c.reason ? ` — ${c.reason}` : ''}`,
      c.recommendation,
      x?.kind === 'decided' ? d().decisions[x.decision] : '',
    ];
  };
  /** The secretary signs first, then the chair, then the members — as in Appendix 5. */
  const signers = (s: CommissionSitting) => [...s.seats].sort((a, b) => SIGN_ORDER.indexOf(a.role) - SIGN_ORDER.indexOf(b.role));
  const exportProtocol = (s: CommissionSitting) => {
    const fields: string[][] = [
      [d().title],
      [d().agency, agencyNameIn(agency.agency(), lang())],
      [d().heldOn, formatDate(s.heldOn)],
      [d().order, fill(d().orderOf, { number: s.orderNumber, date: formatDate(s.orderDate) })],
      [d().period, period()],
      [
        d().present,
        s.seats
          .filter((m) => s.present.includes(m.id))
          .map((m) => `${m.name} (${d().roles[m.role]})`)
          .join('; '),
      ],
      [],
      [d().number, d().name, d().results, d().corrected, d().recommendations, d().decision],
      ...s.cases.map(rowOf),
      [],
      [d().conclusion, s.conclusion],
      [],
      [d().signatures],
      ...signers(s).map((m) => [d().roles[m.role], m.name, '', `${d().date}: ${formatDate(s.signedOn)}`]),
    ];
    const bytes = writeDocument(COMMISSION_PROTOCOL_TYPE, [{ name: d().title, rows: fields, widths: [28, 36, 16, 36, 36, 16] }], {
      agencyId: agency.agency()?.id ?? '',
      periodId: s.periodId,
      lang: lang(),
      exportedAt: nowIso(),
    });
    downloadBytes(bytes, safeFileName(`bagalau-commission-protocol-${s.periodId}-${lang()}.xlsx`));
  };
  return (
    <Show when={sitting() !== undefined && loaded()} fallback={<p>…</p>}>
      <Show when={sitting()} fallback={<p role="alert">{d().none}</p>}>
        {(s) => (
          <article class="document official-form" lang={lang()} aria-labelledby="doc-title">
            <DocumentToolbar
              back={{ href: `/commission?period=${s().periodId}`, label: d().back }}
              lang={lang()}
              onLang={(l) => setSearch({ lang: l })}
              printLabel={d().print}
              exportLabel={d().export}
              onExport={() => exportProtocol(s())}
            />
            <h1 id="doc-title">{d().title}</h1>
            <dl class="doc-fields">
              <dt>{d().agency}</dt>
              <dd>{agencyNameIn(agency.agency(), lang())}</dd>
              <dt>{d().heldOn}</dt>
              <dd>{formatDate(s().heldOn)}</dd>
              <dt>{d().order}</dt>
              <dd>{fill(d().orderOf, { number: s().orderNumber, date: formatDate(s().orderDate) })}</dd>
              <dt>{d().period}</dt>
              <dd>{period()}</dd>
              <dt>{d().present}</dt>
              <dd>
                {s()
                  .seats.filter((m) => s().present.includes(m.id))
                  .map((m) => `${m.name} (${d().roles[m.role]})`)
                  .join('; ')}
              </dd>
            </dl>
            <Show when={state()?.quorum}>
              <p>{fill(d().quorum, { present: state()?.present ?? 0, voting: state()?.voting ?? 0 })}</p>
            </Show>
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{d().number}</th>
                  <th scope="col">{d().name}</th>
                  <th scope="col">{d().results}</th>
                  <th scope="col">{d().corrected}</th>
                  <th scope="col">{d().recommendations}</th>
                  <th scope="col">{d().decision}</th>
                </tr>
              </thead>
              <tbody>
                <For each={s().cases}>
                  {(c, i) => (
                    <tr>
                      <For each={rowOf(c, i())}>{(cell) => <td>{cell}</td>}</For>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <p>
              <strong>{d().conclusion}:</strong> {s().conclusion}
            </p>
            <h2>{d().signatures}</h2>
            <table class="table signatures">
              <tbody>
                <For each={signers(s())}>
                  {(m) => (
                    <tr>
                      <td>{d().roles[m.role]}</td>
                      <td>{m.name}</td>
                      <td class="signature-line" aria-hidden="true" />
                      <td>{`${d().date}: ${formatDate(s().signedOn)}`}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </article>
        )}
      </Show>
    </Show>
  );
}
