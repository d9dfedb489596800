/**
 * Agencies on this machine: each lives in its own database, listed in the registry. Creating one
 * (empty or as the demo) is one transaction; a failure — or a tab closed midway — leaves no
 * half-made agency behind (`registry-intents.ts`).
 */
import Dexie from 'dexie';
import { periodsOfYear, type Agency, type DemoAgency } from '../domain';
import { err, ok, type Result } from '../domain/result';
import { AgencyDb, agencyDbName, openDb, type RegistryDb, type RegistryIntent } from './db';
import { agencyLock, completeIntent, NO_LOCKS, settleIntent, type Locks } from './registry-intents';
import { classifyStoreError, type StoreError } from './errors';

export interface Env {
  readonly now: () => string;
  readonly newId: () => string;
  readonly operator: () => string;
}

export interface NewAgency {
  readonly nameKk: string;
  readonly nameRu: string;
  readonly profileId: string;
  /** Evaluation years to create (their quarters and the year itself). */
  readonly years: readonly number[];
  readonly demo?: DemoAgency;
}

export async function createAgency(
  registry: RegistryDb,
  input: NewAgency,
  env: Env,
  locks: Locks = NO_LOCKS,
  pause?: (step: 'written') => Promise<void>,
): Promise<Result<string, StoreError>> {
  const id = env.newId();
  const at = env.now();
  const agency: Agency = {
    id,
    nameKk: input.nameKk,
    nameRu: input.nameRu,
    profileId: input.profileId,
    demo: input.demo !== undefined,
    createdAt: at,
  };
  // The creation's audit: the agency, and the demo's contents when it is the demo (ids from 1 in a new database).
  const entries = input.demo ? 2 : 1;
  const intent: RegistryIntent = {
    agencyId: id,
    kind: 'createAgency',
    at,
    operator: env.operator(),
    detail: agency.nameRu || agency.nameKk,
    listed: false,
    agency: { id, nameKk: agency.nameKk, nameRu: agency.nameRu, demo: agency.demo, createdAt: at },
    audit: { count: entries, lastId: entries },
  };
  return locks.hold(agencyLock(id), async () => {
    try {
      await registry.intents.put(intent);
    } catch (error) {
      return err(classifyStoreError(error));
    }
    const opened = await openDb(new AgencyDb(agencyDbName(id)), () => undefined);
    if (!opened.ok) {
      await settleIntent(registry, intent).catch(() => undefined);
      return opened;
    }
    const db = opened.value;
    try {
      await db.transaction(
        'rw',
        [db.agency, db.units, db.employees, db.statuses, db.periods, db.kciPlans, db.audit],
        async () => {
          await db.agency.add(agency);
          await db.periods.bulkAdd([...new Set(input.years)].sort().flatMap(periodsOfYear));
          const base = { at, operator: intent.operator, reason: '', field: '*', before: null };
          await db.audit.add({ ...base, action: 'create', entity: 'agency', entityId: id, after: agency });
          if (input.demo) {
            await db.units.bulkAdd([...input.demo.units]);
            await db.employees.bulkAdd([...input.demo.employees]);
            await db.statuses.bulkAdd([...input.demo.statuses]);
            await db.kciPlans.bulkAdd([...input.demo.kciPlans]);
            const counts = {
              units: input.demo.units.length,
              employees: input.demo.employees.length,
              statuses: input.demo.statuses.length,
              kciPlans: input.demo.kciPlans.length,
            };
            await db.audit.add({ ...base, action: 'demo', entity: 'agency', entityId: id, after: counts, batchId: id });
          }
        },
      );
      await pause?.('written');
      db.close();
      await completeIntent(registry, intent);
      return ok(id);
    } catch (error) {
      db.close();
      // Written and listed, or nothing left (`registry-intents.ts`).
      await settleIntent(registry, intent).catch(() => undefined);
      return err(classifyStoreError(error));
    }
  });
}

/**
 * Removes an agency and all its data (the UI confirms first; used for "remove demo data" too): the
 * registry stops listing it and logs it at once, then its database is deleted — a removal stopped
 * in between is finished at the next start, never an agency listed with no data.
 */
export async function deleteAgency(
  registry: RegistryDb,
  id: string,
  env: Env,
  locks: Locks = NO_LOCKS,
  pause?: (step: 'unlisted') => Promise<void>,
): Promise<Result<void, StoreError>> {
  return locks.hold(agencyLock(id), async () => {
    try {
      const intent: RegistryIntent = {
        agencyId: id,
        kind: 'deleteAgency',
        at: env.now(),
        operator: env.operator(),
        detail: '',
        listed: true,
        agency: null,
        audit: null,
      };
      await registry.transaction('rw', [registry.agencies, registry.log, registry.intents], async () => {
        await registry.agencies.delete(id);
        await registry.log.add({ at: intent.at, operator: intent.operator, action: 'deleteAgency', agencyId: id, detail: '' });
        await registry.intents.put(intent);
      });
      await pause?.('unlisted');
      await Dexie.delete(agencyDbName(id));
      await registry.intents.delete(id);
      return ok(undefined);
    } catch (error) {
      return err(classifyStoreError(error));
    }
  });
}

/** Keeps the registry's copy of the names in step with the agency's own record. */
export async function syncRegistryNames(registry: RegistryDb, agency: Agency): Promise<void> {
  await registry.agencies.update(agency.id, { nameKk: agency.nameKk, nameRu: agency.nameRu, demo: agency.demo });
}
