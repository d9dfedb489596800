/**
 * Under a form: the fields another tab changed since the user changed them here (issue 20 §4), each
 * with the stored value and the user's, and the choice — keep mine (the save then overwrites) or
 * take the stored one. Shown as soon as the stored change arrives, before any save.
 */
import { For, Show } from 'solid-js';
import { useApp } from '../app/app-state';
import type { RecordForm } from './record-form';

/** A field's name on the form and its value in words (undefined: named without its values). */
export type FieldWords<T> = (field: keyof T & string, value: T) => { readonly label: string; readonly text?: string };

/** What the box needs of a form (a `createRecordForm`, or a page's own draft with the same answers). */
export type ConflictSource<T extends object> = Pick<RecordForm<T>, 'conflicts' | 'stored' | 'value' | 'keepMine' | 'takeTheirs'>;

export function ConflictBox<T extends object>(props: { form: ConflictSource<T>; words: FieldWords<T> }) {
  const { t } = useApp().i18n;
  const shown = (s: string | undefined) => (s === undefined || s.trim() === '' ? t('conflict.empty') : s);
  return (
    <Show when={props.form.conflicts().length > 0}>
      <div class="warning-box" role="alert">
        <p>{t('conflict.title')}</p>
        <ul>
          <For each={props.form.conflicts()}>
            {(field) => {
              const theirs = () => props.words(field, props.form.stored());
              const mine = () => props.words(field, props.form.value());
              return (
                <li>
                  {theirs().text === undefined
                    ? t('conflict.itemPlain', { field: theirs().label })
                    : t('conflict.item', { field: theirs().label, theirs: shown(theirs().text), mine: shown(mine().text) })}
                </li>
              );
            }}
          </For>
        </ul>
        <p class="muted small">{t('conflict.hint')}</p>
        <div class="toolbar">
          <button type="button" onClick={() => props.form.keepMine()}>
            {t('conflict.keepMine')}
          </button>
          <button type="button" onClick={() => props.form.takeTheirs()}>
            {t('conflict.takeTheirs')}
          </button>
        </div>
      </div>
    </Show>
  );
}
