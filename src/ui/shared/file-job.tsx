/**
 * A workbook job run from a page (`runJob` in the workbook worker) with what the user sees while it
 * runs: what is being read or written, how far it is, and a Cancel button. A job that is cancelled,
 * stopped at its time ceiling or killed by the browser comes back as a message in the user's
 * language, and nothing of it is applied.
 */
import { createSignal, onCleanup, Show } from 'solid-js';
import { JobStopped, READ_TIMEOUT_MS, runJob } from '../../io/workbook-client';
import type { JobName, Jobs } from '../../io/workbook-jobs';
import { downloadBytes } from '../../platform/download';
import { useApp } from '../app/app-state';

/** The jobs that give a workbook's bytes. */
type WriteJob = { [K in JobName]: ReturnType<Jobs[K]> extends Uint8Array ? K : never }[JobName];

export type JobOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string; readonly cancelled: boolean };

export function createFileJob() {
  const app = useApp();
  const [running, setRunning] = createSignal<{ label: string; share: number } | undefined>();
  let controller: AbortController | undefined;
  onCleanup(() => controller?.abort());

  /** Runs a job; a reading job (`read`) is stopped at the time ceiling. */
  const run = async <K extends JobName>(
    label: string,
    job: K,
    args: Parameters<Jobs[K]>,
    kind: 'read' | 'write' = 'read',
  ): Promise<JobOutcome<ReturnType<Jobs[K]>>> => {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    setRunning({ label, share: 0 });
    try {
      const value = await runJob(job, args, {
        signal: own.signal,
        onProgress: (share) => setRunning({ label, share }),
        ...(kind === 'read' ? { timeoutMs: READ_TIMEOUT_MS } : {}),
      });
      return { ok: true, value };
    } catch (e) {
      if (!(e instanceof JobStopped)) throw e;
      const { t, tData } = app.i18n;
      const message =
        e.reason === 'cancelled'
          ? t('reading.cancelled')
          : e.reason === 'tooSlow'
            ? tData('fileProblems.tooSlow', { seconds: e.seconds })
            : tData('fileProblems.readerStopped', undefined);
      return { ok: false, message, cancelled: e.reason === 'cancelled' };
    } finally {
      if (controller === own) {
        controller = undefined;
        setRunning(undefined);
      }
    }
  };

  /** Writes a workbook in the worker and saves it; false when it was cancelled or failed (said in a notice). */
  const download = async <K extends WriteJob>(job: K, args: Parameters<Jobs[K]>, fileName: string): Promise<boolean> => {
    const done = await run(app.i18n.t('reading.writing'), job, args, 'write');
    if (!done.ok) {
      if (!done.cancelled) app.notify(done.message, 'error');
      return false;
    }
    downloadBytes(done.value as Uint8Array, fileName);
    return true;
  };

  return { run, download, running, busy: () => running() !== undefined, cancel: () => controller?.abort() };
}

export type FileJob = ReturnType<typeof createFileJob>;

/** What a running job shows: its label, a progress bar once it reports, and Cancel. */
export function JobProgress(props: { readonly job: FileJob }) {
  const { t } = useApp().i18n;
  return (
    <Show when={props.job.running()}>
      {(state) => (
        <div class="job-progress" role="status">
          <span>{state().label}</span>
          <Show when={state().share > 0}>
            <progress max={1} value={state().share} aria-label={state().label} />
          </Show>
          <button type="button" onClick={() => props.job.cancel()}>
            {t('reading.cancel')}
          </button>
        </div>
      )}
    </Show>
  );
}
