/**
 * A person's 360 report (issue 6; Appendix 7 role) as an A4 print view and .xlsx: a radar chart of
 * others' results against the self-assessment, the table behind it (suppressed cells say so, with
 * no number), strengths, development areas with their behavioural indicators; and the feedback
 * meeting (Appendix 8 role) — date, what was discussed, agreed development actions — stored here and
 * printed with the report.
 */
import { useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { survey360SetupId, unitHeadIds, type Survey360Feedback } from '../../domain';
import { REPORT_360, type DocLang } from '../../i18n/documents';
import type { writeDocument } from '../../io/document-workbook';
import { REPORT_360_TYPE } from '../../io/workbook-kinds';
import { nowIso } from '../../platform/clock';
import { safeFileName } from '../../platform/download';
import { saveFeedback } from '../../store/survey360';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { DocumentToolbar } from '../shared/DocumentToolbar';
import { FormLines, FormTable } from '../shared/FormTable';
import { RadarChart } from './RadarChart';
import { createYearResults } from './survey360-results';
import { reportDoc, reportSheetRows } from '../../documents/report-360';
import { createFileJob } from '../shared/file-job';
import { DateInput } from '../shared/DateInput';

export function Survey360ReportPage() {
  const app = useApp();
  const agency = useAgency();
  const files = createFileJob();
  const [search, setSearch] = useSearchParams<{ person?: string; period?: string; lang?: string }>();
  const lang = (): DocLang => (search.lang === 'kk' || (search.lang === undefined && app.i18n.lang() === 'kk') ? 'kk' : 'ru');
  const w = () => REPORT_360[lang()];
  const period = () => agency.periods().find((p) => p.id === search.period);
  const person = () => agency.employees().find((e) => e.id === search.person);
  const data = createYearResults(agency, () => search.period ?? '');
  const feedbackId = () => survey360SetupId(search.period ?? '', search.person ?? '');
  const storedFeedback = agency.live('survey360Feedback', feedbackId, null);
  const feedback = (): Survey360Feedback | undefined => storedFeedback() ?? undefined;
  const doc = createMemo(() => {
    const p = person();
    const y = period();
    const result = p ? data().results.get(p.id) : undefined;
    if (!p || !y || !result) return undefined;
    return reportDoc(
      {
        person: p,
        unit: agency.units().find((u) => u.id === p.unitId),
        headsUnit: unitHeadIds(agency.employees(), agency.profile().unitHeadCategories.value).has(p.id),
        year: y.year,
        profile: agency.profile(),
        competencies: data().competenciesOf(p.id),
        result,
        feedback: feedback(),
      },
      lang(),
    );
  });
  const scale = () => agency.profile().survey360.answerScale.value;
  const exportReport = () => {
    const d = doc();
    const p = person();
    if (!d || !p) return;
    const args: Parameters<typeof writeDocument> = [
      REPORT_360_TYPE,
      [{ name: w().sheet, rows: reportSheetRows(d, lang()), widths: [40, 60, 16, 10, 14] }],
      {
        agencyId: agency.agency()?.id ?? '',
        periodId: search.period ?? '',
        lang: lang(),
        exportedAt: nowIso(),
      },
    ];
    void files.download(
      'writeDocument',
      args,
      safeFileName(`bagalau-360-report-${p.surname}-${period()?.year ?? ''}-${lang()}.xlsx`),
    );
  };
  const summary = () => {
    const d = doc();
    if (!d) return '';
    return d.radar.labels
      .map((l, i) => `${l}: ${d.rows[i]?.[2] ?? ''}${d.rows[i]?.[4] ? ` / ${w().self} ${d.rows[i]?.[4] ?? ''}` : ''}`)
      .join('; ');
  };

  return (
    <Show when={doc()} fallback={<p role="alert">{data().closure ? w().missing : app.i18n.t('results360.roundOpen')}</p>}>
      {(d) => (
        <article class="document official-form report-360" lang={lang()} aria-labelledby="doc-title">
          <DocumentToolbar
            back={{ href: '/survey360/results', label: w().back }}
            lang={lang()}
            onLang={(l) => setSearch({ lang: l })}
            printLabel={w().print}
            exportLabel={w().export}
            onExport={exportReport}
          />
          <h1 id="doc-title" class="form-title">
            {w().title}
          </h1>
          <FormLines lines={d().lines} />
          <h2 class="form-subtitle">{w().chart}</h2>
          <RadarChart
            labels={d().radar.labels}
            series={[
              { label: w().others, values: d().radar.others, colour: '#1d4f73' },
              { label: w().self, values: d().radar.self, colour: '#b7791f' },
            ]}
            scale={scale()}
            summary={`${w().chart}. ${summary()}`}
          />
          <FormTable columns={d().columns} rows={d().rows} caption={w().chart} />
          <p class="form-result">
            {w().overall}: <strong>{d().overall}</strong>
          </p>
          <p class="form-footnote">{w().assumption}</p>
          <h2 class="form-subtitle">{w().strengths}</h2>
          <p>{d().strengths.join('; ') || w().none}</p>
          <h2 class="form-subtitle">{w().development}</h2>
          <Show when={d().development.length > 0} fallback={<p>{w().none}</p>}>
            <ul>
              <For each={d().development}>
                {(x) => (
                  <li>
                    <strong>{x.name}</strong>
                    {/* Where the acts name no indicators for a competency, its name alone (issue 19). */}
                    <Show when={x.indicators.length > 0}>
                      {' — '}
                      {w().indicators}: {x.indicators.join('; ')}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <FeedbackForm
            id={feedbackId()}
            periodId={search.period ?? ''}
            evaluatedId={search.person ?? ''}
            lang={lang()}
            stored={feedback()}
            onSave={(f) =>
              agency
                .run(saveFeedback(agency.ctx, f))
                .then((done) => done !== undefined && app.notify(app.i18n.t('report360.saved')))
            }
          />
          <div class="form-signatures">
            <For each={w().signatures}>
              {(role) => (
                <div class="form-sign">
                  <p>{role}</p>
                  <p class="form-line" />
                </div>
              )}
            </For>
          </div>
        </article>
      )}
    </Show>
  );
}

/** The feedback meeting (Appendix 8 role): edited on screen, printed as written. */
function FeedbackForm(props: {
  id: string;
  periodId: string;
  evaluatedId: string;
  lang: DocLang;
  stored: Survey360Feedback | undefined;
  onSave: (f: Survey360Feedback) => void;
}) {
  const app = useApp();
  const w = () => REPORT_360[props.lang];
  const [draft, setDraft] = createSignal<Partial<Survey360Feedback>>({});
  const value = (f: 'meetingDate' | 'discussed' | 'actions') => draft()[f] ?? props.stored?.[f] ?? '';
  const set = (f: 'meetingDate' | 'discussed' | 'actions', v: string) => setDraft({ ...draft(), [f]: v });
  return (
    <form
      class="feedback-form"
      aria-labelledby="feedback-title"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave({
          id: props.id,
          periodId: props.periodId,
          evaluatedId: props.evaluatedId,
          meetingDate: value('meetingDate'),
          discussed: value('discussed'),
          actions: value('actions'),
        });
        setDraft({});
      }}
    >
      <h2 id="feedback-title" class="form-subtitle">
        {w().feedback}
      </h2>
      <DateInput label={w().meetingDate} value={value('meetingDate')} onChange={(v) => set('meetingDate', v ?? '')} />
      <label class="block">
        <span>{w().discussed}</span>
        <textarea rows="3" maxLength={4000} value={value('discussed')} onInput={(e) => set('discussed', e.currentTarget.value)} />
      </label>
      <label class="block">
        <span>{w().actions}</span>
        <textarea rows="3" maxLength={4000} value={value('actions')} onInput={(e) => set('actions', e.currentTarget.value)} />
      </label>
      <div class="toolbar no-print">
        <button type="submit" class="primary">
          {app.i18n.t('report360.save')}
        </button>
      </div>
    </form>
  );
}
