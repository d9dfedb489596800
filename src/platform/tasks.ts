/**
 * A break in long work on the page's thread: resolves in a later task, so the browser paints and
 * answers the user in between (issue 21: no main-thread task over 100 ms). `scheduler.yield` where
 * the browser has it (the work resumes ahead of other queued tasks), a zero timeout elsewhere.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
