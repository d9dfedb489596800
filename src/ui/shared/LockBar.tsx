/**
 * Submit a unit's period (locks editing), or reopen it with a reason (logged). When people of the
 * unit have no complete result the submission lists them — who, what is missing — each with the
 * reason they are not evaluated; it goes ahead only with every reason given (or after they are scored).
 */
import { createSignal, For, Show } from 'solid-js';
import { fullName } from '../../domain';
import { useApp } from '../app/app-state';
import type { PeriodLockState } from './UnitPeriodPicker';

export function LockBar(props: { lock: PeriodLockState; hint: string }) {
  const app = useApp();
  const { t } = app.i18n;
  const [reason, setReason] = createSignal('');
  const reopen = async (e: SubmitEvent) => {
    e.preventDefault();
    if (reason().trim() === '') return app.notify(t('evaluate.reopenNeedsReason'), 'error');
    if (await props.lock.reopen(reason().trim())) setReason('');
  };
  const [reasons, setReasons] = createSignal<ReadonlyMap<string, string>>(new Map());
  const submitWith = (e: SubmitEvent) => {
    e.preventDefault();
    void props.lock.submitWith(reasons()).then((ok) => {
      if (ok) setReasons(new Map());
    });
  };
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
                  <input value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
                </label>
                <button type="submit">{t('evaluate.reopen')}</button>
              </form>
            </div>
          )}
        </Show>
        <span class="muted small">{props.hint}</span>
      </div>
      <Show when={!props.lock.info() && props.lock.missing()}>
        {(missing) => (
          <form class="panel" aria-labelledby="submission-missing" onSubmit={submitWith}>
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
