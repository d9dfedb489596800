/** The unit tree: add, add a sub-unit, rename, move under another unit, delete (only when empty). */
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Unit } from '../../domain';
import { addUnit, deleteUnit, moveUnit, renameUnit } from '../../store/organisation';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';

export function UnitsPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [newName, setNewName] = createSignal('');
  const byParent = createMemo(() => {
    const map = new Map<string | null, Unit[]>();
    for (const u of agency.units()) map.set(u.parentId, [...(map.get(u.parentId) ?? []), u]);
    for (const list of map.values())
      list.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    return map;
  });
  const peopleIn = createMemo(() => {
    const map = new Map<string, number>();
    for (const e of agency.employees()) map.set(e.unitId, (map.get(e.unitId) ?? 0) + 1);
    return map;
  });

  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    if (newName().trim() === '') return;
    if ((await agency.run(addUnit(agency.ctx, newName(), null))) !== undefined) setNewName('');
  };

  return (
    <section aria-labelledby="units-title">
      <h1 id="units-title">{t('units.title')}</h1>
      <form class="inline-form" onSubmit={(e) => void add(e)}>
        <label>
          <span>{t('units.newName')}</span>
          <input value={newName()} onInput={(e) => setNewName(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          {t('units.add')}
        </button>
      </form>
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
  const [text, setText] = createSignal('');
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
    const done =
      mode() === 'rename'
        ? await agency.run(renameUnit(agency.ctx, props.unit.id, text()))
        : mode() === 'child'
          ? await agency.run(addUnit(agency.ctx, text(), props.unit.id))
          : await agency.run(moveUnit(agency.ctx, props.unit.id, target() === '' ? null : target()));
    if (done !== undefined) setMode('view');
  };

  const remove = async () => {
    if (!(await app.confirm(t('units.deleteConfirm', { name: props.unit.name }), t('app.delete')))) return;
    await agency.runOk(deleteUnit(agency.ctx, props.unit.id));
  };

  return (
    <div class="unit-item">
      <span class="unit-name">{props.unit.name}</span>
      <span class="muted">{t('units.people', { count: props.people })}</span>
      <Show
        when={mode() === 'view'}
        fallback={
          <form class="inline-form" onSubmit={(e) => void submit(e)}>
            <Show
              when={mode() === 'move'}
              fallback={
                <label>
                  <span>{mode() === 'rename' ? t('units.name') : t('units.newName')}</span>
                  <input
                    value={text()}
                    onInput={(e) => setText(e.currentTarget.value)}
                    ref={(el) => setTimeout(() => el.focus())}
                  />
                </label>
              }
            >
              <label>
                <span>{t('units.moveTo', { name: props.unit.name })}</span>
                <select value={target()} onChange={(e) => setTarget(e.currentTarget.value)}>
                  <option value="">{t('units.topLevel')}</option>
                  <For each={agency.units().filter((u) => !descendants().has(u.id))}>
                    {(u) => <option value={u.id}>{u.name}</option>}
                  </For>
                </select>
              </label>
            </Show>
            <button type="submit" class="primary">
              {t('app.save')}
            </button>
            <button type="button" onClick={() => setMode('view')}>
              {t('app.cancel')}
            </button>
          </form>
        }
      >
        <span class="unit-actions">
          <button
            type="button"
            class="link"
            onClick={() => (setText(props.unit.name), setMode('rename'))}
            aria-label={`${t('units.rename')}: ${props.unit.name}`}
          >
            {t('units.rename')}
          </button>
          <button
            type="button"
            class="link"
            onClick={() => (setText(''), setMode('child'))}
            aria-label={`${t('units.addChild')}: ${props.unit.name}`}
          >
            {t('units.addChild')}
          </button>
          <button
            type="button"
            class="link"
            onClick={() => (setTarget(props.unit.parentId ?? ''), setMode('move'))}
            aria-label={`${t('units.move')}: ${props.unit.name}`}
          >
            {t('units.move')}
          </button>
          <Show when={props.people === 0 && !agency.units().some((u) => u.parentId === props.unit.id)}>
            <button
              type="button"
              class="link danger"
              onClick={() => void remove()}
              aria-label={`${t('units.delete')}: ${props.unit.name}`}
            >
              {t('units.delete')}
            </button>
          </Show>
        </span>
      </Show>
    </div>
  );
}
