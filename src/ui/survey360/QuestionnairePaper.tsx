/**
 * The paper 360 questionnaire (issue 6): the same content as the workbook — a cover page naming the
 * respondent for delivery, then a block per person rated with the competencies, their indicators and
 * the scale's numbers to circle — as an A4 print view. Paper answers are typed in by HR through
 * respondent mode with the questionnaire's code, then sealed like any other.
 */
import { useSearchParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { QUESTIONNAIRE_360, type DocLang } from '../../i18n/documents';
import { safeFileName } from '../../platform/download';
import { useAgency } from '../app/agency-state';
import { DocumentToolbar } from '../shared/DocumentToolbar';
import { questionnaireInput } from '../../documents/questionnaire-360';
import { createFileJob } from '../shared/file-job';

export function QuestionnairePaperPage() {
  const agency = useAgency();
  const files = createFileJob();
  const [search, setSearch] = useSearchParams<{ code?: string; lang?: string }>();
  const lang = (): DocLang => (search.lang === 'kk' ? 'kk' : 'ru');
  const w = () => QUESTIONNAIRE_360[lang()];
  // Followed live: a questionnaire sealed in another tab leaves the page.
  const tokens = agency.live('survey360TokensOfCode', () => search.code ?? '', []);
  const inputFor = (medium: 'workbook' | 'paper') => {
    const a = agency.agency();
    const list = tokens() ?? [];
    const period = agency.periods().find((p) => p.id === list[0]?.periodId);
    if (!a || list.length === 0 || !period) return undefined;
    return questionnaireInput(
      { agency: a, employees: agency.employees(), profile: agency.profile(), year: period.year },
      lang(),
      list,
      medium,
    );
  };
  const doc = createMemo(() => inputFor('paper'));
  const points = () => {
    const s = agency.profile().survey360.answerScale.value;
    return Array.from({ length: s.max - s.min + 1 }, (_, i) => s.min + i).join('   ');
  };
  return (
    <Show when={tokens.loaded()} fallback={<p>…</p>}>
      <Show when={doc()} fallback={<p role="alert">{w().none}</p>}>
        {(d) => (
          <article class="document official-form questionnaire-paper" lang={lang()} aria-labelledby="doc-title">
            <DocumentToolbar
              job={files}
              back={{ href: '/survey360', label: w().back }}
              lang={lang()}
              onLang={(l) => setSearch({ lang: l })}
              printLabel={w().print}
              exportLabel={w().export}
              onExport={() =>
                void files.download(
                  'writeQuestionnaire',
                  [inputFor('workbook') ?? d()],
                  safeFileName(`bagalau-360-${d().code}-${lang()}.xlsx`),
                )
              }
            />
            <section class="paper-cover">
              <h1 id="doc-title" class="form-title">
                {d().words.title}
              </h1>
              <For each={d().words.cover}>{(line) => (line === '' ? <br /> : <p>{line}</p>)}</For>
              <For each={d().words.scale}>{(line) => <p>{line}</p>}</For>
            </section>
            <For each={d().blocks}>
              {(b) => (
                <table class="form-table paper-block">
                  <caption>{b.heading}</caption>
                  <colgroup>
                    <col style={{ width: '5%' }} />
                    <col style={{ width: '27%' }} />
                    <col style={{ width: '48%' }} />
                    <col style={{ width: '20%' }} />
                  </colgroup>
                  <thead>
                    <tr>
                      <th scope="col">{d().words.headers[0]}</th>
                      <th scope="col">{d().words.headers[2]}</th>
                      <th scope="col">{d().words.headers[3]}</th>
                      <th scope="col">{`${d().words.headers[4]} (${w().tick})`}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={b.competencies}>
                      {(c, i) => (
                        <tr>
                          <td>{i() + 1}</td>
                          <td>{c.name}</td>
                          <td>{c.indicators}</td>
                          <td class="paper-scale">{points()}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              )}
            </For>
          </article>
        )}
      </Show>
    </Show>
  );
}
