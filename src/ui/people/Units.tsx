/** The unit tree: add, add a sub-unit, rename, move under another unit, delete (only when empty). */
import { createMemo, createSignal, For, onMount, Show } from 'solid-js';
import { suggestedLanguage, unitNameIn, type Unit, type UnitNames } from '../../domain';
import { addUnit, deleteUnit, moveUnit, renameUnit } from '../../store/organisation';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';

export function UnitsPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [newNames, setNewNames] = createSignal<UnitNames>({});
  const [blank, setBlank] = createSignal(false);
  const shown = (u: Unit) => unitNameIn(u, app.i18n.lang());
  const byParent = createMemo(() => {
    const map = new Map<string | null, Unit[]>();
    for (const u of agency.units()) map.set(u.parentId, [...(map.get(u.parentId) ?? []), u]);
    for (const list of map.values())
      list.sort((a, b) => a.order - b.order || shown(a).localeCompare(shown(b)) || (a.id < b.id ? -1 : 1));
    return map;
  });
  const peopleIn = createMemo(() => {
    const map = new Map<string, number>();
    for (const e of agency.employees()) map.set(e.unitId, (map.get(e.unitId) ?? 0) + 1);
    return map;
  });

  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    const names = newNames();
    setBlank((names.kk ?? '').trim() === '' && (names.ru ?? '').trim() === '');
    if (blank()) return;
    if ((await agency.run(addUnit(agency.ctx, names, null))) !== undefined) setNewNames({});
  };

  return (
    <section aria-labelledby="units-title">
      <h1 id="units-title">{t('units.title')}</h1>
      <form class="inline-form" onSubmit={(e) => void add(e)}>
        <NameFields names={newNames()} onInput={setNewNames} fresh />
        <button type="submit" class="primary">
          {t('units.add')}
        </button>
      </form>
      <p class="muted">{t('units.namesHint')}</p>
      <Show when={blank()}>
        <p role="alert" class="error-box">
          {t('units.namesNeeded')}
        </p>
      </Show>
      <Show when={agency.units().length > 0} fallback={<p class="muted">{t('units.empty')}</p>}>
        <UnitList parentId={null} byParent={byParent()} peopleIn={peopleIn()} />
      </Show>
    </section>
  );
}

function UnitList(props: { parentId: string | null; byParent: Map<string | null, Unit[]>; peopleIn: Map<string, number> }) {
  return (
    <ul class="unit-tree">
      <For each={props.byParent.get(props.parentId) ?? []}>
        {(unit) => (
          <li>
            <UnitItem unit={unit} people={props.peopleIn.get(unit.id) ?? 0} />
            <Show when={(props.byParent.get(unit.id) ?? []).length > 0}>
              <UnitList parentId={unit.id} byParent={props.byParent} peopleIn={props.peopleIn} />
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}

function UnitItem(props: { unit: Unit; people: number }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [mode, setMode] = createSignal<'view' | 'rename' | 'move' | 'child'>('view');
  const [names, setNames] = createSignal<UnitNames>({});
  const [blank, setBlank] = createSignal(false);
  const shown = () => unitNameIn(props.unit, app.i18n.lang());
  /** The names to edit: the unit's own; an older unit's one name in the field of the language its letters show. */
  const editNames = (): UnitNames => props.unit.names ?? { [suggestedLanguage(props.unit.name)]: props.unit.name };
  const [target, setTarget] = createSignal<string>('');

  const descendants = () => {
    const out = new Set([props.unit.id]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const u of agency.units()) {
        if (u.parentId !== null && out.has(u.parentId) && !out.has(u.id)) {
          out.add(u.id);
          grew = true;
        }
      }
    }
    return out;
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const given = names();
    setBlank(mode() !== 'move' && (given.kk ?? '').trim() === '' && (given.ru ?? '').trim() === '');
    if (blank()) return;
    const done =
      mode() === 'rename'
        ? await agency.run(renameUnit(agency.ctx, props.unit.id, given))
        : mode() === 'child'
          ? await agency.run(addUnit(agency.ctx, given, props.unit.id))
          : await agency.run(moveUnit(agency.ctx, props.unit.id, target() === '' ? null : target()));
    if (done === undefined) return;
    setMode('view');
    setBlank(false);
  };

  const remove = async () => {
    if (!(await app.confirm(t('units.deleteConfirm', { name: shown() }), t('app.delete')))) return;
    await agency.runOk(deleteUnit(agency.ctx, props.unit.id));
  };

  return (
    <div class="unit-item">
      <span class="unit-name">{shown()}</span>
      <span class="muted">{t('units.people', { count: props.people })}</span>
      <Show
        when={mode() === 'view'}
        fallback={
          <form class="inline-form" onSubmit={(e) => void submit(e)}>
            <Show
              when={mode() === 'move'}
              fallback={
                <>
                  <NameFields names={names()} onInput={setNames} fresh={mode() === 'child'} focus />
                  <Show when={mode() === 'rename' && props.unit.names === undefined}>
                    <p class="muted">{t('units.languageUnknown', { name: props.unit.name })}</p>
                  </Show>
                  <Show when={blank()}>
                    <p role="alert" class="error-box">
                      {t('units.namesNeeded')}
                    </p>
                  </Show>
                </>
              }
            >
              <label>
                <span>{t('units.moveTo', { name: shown() })}</span>
                <select value={target()} onChange={(e) => setTarget(e.currentTarget.value)}>
                  <option value="">{t('units.topLevel')}</option>
                  <For each={agency.units().filter((u) => !descendants().has(u.id))}>
                    {(u) => <option value={u.id}>{unitNameIn(u, app.i18n.lang())}</option>}
                  </For>
                </select>
              </label>
            </Show>
            <button type="submit" class="primary">
              {t('app.save')}
            </button>
            <button type="button" onClick={() => (setBlank(false), setMode('view'))}>
              {t('app.cancel')}
            </button>
          </form>
        }
      >
        <span class="unit-actions">
          <button
            type="button"
            class="link"
            onClick={() => (setNames(editNames()), setMode('rename'))}
            aria-label={`${t('units.rename')}: ${shown()}`}
          >
            {t('units.rename')}
          </button>
          <button
            type="button"
            class="link"
            onClick={() => (setNames({}), setMode('child'))}
            aria-label={`${t('units.addChild')}: ${shown()}`}
          >
            {t('units.addChild')}
          </button>
          <button
            type="button"
            class="link"
            onClick={() => (setTarget(props.unit.parentId ?? ''), setMode('move'))}
            aria-label={`${t('units.move')}: ${shown()}`}
          >
            {t('units.move')}
          </button>
          <Show when={props.people === 0 && !agency.units().some((u) => u.parentId === props.unit.id)}>
            <button
              type="button"
              class="link danger"
              onClick={() => void remove()}
              aria-label={`${t('units.delete')}: ${shown()}`}
            >
              {t('units.delete')}
            </button>
          </Show>
        </span>
      </Show>
    </div>
  );
}

/** The unit's name in Kazakh and in Russian, each in its own field. */
function NameFields(props: { names: UnitNames; onInput: (names: UnitNames) => void; fresh?: boolean; focus?: boolean }) {
  const { t } = useApp().i18n;
  let first: HTMLInputElement | undefined;
  // The first field takes the focus as the fields come, in the same task: a timer for it fired late
  // on a busy PC, after the user had clicked into the other field, and took the typing there.
  onMount(() => {
    if (props.focus) first?.focus();
  });
  const field = (l: 'kk' | 'ru') => (
    <label>
      <span>
        {t(props.fresh ? (l === 'kk' ? 'units.newNameKk' : 'units.newNameRu') : l === 'kk' ? 'units.nameKk' : 'units.nameRu')}
      </span>
      <input
        lang={l}
        value={props.names[l] ?? ''}
        onInput={(e) => props.onInput({ ...props.names, [l]: e.currentTarget.value })}
        ref={(el) => {
          if (l === 'kk') first = el;
        }}
      />
    </label>
  );
  return (
    <>
      {field('kk')}
      {field('ru')}
    </>
  );
}
