/**
 * Creating, restoring or removing an agency touches two databases — the agency's own and the
 * registry that lists it — and no transaction spans both. So each writes what it is about to do to
 * the registry first (an intent), and the registry transaction that completes it (the listing and
 * its log entry) removes the intent. A tab closed or a browser killed in between leaves the intent,
 * and the next start settles it: data that was written is listed with its log entry; data that was
 * not leaves nothing behind — no empty database no one lists, no restore without its log entry. An
 * operation of another tab still running holds its agency's lock and is left alone.
 */
import Dexie from 'dexie';
import { AgencyDb, agencyDbName, openDb, type RegistryDb, type RegistryIntent } from './db';

/** Locks shared by this browser's tabs (the Web Locks API in the app; none in tests of one connection). */
export interface Locks {
  /** Runs `fn` holding the lock named, waiting for it. */
  hold<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Runs `fn` holding the lock if no one holds it; when someone does, `fn` is not run. */
  tryHold<T>(name: string, fn: () => Promise<T>): Promise<{ readonly ran: true; readonly value: T } | { readonly ran: false }>;
}
export const NO_LOCKS: Locks = {
  hold: (_name, fn) => fn(),
  tryHold: async (_name, fn) => ({ ran: true, value: await fn() }),
};

/** The lock every operation on one agency's database holds. */
export const agencyLock = (agencyId: string): string => `bagalau-agency-${agencyId}`;

export type AuditFingerprint = NonNullable<RegistryIntent['audit']>;

/** The fingerprint of audit rows (a snapshot's, a new agency's): their count and the highest id. */
export function auditFingerprintOf(rows: readonly Record<string, unknown>[]): AuditFingerprint {
  const ids = rows.map((r) => r['id']).filter((id): id is number => typeof id === 'number');
  return { count: rows.length, lastId: ids.length > 0 ? Math.max(...ids) : null };
}

async function auditFingerprint(db: AgencyDb): Promise<AuditFingerprint> {
  const count = await db.audit.count();
  const last = await db.audit.orderBy(':id').last();
  return { count, lastId: last?.id ?? null };
}

const sameFingerprint = (a: AuditFingerprint | null, b: AuditFingerprint): boolean =>
  a !== null && a.count === b.count && a.lastId === b.lastId;

/** Lists the agency the intent wrote and logs it, in the registry's one transaction that ends the intent. */
export async function completeIntent(registry: RegistryDb, intent: RegistryIntent): Promise<void> {
  await registry.transaction('rw', [registry.agencies, registry.log, registry.intents], async () => {
    if (intent.agency) {
      const existing = await registry.agencies.get(intent.agencyId);
      await registry.agencies.put({ ...intent.agency, lastBackupAt: existing?.lastBackupAt ?? null });
    }
    await registry.log.add({
      at: intent.at,
      operator: intent.operator,
      action: intent.kind,
      agencyId: intent.agencyId,
      detail: intent.detail,
    });
    await registry.intents.delete(intent.agencyId);
  });
}

/** What settling an intent came to, for the user to be told. */
export interface Settled {
  readonly kind: RegistryIntent['kind'];
  /** The data was written (and is now listed and logged), or nothing of it was. */
  readonly outcome: 'completed' | 'undone';
  readonly detail: string;
}

/**
 * Settles an intent whose operation is not running (its lock is free): a creation or restore is
 * completed when the agency's database holds the data it was to write — its audit fingerprint —
 * else undone (a database the registry never listed is deleted; a listed one kept its old data,
 * since the restore's one transaction did not commit); a removal is finished.
 */
export async function settleIntent(registry: RegistryDb, intent: RegistryIntent): Promise<Settled | undefined> {
  const name = agencyDbName(intent.agencyId);
  if (intent.kind === 'deleteAgency') {
    await Dexie.delete(name);
    await registry.intents.delete(intent.agencyId);
    return { kind: intent.kind, outcome: 'completed', detail: intent.detail };
  }
  // Opening creates the database if the operation never did: it is then deleted below.
  const opened = await openDb(new AgencyDb(name), () => undefined);
  if (!opened.ok) return undefined; // a newer copy of the app owns it; left for that copy
  let written: boolean;
  try {
    written = intent.audit !== null && sameFingerprint(intent.audit, await auditFingerprint(opened.value));
  } finally {
    opened.value.close();
  }
  if (written) {
    await completeIntent(registry, intent);
    return { kind: intent.kind, outcome: 'completed', detail: intent.detail };
  }
  if (!intent.listed) await Dexie.delete(name);
  await registry.intents.delete(intent.agencyId);
  return { kind: intent.kind, outcome: 'undone', detail: intent.detail };
}

/** The agencies an unfinished operation's intent names (read at start, before settling them). */
export async function agenciesWithIntents(registry: RegistryDb): Promise<readonly string[]> {
  return (await registry.intents.toCollection().primaryKeys()) as string[];
}

/** At start: every intent left by an operation that did not finish, settled; what each came to. */
export async function settleIntents(registry: RegistryDb, locks: Locks): Promise<Settled[]> {
  const settled: Settled[] = [];
  for (const intent of await registry.intents.toArray()) {
    const result = await locks.tryHold(agencyLock(intent.agencyId), async () => {
      // Read again under the lock: the operation may have ended meanwhile.
      const still = await registry.intents.get(intent.agencyId);
      return still ? settleIntent(registry, still) : undefined;
    });
    if (result.ran && result.value !== undefined) settled.push(result.value);
  }
  return settled;
}
