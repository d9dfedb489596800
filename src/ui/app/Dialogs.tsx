/** The confirmation dialog (a real modal <dialog>: focus is trapped and Esc cancels) and notices. */
import { createEffect, createSignal, For, Show } from 'solid-js';
import { useApp, type Notice } from './app-state';
import { showFirstScreenNow } from './first-screen';

export function ConfirmDialog() {
  const app = useApp();
  let dialog!: HTMLDialogElement;
  createEffect(() => {
    const request = app.confirmRequest();
    if (request && !dialog.open) {
      showFirstScreenNow();
      dialog.showModal();
    }
    if (!request && dialog.open) dialog.close();
  });
  const answer = (value: boolean) => app.confirmRequest()?.resolve(value);
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby="confirm-text" onCancel={() => answer(false)}>
      <p id="confirm-text">{app.confirmRequest()?.message}</p>
      <div class="buttons">
        <button type="button" onClick={() => answer(false)}>
          {app.i18n.t('app.cancel')}
        </button>
        <button type="button" class="primary" onClick={() => answer(true)}>
          {app.confirmRequest()?.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

/**
 * The notices float at the top right, under the navigation (issue 19): over the page's chrome, not
 * over a grid's scores or the actions under it; they never take the focus.
 */
export function Notices() {
  const app = useApp();
  const list = (kind: 'info' | 'error') => app.notices().filter((n) => n.kind === kind);
  const [top, setTop] = createSignal(8);
  createEffect(() => {
    if (app.notices().length === 0) return;
    showFirstScreenNow();
    const above = document.querySelector('nav.main-nav') ?? document.querySelector('header.top');
    setTop(Math.max(8, Math.round((above?.getBoundingClientRect().bottom ?? 0) + 8)));
  });
  const item = (n: Notice) => (
    <li>
      <span>{n.text}</span>
      <Show when={n.action}>
        {(a) => (
          <button
            type="button"
            onClick={() => {
              app.dismissNotice(n.id);
              a().run();
            }}
          >
            {a().label}
          </button>
        )}
      </Show>
      <button type="button" class="link" onClick={() => app.dismissNotice(n.id)} aria-label={app.i18n.t('app.close')}>
        ×
      </button>
    </li>
  );
  return (
    <div class="notices" style={{ top: `${top()}px` }}>
      <div role="status">
        <ul class="notice-list info">
          <For each={list('info')}>{item}</For>
        </ul>
      </div>
      <div role="alert">
        <ul class="notice-list error">
          <For each={list('error')}>{item}</For>
        </ul>
      </div>
    </div>
  );
}

export function Banner(props: {
  when: boolean;
  text: string;
  action?: { label: string; run: () => void };
  secondary?: { label: string; run: () => void };
}) {
  return (
    <Show when={props.when}>
      <div class="banner" role="region" aria-label={props.text}>
        <span>{props.text}</span>
        <Show when={props.action}>
          {(a) => (
            <button type="button" class="primary" onClick={() => a().run()}>
              {a().label}
            </button>
          )}
        </Show>
        <Show when={props.secondary}>
          {(a) => (
            <button type="button" onClick={() => a().run()}>
              {a().label}
            </button>
          )}
        </Show>
      </div>
    </Show>
  );
}
