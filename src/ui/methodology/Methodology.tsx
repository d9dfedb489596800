/**
 * Methodology profiles: the built-in ones (read-only) and the agency's own. Every parameter shows
 * its value and where it comes from — a seed paragraph, or a visible assumption marker (METHODOLOGY
 * §5). Clone a profile to edit it; saving validates it and stores a new version.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { createStore, produce, unwrap } from 'solid-js/store';
import {
  ASSUMPTIONS,
  BUILTIN_PROFILE_DATA,
  DEFAULT_PROFILE_ID,
  citedEntries,
  parameterInUse,
  type Profile,
  type ProfileProblem,
} from '../../domain';
import { latestVersions, saveProfileVersion } from '../../store/profiles';
import { updateAgency } from '../../store/organisation';
import { newId } from '../../platform/ids';
import { ACT_CODES, ACTS } from '../../i18n';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { ValueEditor, type Path } from './ValueEditor';

export function MethodologyPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const lang = () => (app.i18n.lang() === 'kk' ? 'kk' : app.i18n.lang() === 'ru' ? 'ru' : 'en');
  const profiles = createMemo(() => [...BUILTIN_PROFILE_DATA, ...latestVersions(agency.ownProfiles())]);
  const [selectedId, setSelectedId] = createSignal(agency.agency()?.profileId ?? DEFAULT_PROFILE_ID);
  const selected = () => profiles().find((p) => p.id === selectedId()) ?? profiles()[0];
  const [draft, setDraft] = createStore<{ profile: Profile | null }>({ profile: null });
  const [problems, setProblems] = createSignal<readonly ProfileProblem[]>([]);
  const shown = () => draft.profile ?? selected();
  const editing = () => draft.profile !== null;

  const startEditing = (base: Profile, asClone: boolean) => {
    const copy = structuredClone(unwrap(base)) as Profile;
    setProblems([]);
    setDraft(
      'profile',
      asClone
        ? {
            ...copy,
            id: `own-${newId().slice(0, 8)}`,
            version: 0,
            builtIn: false,
            basedOn: base.id,
            names: {
              kk: t('methodology.cloneName', { name: base.names.kk }),
              ru: t('methodology.cloneName', { name: base.names.ru }),
              en: t('methodology.cloneName', { name: base.names.en }),
            },
          }
        : copy,
    );
  };

  const setAt = (path: Path, value: unknown) =>
    setDraft(
      produce((d) => {
        let node = d.profile as unknown as Record<string | number, unknown>;
        let cited: Record<string, unknown> | undefined;
        for (const key of path.slice(0, -1)) {
          if (key === 'value') cited = node;
          node = node[key] as Record<string | number, unknown>;
        }
        if (path[path.length - 1] === 'value') cited = node;
        node[path[path.length - 1] as string | number] = value;
        // A changed value is no longer what the cited paragraph says: its source must be given anew
        // (an assumption stays marked until the agency names its source).
        if (cited && !cited['assumption'] && typeof cited['source'] === 'string' && cited['source'] !== '') {
          cited['previousSource'] = cited['source'];
          cited['source'] = '';
        }
      }),
    );

  /** Typing a source replaces an assumption (the agency has decided the rule). */
  const setSource = (path: Path, source: string) =>
    setDraft(
      produce((d) => {
        let node = d.profile as unknown as Record<string | number, unknown>;
        for (const key of path) node = node[key] as Record<string | number, unknown>;
        node['source'] = source;
        if (source.trim() !== '') delete node['assumption'];
      }),
    );

  const save = async () => {
    const profile = draft.profile;
    if (!profile) return;
    const result = await saveProfileVersion(agency.ctx, structuredClone(unwrap(profile)));
    if (!result.ok) {
      if (result.error.code === 'invalid') setProblems(JSON.parse(result.error.detail ?? '[]') as ProfileProblem[]);
      else app.failed(result.error);
      return;
    }
    app.notify(t('methodology.saved', { version: result.value.version }));
    setDraft('profile', null);
    setProblems([]);
    setSelectedId(result.value.id);
  };

  const use = async (id: string) => {
    await agency.run(updateAgency(agency.ctx, { profileId: id }));
  };

  const label = (path: string) => app.i18n.tIn('params', path) ?? path;
  const problemsAt = (path: string) => problems().filter((p) => p.path === path || p.path.startsWith(`${path}.`));

  return (
    <section aria-labelledby="methodology-title" class="methodology">
      <h1 id="methodology-title">{t('methodology.title')}</h1>
      <p>{t('methodology.intro')}</p>
      <div class="methodology-layout">
        <nav aria-label={t('methodology.list')} class="profile-list">
          <ul>
            <For each={profiles()}>
              {(p) => (
                <li>
                  <button
                    type="button"
                    class="link"
                    aria-current={p.id === selected()?.id ? 'true' : undefined}
                    disabled={editing()}
                    onClick={() => setSelectedId(p.id)}
                  >
                    {p.names[lang()]}
                  </button>
                  <span class="muted">
                    {' '}
                    ·{' '}
                    {p.builtIn
                      ? t('methodology.builtIn')
                      : `${t('methodology.own')}, ${t('methodology.version', { version: p.version })}`}
                  </span>
                  <Show when={p.id === agency.agency()?.profileId}>
                    <span class="chip">{t('methodology.inUse')}</span>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </nav>
        <Show when={shown()}>
          {(profile) => (
            <article aria-labelledby="profile-title" class="profile-detail">
              <h2 id="profile-title">{profile().names[lang()]}</h2>
              <div class="toolbar">
                <Show
                  when={editing()}
                  fallback={
                    <>
                      <Show when={profile().id !== agency.agency()?.profileId}>
                        <button type="button" onClick={() => void use(profile().id)}>
                          {t('methodology.use')}
                        </button>
                      </Show>
                      <button type="button" onClick={() => startEditing(profile(), true)}>
                        {t('methodology.clone')}
                      </button>
                      <Show when={!profile().builtIn}>
                        <button type="button" class="primary" onClick={() => startEditing(profile(), false)}>
                          {t('methodology.edit')}
                        </button>
                      </Show>
                    </>
                  }
                >
                  <button type="button" class="primary" onClick={() => void save()}>
                    {t('methodology.save')}
                  </button>
                  <button type="button" onClick={() => (setDraft('profile', null), setProblems([]))}>
                    {t('methodology.cancel')}
                  </button>
                </Show>
              </div>
              <div role="alert">
                <Show when={problems().length > 0}>
                  <p class="error-box">{t('methodology.problems', { count: problems().length })}</p>
                </Show>
              </div>
              <Show when={editing()}>
                <div class="form-grid">
                  <For each={['kk', 'ru', 'en'] as const}>
                    {(l) => (
                      <label class="field">
                        <span>
                          {t(l === 'kk' ? 'methodology.nameKk' : l === 'ru' ? 'methodology.nameRu' : 'methodology.nameEn')}
                        </span>
                        <input lang={l} value={profile().names[l]} onChange={(e) => setAt(['names', l], e.currentTarget.value)} />
                      </label>
                    )}
                  </For>
                </div>
              </Show>
              <For each={citedEntries(profile()).filter((entry) => parameterInUse(profile(), entry.path))}>
                {(entry) => (
                  <fieldset class="param" classList={{ 'has-problem': problemsAt(entry.path).length > 0 }}>
                    <legend>{label(entry.path)}</legend>
                    <ValueEditor
                      value={entry.cited.value}
                      path={[...entry.path.split('.'), 'value']}
                      root={profile()}
                      readonly={!editing()}
                      label={label(entry.path)}
                      onChange={setAt}
                    />
                    <div class="citation">
                      <Show when={entry.cited.assumption}>
                        {(id) => (
                          <p class="assumption">
                            <span class="assumption-mark" aria-hidden="true">
                              ≈
                            </span>{' '}
                            <strong>{t('methodology.assumption')}:</strong>{' '}
                            {ASSUMPTIONS[id()][lang() === 'en' ? 'en' : lang() === 'kk' ? 'kk' : 'ru']}{' '}
                            <span class="muted">{t('methodology.assumptionNote')}</span>
                          </p>
                        )}
                      </Show>
                      <Show
                        when={editing()}
                        fallback={
                          <Show when={entry.cited.source}>
                            <p class="muted">
                              {t('methodology.source')}: {app.i18n.formatSource(entry.cited.source ?? '')}
                            </p>
                          </Show>
                        }
                      >
                        <label class="inline">
                          <span>{t('methodology.source')}</span>
                          <input
                            value={entry.cited.source ?? ''}
                            placeholder={(entry.cited as { previousSource?: string }).previousSource ?? ''}
                            onChange={(e) => setSource(entry.path.split('.'), e.currentTarget.value)}
                            aria-label={`${t('methodology.source')}: ${label(entry.path)}`}
                          />
                        </label>
                      </Show>
                      <For each={problemsAt(entry.path)}>
                        {(p) => <p class="field-error">{app.i18n.tData(`methodology.problem.${p.code}`, p.params)}</p>}
                      </For>
                    </div>
                  </fieldset>
                )}
              </For>
            </article>
          )}
        </Show>
      </div>
      <section class="panel" aria-labelledby="acts-title">
        <h2 id="acts-title">{t('methodology.sources')}</h2>
        <p class="muted">{t('methodology.sourcesIntro')}</p>
        <dl class="acts">
          <For each={ACT_CODES}>
            {(code) => (
              <>
                <dt>{code}</dt>
                <dd>{ACTS[code][lang()]}</dd>
              </>
            )}
          </For>
        </dl>
      </section>
    </section>
  );
}
