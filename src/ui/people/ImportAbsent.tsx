/**
 * The people a roster leaves out (issue 19 §1). A partial file only names the absentees of the units
 * it lists; a file HR says is the agency's full roster lists everyone it leaves out, each ticked, and
 * marks those still ticked as dismissed on one day — applied with the rest of the import, in its one
 * transaction (`absentDismissals`, `planRosterImport`).
 */
import { DateInput } from '../shared/DateInput';
import { batch, createMemo, createSignal, For, Show } from 'solid-js';
import { absentDismissals, formatDate, fullName, type Employee } from '../../domain';
import { useApp } from '../app/app-state';
import { fieldLabel } from '../shared/messages';

/** HR's choice about a file's absentees: full roster or not, the day, the people unticked. */
export function createAbsentChoice(absent: () => readonly Employee[]) {
  const [full, setFull] = createSignal(false);
  const [day, setDay] = createSignal('');
  const [unticked, setUnticked] = createSignal<ReadonlySet<string>>(new Set());
  const chosen = createMemo(() => new Set(absent().flatMap((e) => (unticked().has(e.id) ? [] : [e.id]))));
  // The day as the date field gives it: a valid ISO day, or '' while there is none or the text is refused.
  const [dayRefused, setDayRefused] = createSignal(false);
  const dismissals = createMemo(() =>
    absentDismissals(absent(), { scope: full() ? 'full' : 'partial', on: dayRefused() ? '' : day(), chosen: chosen() }),
  );
  const tick = (id: string, on: boolean) => {
    const next = new Set(unticked());
    if (on) next.delete(id);
    else next.add(id);
    setUnticked(next);
  };
  const tickAll = (on: boolean) => setUnticked(on ? new Set<string>() : new Set(absent().map((e) => e.id)));
  const reset = () =>
    batch(() => {
      setFull(false);
      setDay('');
      setDayRefused(false);
      setUnticked(new Set<string>());
    });
  return { full, setFull, day, setDay, setDayRefused, chosen, tick, tickAll, dismissals, reset };
}

export type AbsentChoiceState = ReturnType<typeof createAbsentChoice>;

export function ImportAbsent(props: {
  readonly choice: AbsentChoiceState;
  /** The absentees of the units the file names (said for a partial file). */
  readonly ofUnits: readonly Employee[];
  /** Everyone stored and not dismissed whom no row matches (a full roster's absentees). */
  readonly ofAgency: readonly Employee[];
  readonly unitName: (id: string) => string;
}) {
  const app = useApp();
  const { t } = app.i18n;
  // The choice's state is made once by the page and never replaced: read through once here.
  // eslint-disable-next-line solid/reactivity
  const c = props.choice;
  const names = (people: readonly Employee[]) =>
    people
      .slice(0, 20)
      .map((e) => fullName(e))
      .join(', ')
      .concat(people.length > 20 ? ', …' : '');
  const refusal = () => {
    const r = c.dismissals();
    if (r.ok) return '';
    return r.error.code === 'dateRequired'
      ? t('import.dismissDateRequired')
      : t('import.dismissBeforeAppointment', { names: names(r.error.people) });
  };
  return (
    <section aria-labelledby="absent-title" class="panel">
      <h2 id="absent-title">{t('import.absentTitle')}</h2>
      <label class="checkbox">
        <input type="checkbox" checked={c.full()} onChange={(e) => c.setFull(e.currentTarget.checked)} />
        <span>{t('import.fullRoster')}</span>
      </label>
      <p class="muted">{t('import.fullRosterHint')}</p>
      <Show when={!c.full() && props.ofUnits.length > 0}>
        <p role="status" class="warning-box">
          {t('import.absent', { count: props.ofUnits.length, names: names(props.ofUnits) })}
        </p>
      </Show>
      <Show when={c.full()}>
        <Show when={props.ofAgency.length > 0} fallback={<p role="status">{t('import.absentNone')}</p>}>
          <p role="status" id="absent-full">
            {t('import.absentFull', { count: props.ofAgency.length })}
          </p>
          <div class="inline-form">
            {/* A refused day counts as none: the last valid one typed must not be applied under it. */}
            <DateInput
              label={t('import.dismissOn')}
              value={c.day() || null}
              onChange={(iso) => c.setDay(iso ?? '')}
              onValidity={(ok) => c.setDayRefused(!ok)}
            />
            <label class="checkbox">
              <input
                type="checkbox"
                checked={c.chosen().size === props.ofAgency.length}
                onChange={(e) => c.tickAll(e.currentTarget.checked)}
              />
              <span>{t('import.dismissAll')}</span>
            </label>
          </div>
          <p role="alert" class="warning-box" hidden={refusal() === ''}>
            {refusal()}
          </p>
          <div class="table-scroll" tabindex="0" role="region" aria-labelledby="absent-full">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('import.person')}</th>
                  <th scope="col">{fieldLabel(app.i18n, 'position')}</th>
                  <th scope="col">{fieldLabel(app.i18n, 'unit')}</th>
                  <th scope="col">{fieldLabel(app.i18n, 'appointedOn')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={props.ofAgency}>
                  {(e) => (
                    <tr>
                      <td>
                        <label class="checkbox">
                          <input
                            type="checkbox"
                            checked={c.chosen().has(e.id)}
                            onChange={(ev) => c.tick(e.id, ev.currentTarget.checked)}
                          />
                          <span>{fullName(e)}</span>
                        </label>
                      </td>
                      <td>{e.position}</td>
                      <td>{props.unitName(e.unitId)}</td>
                      <td>{formatDate(e.appointedOn)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
      </Show>
    </section>
  );
}
