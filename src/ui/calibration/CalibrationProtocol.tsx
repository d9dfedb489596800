/**
 * The calibration protocol as an A4 print view (004 §42) in Kazakh or Russian, whatever the screen's
 * language: the person, the period, the evaluator's score and argument, each participant's position
 * and vote, the decision adopted by majority with its direction and reason, and the signature lines.
 * The browser's Print → PDF makes the paper.
 */
import { useSearchParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import {
  calibrationState,
  formatDate,
  fullName,
  kciSheet,
  rankingScore,
  type CalibrationCase,
  type EvaluationRecord,
  type Familiarisation,
  type KciPlan,
  evaluationId,
  kciPlanId,
  familiarisationId,
} from '../../domain';
import { agencyNameIn, CALIBRATION_PROTOCOL, type DocLang, fillDoc as fill, quarterIn } from '../../i18n/documents';
import { useAgency } from '../app/agency-state';
import { CALIBRATION_PROTOCOL_TYPE, writeDocument } from '../../io/document-workbook';
import { downloadBytes, safeFileName } from '../../platform/download';
import { nowIso } from '../../platform/clock';
import { DocumentToolbar } from '../shared/DocumentToolbar';
import { NO_PERIOD_RECORDS } from '../../store/queries';
import { resultText } from '../../i18n';

interface Loaded {
  readonly c: CalibrationCase | undefined;
  readonly record: EvaluationRecord | undefined;
  readonly plan: KciPlan | undefined;
  readonly familiarisation: Familiarisation | undefined;
}

export function CalibrationProtocolPage() {
  const agency = useAgency();
  const [search, setSearch] = useSearchParams<{ id?: string; lang?: string }>();
  const lang = (): DocLang => (search.lang === 'kk' ? 'kk' : 'ru');
  const d = () => CALIBRATION_PROTOCOL[lang()];
  const stored = agency.live('calibration', () => search.id ?? '', null);
  const records = agency.live(
    'periodRecords',
    () => {
      const c = stored();
      return c ? [c.periodId] : [];
    },
    NO_PERIOD_RECORDS,
  );
  const loaded = createMemo((): Loaded | undefined => {
    if (!stored.loaded()) return undefined;
    const c = stored() ?? undefined;
    if (!c) return { c: undefined, record: undefined, plan: undefined, familiarisation: undefined };
    if (!records.loaded()) return undefined;
    const r = records();
    return {
      c,
      record: r.records.find((x) => x.id === evaluationId(c.periodId, c.component, c.employeeId)),
      plan: r.plans.find((x) => x.id === kciPlanId(c.periodId, c.employeeId)),
      familiarisation: r.familiarisations.find((x) => x.id === familiarisationId(c.periodId, c.component, c.employeeId)),
    };
  });
  const person = () => agency.employees().find((e) => e.id === loaded()?.c?.employeeId);
  const score = createMemo(() => {
    const l = loaded();
    if (!l?.c) return undefined;
    if (l.c.component === 'kci')
      return l.plan ? kciSheet(l.plan.items, l.record?.scores ?? {}, agency.profile()).sheet?.score : undefined;
    const o = rankingScore(l.record?.scores ?? {}, agency.profile());
    return o.kind === 'scored' ? o.result.score : undefined;
  });
  const state = createMemo(() => {
    const l = loaded();
    const s = score();
    return l?.c && s !== undefined
      ? calibrationState(l.c, l.familiarisation?.on ?? l.c.appliedOn, s, agency.profile(), agency.calendar())
      : undefined;
  });
  const num = (h: number | null | undefined) => resultText(lang(), h, false);
  const period = () => {
    const id = loaded()?.c?.periodId ?? '';
    return quarterIn(lang(), Number(id.slice(0, 4)), Number(id.slice(-1)));
  };

  const decisionText = () => {
    const o = state()?.outcome;
    return o?.kind === 'adopted'
      ? fill(d().adopted, { score: num(o.score), votes: o.votesFor, of: o.participants, direction: d().directions[o.direction] })
      : d().noMajority;
  };
  const exportProtocol = (c: CalibrationCase) => {
    const p = person();
    const fields: string[][] = [
      [d().agency, agencyNameIn(agency.agency(), lang())],
      [d().heldOn, formatDate(c.heldOn)],
      [d().person, p ? fullName(p) : ''],
      [d().position, `${p?.position ?? ''} (${p?.category ?? ''})`],
      [d().period, `${period()}; ${d().component[c.component]}`],
      [d().appliedOn, formatDate(c.appliedOn)],
      [d().application, c.application],
      [d().decidedOn, formatDate(c.decidedOn)],
      [d().evaluatorScore, num(score())],
      [d().evaluatorArgument, c.evaluatorArgument],
      [d().decision, decisionText()],
      [d().reason, c.reason],
      [d().signedOn, formatDate(c.signedOn)],
    ];
    const members = [
      ['№', d().member, d().positionCol, d().vote],
      ...c.participants.map((m, i) => [String(i + 1), m.name, m.position, num(m.vote)]),
    ];
    const bytes = writeDocument(
      CALIBRATION_PROTOCOL_TYPE,
      [
        { name: d().title, rows: [[d().title], ...fields], widths: [36, 80] },
        { name: d().members, rows: members, widths: [5, 30, 60, 12] },
      ],
      { agencyId: agency.agency()?.id ?? '', periodId: c.periodId, employeeId: c.employeeId, lang: lang(), exportedAt: nowIso() },
    );
    downloadBytes(
      bytes,
      safeFileName(`bagalau-calibration-protocol-${p ? fullName(p) : c.employeeId}-${c.periodId}-${lang()}.xlsx`),
    );
  };

  return (
    <Show when={loaded()} fallback={<p>…</p>}>
      {(l) => (
        <Show when={l().c} fallback={<p role="alert">{d().notFound}</p>}>
          {(c) => (
            <article class="document" lang={lang()} aria-labelledby="doc-title">
              <DocumentToolbar
                back={{ href: `/calibration?period=${c().periodId}`, label: d().back }}
                lang={lang()}
                onLang={(l) => setSearch({ lang: l })}
                printLabel={d().print}
                exportLabel={d().export}
                onExport={() => exportProtocol(c())}
              />
              <h1 id="doc-title">{d().title}</h1>
              <p class="muted">{d().basis}</p>
              <dl class="doc-fields">
                <dt>{d().agency}</dt>
                <dd>{agencyNameIn(agency.agency(), lang())}</dd>
                <dt>{d().heldOn}</dt>
                <dd>{formatDate(c().heldOn)}</dd>
                <dt>{d().person}</dt>
                <dd>{person() ? fullName(person() as NonNullable<ReturnType<typeof person>>) : ''}</dd>
                <dt>{d().position}</dt>
                <dd>{`${person()?.position ?? ''} (${person()?.category ?? ''})`}</dd>
                <dt>{d().unit}</dt>
                <dd>{agency.units().find((u) => u.id === person()?.unitId)?.name ?? ''}</dd>
                <dt>{d().period}</dt>
                <dd>{`${period()}; ${d().component[c().component]}`}</dd>
                <dt>{d().appliedOn}</dt>
                <dd>{formatDate(c().appliedOn)}</dd>
                <dt>{d().application}</dt>
                <dd>{c().application}</dd>
                <dt>{d().decidedOn}</dt>
                <dd>{formatDate(c().decidedOn)}</dd>
                <dt>{d().evaluatorScore}</dt>
                <dd>{num(score())}</dd>
                <dt>{d().evaluatorArgument}</dt>
                <dd class="pre-line">{c().evaluatorArgument}</dd>
              </dl>
              <h2>{d().members}</h2>
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">№</th>
                    <th scope="col">{d().member}</th>
                    <th scope="col">{d().positionCol}</th>
                    <th scope="col">{d().vote}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={c().participants}>
                    {(p, i) => (
                      <tr>
                        <td>{i() + 1}</td>
                        <td>{p.name}</td>
                        <td class="pre-line">{p.position}</td>
                        <td>{num(p.vote)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <h2>{d().decision}</h2>
              <p>{decisionText()}</p>
              <Show when={c().reason.trim() !== ''}>
                <p>
                  <strong>{d().reason}:</strong> {c().reason}
                </p>
              </Show>
              <h2>{d().signatures}</h2>
              <table class="table signatures">
                <tbody>
                  <For each={c().participants}>
                    {(p) => (
                      <tr>
                        <td>{p.name}</td>
                        <td class="signature-line" aria-hidden="true" />
                        <td>{formatDate(c().signedOn)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <p>
                {`${d().signedOn}: ${formatDate(c().signedOn)}`}
                {state()?.placeBy ? ` · ${d().placeBy}: ${formatDate(state()?.placeBy ?? null)}` : ''}
              </p>
            </article>
          )}
        </Show>
      )}
    </Show>
  );
}
