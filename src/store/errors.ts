/**
 * Storage failures as data: the UI shows `storeErrors.<code>` in the user's language.
 * Dexie errors are branched on `error.name` (and its `inner` error), never on message text.
 */
export type StoreErrorCode =
  | 'quota'
  | 'newerVersion'
  | 'closed'
  | 'constraint'
  | 'unitNotEmpty'
  | 'unitCycle'
  | 'notFound'
  | 'invalid'
  | 'locked'
  | 'kciSubmitted'
  | 'reasonRequired'
  | 'planReasonRequired'
  | 'protocolSigned'
  | 'alreadyAnswered'
  | 'signedBeforeHeld'
  | 'notSigned'
  | 'alreadyApproved'
  | 'alreadyAcquainted'
  | 'changedElsewhere'
  | 'editedElsewhere'
  | 'roundClosed'
  | 'unknown';

export interface StoreError {
  readonly code: StoreErrorCode;
  readonly detail?: string;
}

const NAMES: Readonly<Record<string, StoreErrorCode>> = {
  QuotaExceededError: 'quota',
  VersionError: 'newerVersion',
  DatabaseClosedError: 'closed',
  InvalidStateError: 'closed',
  ConstraintError: 'constraint',
};

export function classifyStoreError(error: unknown): StoreError {
  const seen: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.includes(current)) {
    seen.push(current);
    const { name, inner, message } = current as { name?: string; inner?: unknown; message?: string };
    if (name === 'BulkError' || name === 'AbortError') {
      const failures = (current as { failures?: unknown[] }).failures;
      if (failures?.[0]) return classifyStoreError(failures[0]);
    }
    const code = name === undefined ? undefined : NAMES[name];
    if (code) return { code, ...(message ? { detail: message } : {}) };
    if (typeof message === 'string' && /quota/i.test(message)) return { code: 'quota', detail: message };
    current = inner;
  }
  return { code: 'unknown', detail: error instanceof Error ? error.message : String(error) };
}
