/** Agency settings: names, methodology profile, who is working (this browser's name), periods, the change log, removal. */
import { browserLocks } from '../../platform/locks';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { BUILTIN_PROFILES, periodsOfYear } from '../../domain';
import { latestVersions } from '../../store/profiles';
import { deleteAgency, syncRegistryNames } from '../../store/agencies';
import { addPeriods } from '../../store/periods';
import { updateAgency } from '../../store/organisation';
import { nowIso, todayIso } from '../../platform/clock';
import { newId } from '../../platform/ids';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { ChangeLog } from './ChangeLog';

export function AgencyPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const a = () => agency.agency();
  const ownProfiles = agency.ownProfiles;
  const years = createMemo(() => [...new Set(agency.periods().map((p) => p.year))].sort());
  const [year, setYear] = createSignal(String(Number(todayIso().slice(0, 4)) + 1));

  const saveAgency = async (patch: Parameters<typeof updateAgency>[1]) => {
    const updated = await agency.run(updateAgency(agency.ctx, patch));
    if (updated) await syncRegistryNames(app.registry, updated);
  };

  const remove = async () => {
    const current = a();
    if (!current) return;
    const name = current.nameRu || current.nameKk;
    if (!(await app.confirm(t('agency.removeConfirm', { name }), t('app.delete')))) return;
    app.removingAgency(current.id);
    const result = await deleteAgency(
      app.registry,
      current.id,
      { now: nowIso, newId, operator: agency.ctx.operator },
      browserLocks,
    );
    if (!result.ok) {
      app.removingAgency(null);
      return app.failed(result.error);
    }
    app.selectAgency(null);
    location.hash = '#/employees';
  };

  return (
    <section aria-labelledby="agency-title">
      <h1 id="agency-title">{t('agency.title')}</h1>
      <Show when={a()}>
        {(current) => (
          <div class="form-grid panel">
            <label class="field">
              <span>{t('start.nameKk')}</span>
              <input
                lang="kk"
                value={current().nameKk}
                onChange={(e) => void saveAgency({ nameKk: e.currentTarget.value.trim() })}
              />
            </label>
            <label class="field">
              <span>{t('start.nameRu')}</span>
              <input
                lang="ru"
                value={current().nameRu}
                onChange={(e) => void saveAgency({ nameRu: e.currentTarget.value.trim() })}
              />
            </label>
            <label class="field">
              <span>{t('agency.profile')}</span>
              <select value={current().profileId} onChange={(e) => void saveAgency({ profileId: e.currentTarget.value })}>
                {/* `selected` per option: the agency's own profiles arrive after the select is built. */}
                <For each={[...BUILTIN_PROFILES, ...latestVersions(ownProfiles())]}>
                  {(p) => (
                    <option value={p.id} selected={p.id === current().profileId}>
                      {p.names[app.i18n.lang()]}
                    </option>
                  )}
                </For>
              </select>
            </label>
            <label class="field">
              <span>{t('agency.operator')}</span>
              <input
                value={app.operatorName() || agency.settings().operatorName}
                onChange={(e) => app.setOperatorName(e.currentTarget.value)}
              />
            </label>
          </div>
        )}
      </Show>

      <section aria-labelledby="periods-title" class="panel">
        <h2 id="periods-title">{t('agency.periods')}</h2>
        <ul class="chips">
          <For each={years()}>
            {(y) => (
              <li>
                <strong>{y}</strong>{' '}
                <For each={agency.periods().filter((p) => p.year === y)}>
                  {(p) => (
                    <span class="chip">{p.quarter === null ? t('agency.wholeYear') : t('agency.quarter', { q: p.quarter })}</span>
                  )}
                </For>
              </li>
            )}
          </For>
        </ul>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void agency.run(addPeriods(agency.ctx, periodsOfYear(Number(year()))));
          }}
        >
          <label>
            <span>{t('agency.year')}</span>
            <input type="number" min="2000" max="2100" value={year()} onInput={(e) => setYear(e.currentTarget.value)} />
          </label>
          <button type="submit">{t('agency.addYear')}</button>
        </form>
      </section>

      <ChangeLog />

      <section aria-labelledby="remove-title" class="panel danger-zone">
        <h2 id="remove-title">{t('agency.removeTitle')}</h2>
        <button type="button" class="danger" onClick={() => void remove()}>
          {a()?.demo ? t('agency.removeDemo') : t('agency.remove')}
        </button>
      </section>
    </section>
  );
}
