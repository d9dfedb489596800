/** The first screen: create the agency, or load the demo agency with one click. */
import { browserLocks } from '../../platform/locks';
import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { addDays, BUILTIN_PROFILES, DEFAULT_PROFILE_ID, generateDemo } from '../../domain';
import { createAgency } from '../../store/agencies';
import { nowIso, todayIso } from '../../platform/clock';
import { newId } from '../../platform/ids';
import type { Dictionary } from '../../i18n';
import { useApp } from './app-state';

/** The demo is generated from this seed: the same day gives the same agency. */
export const DEMO_SEED = 20_231;

/** The built-in profiles, each explained in one line on the start page. */
type ProfileHelpKey = Extract<keyof Dictionary, `start.profileHelp.${string}`>;

export function StartPage() {
  const app = useApp();
  const { t } = app.i18n;
  const [nameKk, setNameKk] = createSignal('');
  const [nameRu, setNameRu] = createSignal('');
  const [profileId, setProfileId] = createSignal(DEFAULT_PROFILE_ID);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const env = { now: nowIso, newId, operator: app.operatorName };

  const finish = async (result: Awaited<ReturnType<typeof createAgency>>) => {
    setBusy(false);
    if (!result.ok) return app.failed(result.error);
    app.selectAgency(result.value);
    location.hash = '#/employees';
  };

  const create = async (e: SubmitEvent) => {
    e.preventDefault();
    if (nameKk().trim() === '' && nameRu().trim() === '') {
      setError(t('start.nameRequired'));
      return;
    }
    setError('');
    setBusy(true);
    await finish(
      await createAgency(
        app.registry,
        { nameKk: nameKk().trim(), nameRu: nameRu().trim(), profileId: profileId(), years: [Number(todayIso().slice(0, 4))] },
        env,
        browserLocks,
      ),
    );
  };

  const loadDemo = async () => {
    setBusy(true);
    const today = todayIso();
    const demo = generateDemo({ seed: DEMO_SEED, asOf: today, lang: app.i18n.lang(), newId });
    // The demo's events sit in the quarter before today's: in January that is last year's fourth.
    const years = [Number(today.slice(0, 4)), Number(addDays(today, -92).slice(0, 4))];
    await finish(
      await createAgency(
        app.registry,
        { nameKk: demo.nameKk, nameRu: demo.nameRu, profileId: DEFAULT_PROFILE_ID, years, demo },
        env,
        browserLocks,
      ),
    );
  };

  return (
    <div class="start">
      <h1>{t('start.title')}</h1>
      <p>{t('start.intro')}</p>
      <p>
        <A href="/fill">{t('evaluator.startLink')}</A>
      </p>
      <div class="start-columns">
        <section aria-labelledby="create-title" class="panel">
          <h2 id="create-title">{t('start.createTitle')}</h2>
          <form onSubmit={create} novalidate>
            <label>
              <span>{t('start.nameKk')}</span>
              <input
                value={nameKk()}
                onInput={(e) => setNameKk(e.currentTarget.value)}
                lang="kk"
                aria-describedby="create-error"
              />
            </label>
            <label>
              <span>{t('start.nameRu')}</span>
              <input
                value={nameRu()}
                onInput={(e) => setNameRu(e.currentTarget.value)}
                lang="ru"
                aria-describedby="create-error"
              />
            </label>
            <label>
              <span>{t('start.profile')}</span>
              <select value={profileId()} onChange={(e) => setProfileId(e.currentTarget.value)} aria-describedby="profile-help">
                <For each={BUILTIN_PROFILES}>{(p) => <option value={p.id}>{p.names[app.i18n.lang()]}</option>}</For>
              </select>
            </label>
            {/* What the chosen profile means, in one line (issue 19 §8). */}
            <p id="profile-help" class="muted">
              {t(`start.profileHelp.${profileId()}` as ProfileHelpKey)}
            </p>
            <p id="create-error" class="field-error" role="alert">
              {error()}
            </p>
            <button type="submit" class="primary" disabled={busy()}>
              {busy() ? t('start.creating') : t('start.create')}
            </button>
          </form>
        </section>
        <section aria-labelledby="demo-title" class="panel">
          <h2 id="demo-title">{t('start.demoTitle')}</h2>
          <p>{t('start.demoText')}</p>
          <button type="button" class="primary" onClick={() => void loadDemo()} disabled={busy()}>
            {t('start.demo')}
          </button>
          <Show when={busy()}>
            <p role="status">{t('start.creating')}</p>
          </Show>
        </section>
      </div>
    </div>
  );
}
