/**
 * Respondent mode (issue 6, 004 §§34–36) on a shared computer: HR opens a questionnaire by its code;
 * the respondent rates each person on the competencies of that person's group (1–5) — their own
 * self-assessment included — and submits; the answers are sealed (stored under their tokens and
 * roles, the tokens deleted) and the screen returns to a neutral page with nothing of them visible.
 * No navigation of the agency is within reach here.
 */
import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  answerProblems,
  competenciesOf,
  fullName,
  normaliseCode,
  unitHeadIds,
  type Named,
  type Survey360Token,
  joinKey,
} from '../../domain';
import { sealAnswers } from '../../store/survey360';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { inKiosk } from './kiosk';

export function RespondentPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [search, setSearch] = useSearchParams<{ code?: string; done?: string }>();
  const navigate = useNavigate();
  const [typed, setTyped] = createSignal('');
  const code = () => normaliseCode(search.code ?? '');
  const tokens = agency.live('survey360TokensOfCode', code, []);
  const open = (e: SubmitEvent) => {
    e.preventDefault();
    setSearch({ code: normaliseCode(typed()), done: undefined });
    setTyped('');
  };
  return (
    <section aria-labelledby="respond-title" class="respondent">
      <h1 id="respond-title">{t('respond.title')}</h1>
      <Show
        when={code() !== '' && (tokens()?.length ?? 0) > 0}
        fallback={
          <>
            <Show when={search.done === '1'}>
              <p role="status" class="ok-box">
                {t('respond.sealed')}
              </p>
            </Show>
            <Show when={code() !== '' && tokens.loaded() && tokens()?.length === 0}>
              <p role="alert" class="error-box">
                {t('respond.noSuch', { code: code() })}
              </p>
            </Show>
            <p>{t('respond.intro')}</p>
            <form class="inline-form" onSubmit={open}>
              <label>
                <span>{t('respond.code')}</span>
                <input value={typed()} autocomplete="off" spellcheck={false} onInput={(e) => setTyped(e.currentTarget.value)} />
              </label>
              <button type="submit" class="primary" disabled={typed().trim() === ''}>
                {t('respond.open')}
              </button>
            </form>
            <Show
              when={!inKiosk()}
              fallback={
                <p class="muted" role="note">
                  {t('respond.kioskNote')}
                </p>
              }
            >
              <p>
                <A href="/survey360">{t('respond.leave')}</A>
              </p>
            </Show>
          </>
        }
      >
        <Questionnaire code={code()} tokens={tokens() ?? []} onSealed={() => navigate('/respond?done=1', { replace: true })} />
      </Show>
    </section>
  );
}

/** The questionnaire of one code: a fieldset per person, a 1–5 choice per competency; submitted whole. */
function Questionnaire(props: { code: string; tokens: readonly Survey360Token[]; onSealed: () => void }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const lang = () => (app.i18n.lang() === 'kk' ? 'kk' : 'ru');
  const scale = () => agency.profile().survey360.answerScale.value;
  const points = createMemo(() => Array.from({ length: scale().max - scale().min + 1 }, (_, i) => scale().min + i));
  const heads = createMemo(() => unitHeadIds(agency.employees(), agency.profile().unitHeadCategories.value));
  const competencies = (evaluatedId: string): readonly Named[] => competenciesOf(evaluatedId, heads(), agency.profile());
  const nameOf = (id: string) => {
    const e = agency.employees().find((x) => x.id === id);
    return e ? fullName(e) : id;
  };
  const [scores, setScores] = createSignal<Readonly<Record<string, Readonly<Record<string, number>>>>>({});
  const [tried, setTried] = createSignal(false);
  const missing = () => {
    let n = 0;
    for (const tk of props.tokens) n += answerProblems(scores()[tk.token] ?? {}, competencies(tk.evaluatedId), scale()).length;
    return n;
  };
  const choose = (token: string, competency: string, v: number) =>
    setScores({ ...scores(), [token]: { ...scores()[token], [competency]: v } });
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setTried(true);
    if (missing() > 0) return;
    const done = await agency.run(
      sealAnswers(
        agency.ctx,
        props.code,
        props.tokens.map((tk) => ({ token: tk.token, scores: scores()[tk.token] ?? {} })),
        competencies,
        scale(),
      ),
    );
    if (done === undefined) return;
    setScores({});
    props.onSealed();
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <p>{t('respond.how', { min: scale().min, max: scale().max })}</p>
      <p class="assumption">{t('respond.scaleAssumed')}</p>
      <For each={props.tokens}>
        {(tk) => (
          <fieldset class="panel questionnaire">
            <legend>
              {tk.role === 'self'
                ? t('respond.self')
                : t('respond.about', { name: nameOf(tk.evaluatedId), role: t(`survey360.roles.${tk.role}`) })}
            </legend>
            <For each={competencies(tk.evaluatedId)}>
              {(c) => (
                <div
                  role="radiogroup"
                  aria-label={`${c.names[lang()]} — ${tk.role === 'self' ? t('respond.selfShort') : nameOf(tk.evaluatedId)}`}
                  class="scale-row"
                  classList={{ missing: tried() && scores()[tk.token]?.[c.id] === undefined }}
                >
                  <span class="competency">{c.names[lang()]}</span>
                  <For each={points()}>
                    {(v) => (
                      <label class="scale-point">
                        <input
                          type="radio"
                          name={joinKey(tk.token, c.id)}
                          value={v}
                          checked={scores()[tk.token]?.[c.id] === v}
                          onChange={() => choose(tk.token, c.id, v)}
                        />
                        {v}
                      </label>
                    )}
                  </For>
                </div>
              )}
            </For>
          </fieldset>
        )}
      </For>
      <Show when={tried() && missing() > 0}>
        <p role="alert" class="error-box">
          {t('respond.missing', { n: missing() })}
        </p>
      </Show>
      <div class="toolbar">
        <button type="submit" class="primary">
          {t('respond.submit')}
        </button>
      </div>
    </form>
  );
}
