/**
 * The page's side of the workbook worker: `runJob('readRoster', [bytes], …)` runs the job in a
 * worker of its own and resolves with what it returns. The page stays responsive whatever the file
 * holds; a job can be cancelled (its worker is terminated, nothing half-read comes back) and a
 * reading job that runs past its time ceiling is stopped the same way — a crafted file costs
 * seconds, never the tab. Only types come from the jobs module, so no parser is loaded here.
 */
import WorkbookWorker from 'virtual:workbook-worker';
import { resultCollector } from './job-parts';
import type { JobMessage, JobName, JobRequest, Jobs } from './workbook-jobs';

/** Why a job gave no result. */
export type JobStopReason = 'cancelled' | 'tooSlow' | 'readerStopped';

export class JobStopped extends Error {
  constructor(
    readonly reason: JobStopReason,
    readonly seconds = 0,
  ) {
    super(reason);
  }
}

export interface JobOptions {
  readonly signal?: AbortSignal;
  /** Share done, 0…1, as the job reports it. */
  readonly onProgress?: (share: number) => void;
  /** Stop the job after this long (reading jobs: a file the parser cannot finish is refused). */
  readonly timeoutMs?: number;
}

/** Reading an honest 100,000-row roster takes ~5 s on a weak PC; twelve times that is not a roster. */
export const READ_TIMEOUT_MS = 60_000;

export function runJob<K extends JobName>(
  job: K,
  args: Parameters<Jobs[K]>,
  options: JobOptions = {},
): Promise<ReturnType<Jobs[K]>> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new JobStopped('cancelled'));
      return;
    }
    const worker = new WorkbookWorker();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      worker.terminate();
      if (timer !== undefined) clearTimeout(timer);
      options.signal?.removeEventListener('abort', cancel);
    };
    const stop = (reason: JobStopReason, seconds = 0) => {
      finish();
      reject(new JobStopped(reason, seconds));
    };
    const cancel = () => stop('cancelled');
    options.signal?.addEventListener('abort', cancel);
    if (options.timeoutMs !== undefined) {
      const ms = options.timeoutMs;
      timer = setTimeout(() => stop('tooSlow', Math.round(ms / 1000)), ms);
    }
    // A long list of the result comes first, in parts; `done` carries the rest.
    const parts = resultCollector();
    worker.onmessage = (event: MessageEvent<JobMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') options.onProgress?.(message.share);
      else if (message.kind === 'part') parts.add(message);
      else if (message.kind === 'done') {
        finish();
        resolve(parts.whole(message.result) as ReturnType<Jobs[K]>);
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    // A worker that dies (out of memory) or cannot receive its input reports here.
    worker.onerror = (event) => {
      event.preventDefault();
      stop('readerStopped');
    };
    worker.onmessageerror = () => stop('readerStopped');
    const request: JobRequest = { job, args };
    worker.postMessage(request);
  });
}
