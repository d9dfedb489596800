/** Submit a unit's period (locks editing), or reopen it with a reason (logged). */
import { createSignal, Show } from 'solid-js';
import { useApp } from '../app/app-state';

export function LockBar(props: {
  info: { at: string; operator: string } | undefined;
  onSubmit: () => void;
  onReopen: (reason: string) => Promise<boolean>;
  hint: string;
}) {
  const app = useApp();
  const { t } = app.i18n;
  const [reason, setReason] = createSignal('');
  const reopen = async (e: SubmitEvent) => {
    e.preventDefault();
    if (reason().trim() === '') return app.notify(t('evaluate.reopenNeedsReason'), 'error');
    if (await props.onReopen(reason().trim())) setReason('');
  };
  return (
    <div class="toolbar lock-bar">
      <Show
        when={props.info}
        fallback={
          <button type="button" onClick={() => props.onSubmit()}>
            {t('evaluate.submit')}
          </button>
        }
      >
        {(info) => (
          <div class="warning-box" role="status">
            <span>
              {t('evaluate.locked', { date: app.i18n.formatDateTime(info().at), who: info().operator || t('app.none') })}
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
  );
}
