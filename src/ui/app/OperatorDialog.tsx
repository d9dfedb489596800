/**
 * Who is working on this computer (issue 19): asked once per browser on the first agency screen
 * when no name is known, and whenever the header or the agency page asks to change it. The name is
 * the browser's (`platform/operator.ts`); an agency of an older version that kept one in its
 * settings gives it to the browser. Respondent mode never mounts this (the kiosk asks nothing).
 */
import { createEffect, createSignal, Show } from 'solid-js';
import { useApp } from './app-state';
import { useAgency } from './agency-state';
import { showFirstScreenNow } from './first-screen';
import './operator.css';

export function OperatorDialog() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  let dialog!: HTMLDialogElement;
  let input!: HTMLInputElement;
  const [postponed, setPostponed] = createSignal(false);
  const [draft, setDraft] = createSignal('');
  const [error, setError] = createSignal('');
  const stored = () => agency.settings().operatorName;
  createEffect(() => {
    if (agency.settingsLoaded() && app.operatorName() === '' && stored() !== '') app.setOperatorName(stored());
  });
  const unknown = () => agency.settingsLoaded() && app.operatorName() === '' && stored() === '' && !postponed();
  const open = () => app.operatorDialogRequested() || unknown();
  createEffect(() => {
    if (open() && !dialog.open) {
      setDraft(app.operatorName());
      setError('');
      showFirstScreenNow();
      dialog.showModal();
      input.focus();
    }
    if (!open() && dialog.open) dialog.close();
  });
  const later = () => {
    setPostponed(true);
    app.requestOperatorDialog(false);
  };
  const save = (e: SubmitEvent) => {
    e.preventDefault();
    if (draft().trim() === '') {
      setError(t('operator.required'));
      input.focus();
      return;
    }
    app.setOperatorName(draft());
    app.requestOperatorDialog(false);
  };
  return (
    <dialog
      ref={dialog}
      class="confirm operator-dialog"
      aria-labelledby="operator-title"
      aria-describedby="operator-intro"
      onCancel={(e) => {
        e.preventDefault();
        later();
      }}
    >
      <form onSubmit={save} novalidate>
        <h2 id="operator-title">{t('operator.title')}</h2>
        <p id="operator-intro">{t('operator.intro')}</p>
        <label>
          <span>{t('operator.name')}</span>
          <input
            ref={input}
            value={draft()}
            onInput={(e) => setDraft(e.currentTarget.value)}
            placeholder={t('operator.hint')}
            autocomplete="name"
            maxlength="200"
            aria-describedby="operator-error"
            aria-invalid={error() === '' ? undefined : 'true'}
          />
        </label>
        <p id="operator-error" class="field-error" role="alert">
          <Show when={error()}>{error()}</Show>
        </p>
        <div class="buttons">
          <button type="button" onClick={later}>
            {t('operator.later')}
          </button>
          <button type="submit" class="primary">
            {t('operator.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The header's compact "Working: <name>" — a button that opens the dialog to change it. */
export function OperatorBadge() {
  const app = useApp();
  const { t } = app.i18n;
  const shown = () => app.operatorName() || t('operator.nobody');
  return (
    <button
      type="button"
      class="operator"
      aria-haspopup="dialog"
      title={t('operator.change', { name: shown() })}
      onClick={() => app.requestOperatorDialog(true)}
    >
      {t('operator.who')} <strong>{shown()}</strong>
    </button>
  );
}
