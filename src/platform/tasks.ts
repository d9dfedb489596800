/**
 * A break in long work on the page's thread: resolves in a later task, so the browser paints and
 * answers the user in between (issue 21: no main-thread task over 100 ms). `scheduler.yield` where
 * the browser has it (the work resumes ahead of other queued tasks), a zero timeout elsewhere.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A break until the browser has drawn a frame: what the page added before it is laid out in that
 * frame, not together with what comes after (a task that yields with `nextTask` may run again ahead
 * of the drawing, and the layout of all its steps then falls in one long task). A hidden page draws
 * no frames: there the break ends after a tenth of a second.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
