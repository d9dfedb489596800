/** Persistent storage and quota, as the browser reports them. */
export interface StorageState {
  readonly persisted: boolean | null;
  readonly usage: number | null;
  readonly quota: number | null;
}

export async function readStorageState(): Promise<StorageState> {
  const storage = globalThis.navigator?.storage;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => undefined) : undefined;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks once for persistent storage; returns whether the browser granted it. */
export async function requestPersistence(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  return storage.persist().catch(() => false);
}
