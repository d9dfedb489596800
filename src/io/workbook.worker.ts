/**
 * The workbook worker: one job per worker, so a cancelled, stuck or crashed job takes nothing with
 * it (the page terminates the worker). Written workbooks come back as transferred bytes; a long list
 * in a result (a roster's matched rows) comes in parts.
 */
import { readProgress } from './read-workbook';
import { splitResult } from './job-parts';
import { jobs, type JobMessage, type JobRequest } from './workbook-jobs';

interface WorkerScope {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage(message: JobMessage, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const post = (message: JobMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = (event: MessageEvent<JobRequest>) => {
  const { job, args } = event.data;
  readProgress.report = (share) => post({ kind: 'progress', share });
  try {
    const run = jobs[job] as (...a: readonly unknown[]) => unknown;
    const { parts, rest: result } = splitResult(run(...args));
    for (const part of parts) post({ kind: 'part', ...part });
    post({ kind: 'done', result }, result instanceof Uint8Array ? [result.buffer as ArrayBuffer] : []);
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
