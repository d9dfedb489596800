/**
 * Locks shared by this browser's tabs: the Web Locks API (released by the browser when a tab is
 * closed or killed). Where a browser has none, each tab holds its own (one tab at a time is then the
 * user's part, as before).
 */
interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: boolean }, fn: (lock: unknown) => Promise<T>): Promise<T>;
  request<T>(name: string, fn: (lock: unknown) => Promise<T>): Promise<T>;
}

const manager = (): LockManagerLike | undefined => (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;

export const browserLocks = {
  hold<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const locks = manager();
    return locks ? locks.request(name, () => fn()) : fn();
  },
  async tryHold<T>(
    name: string,
    fn: () => Promise<T>,
  ): Promise<{ readonly ran: true; readonly value: T } | { readonly ran: false }> {
    const locks = manager();
    if (!locks) return { ran: true, value: await fn() };
    return locks.request(name, { ifAvailable: true }, async (lock) =>
      lock === null ? { ran: false as const } : { ran: true as const, value: await fn() },
    );
  },
};
