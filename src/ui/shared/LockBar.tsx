/**
 * Submit a unit's period (locks editing), or reopen it with a reason (logged). When people of the
 * unit have no complete result the submission lists them — who, what is missing — each with the
 * reason they are not evaluated; it goes ahead only with every reason given (or after they are scored).
 */
import { createEffect, createSignal, For, Show, type JSX } from 'solid-js';
import { fullName } from '../../domain';
import { useApp } from '../app/app-state';
import { KeysHelp } from './KeysHelp';
import type { PeriodLockState } from './UnitPeriodPicker';

/** What the notice "give a reason to reopen" waits on. */
const REOPEN_REASON = 'reopen-reason';

/** `children` go on the same bar (the page's other actions), then a `hint`, then the grid's `keys` behind a disclosure. */
export function LockBar(props: { lock: PeriodLockState; hint?: string; keys?: string; children?: JSX.Element }) {
  const app = useApp();
  const { t } = app.i18n;
  const [reason, setReason] = createSignal('');
  const reopen = async (e: SubmitEvent) => {
    e.preventDefault();
    if (reason().trim() === '') return app.notify(t('evaluate.reopenNeedsReason'), 'error', { causes: [REOPEN_REASON] });
    if (await props.lock.reopen(reason().trim())) setReason('');
  };
  const [reasons, setReasons] = createSignal<ReadonlyMap<string, string>>(new Map());
  const submitWith = (e: SubmitEvent) => {
    e.preventDefault();
    void props.lock.submitWith(reasons()).then((ok) => {
      if (ok) setReasons(new Map());
    });
  };
  // The list appears under the grid, maybe below the window's edge: it is brought into view.
  let panel: HTMLFormElement | undefined;
  const showPanel = (form: HTMLFormElement) => (panel = form);
  createEffect(() => {
    if (props.lock.missing()) queueMicrotask(() => panel?.scrollIntoView({ block: 'nearest' }));
  });
  return (
    <>
      <div class="toolbar lock-bar">
        <Show
          when={props.lock.info()}
          fallback={
            <button type="button" onClick={() => void props.lock.submit()}>
              {t('evaluate.submit')}
            </button>
          }
        >
          {(info) => (
            <div class="warning-box" role="status">
              <span>
                {t('evaluate.locked', { date: app.i18n.formatDateTime(info().at), who: info().operator || t('app.none') })}
                <Show when={info().notEvaluated.length > 0}>
                  {' '}
                  {t('evaluate.lockedNotEvaluated', { count: info().notEvaluated.length })}
                </Show>
              </span>
              <form class="inline-form" onSubmit={(e) => void reopen(e)}>
                <label>
                  <span>{t('evaluate.reopenReason')}</span>
                  <input
                    value={reason()}
                    onInput={(e) => {
                      setReason(e.currentTarget.value);
                      if (e.currentTarget.value.trim() !== '') app.resolve(REOPEN_REASON);
                    }}
                  />
                </label>
                <button type="submit">{t('evaluate.reopen')}</button>
              </form>
            </div>
          )}
        </Show>
        {props.children}
        <Show when={props.hint}>
          <span class="muted small">{props.hint}</span>
        </Show>
        <Show when={props.keys}>{(keys) => <KeysHelp text={keys()} />}</Show>
      </div>
      <Show when={!props.lock.info() && props.lock.missing()}>
        {(missing) => (
          <form ref={showPanel} class="panel" aria-labelledby="submission-missing" onSubmit={submitWith}>
            <h2 id="submission-missing">{t('evaluate.missingTitle', { count: missing().length })}</h2>
            <p>{t('evaluate.missingIntro')}</p>
            <table class="table compact">
              <thead>
                <tr>
                  <th scope="col">{t('evaluate.person')}</th>
                  <th scope="col">{t('evaluate.missingWhat')}</th>
                  <th scope="col">{t('evaluate.missingReason')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={missing()}>
                  {(c) => (
                    <tr>
                      <th scope="row">{fullName(c.employee)}</th>
                      <td>{c.blocks.map((b) => t(`case.blocks.${b}`)).join('; ')}</td>
                      <td>
                        <input
                          aria-label={`${t('evaluate.missingReason')}: ${fullName(c.employee)}`}
                          value={reasons().get(c.employee.id) ?? ''}
                          onInput={(e) => setReasons(new Map([...reasons(), [c.employee.id, e.currentTarget.value]]))}
                        />
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <div class="toolbar">
              <button type="submit" class="primary">
                {t('evaluate.submitWithReasons')}
              </button>
              <button type="button" onClick={() => props.lock.cancel()}>
                {t('evaluate.backToScoring')}
              </button>
            </div>
          </form>
        )}
      </Show>
    </>
  );
}
