/**
 * Agencies on this machine: each lives in its own database, listed in the registry. Creating one
 * (empty or as the demo) is one transaction; a failure leaves no half-made agency behind.
 */
import Dexie from 'dexie';
import { periodsOfYear, type Agency, type DemoAgency } from '../domain';
import { err, ok, type Result } from '../domain/result';
import { AgencyDb, agencyDbName, openDb, type RegistryDb } from './db';
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

export async function createAgency(registry: RegistryDb, input: NewAgency, env: Env): Promise<Result<string, StoreError>> {
  const id = env.newId();
  const opened = await openDb(new AgencyDb(agencyDbName(id)), () => undefined);
  if (!opened.ok) return opened;
  const db = opened.value;
  const at = env.now();
  const agency: Agency = {
    id,
    nameKk: input.nameKk,
    nameRu: input.nameRu,
    profileId: input.profileId,
    demo: input.demo !== undefined,
    createdAt: at,
  };
  try {
    await db.transaction('rw', [db.agency, db.units, db.employees, db.statuses, db.periods, db.kciPlans, db.audit], async () => {
      await db.agency.add(agency);
      await db.periods.bulkAdd([...new Set(input.years)].sort().flatMap(periodsOfYear));
      const base = { at, operator: env.operator(), reason: '', field: '*', before: null };
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
    });
    await registry.transaction('rw', [registry.agencies, registry.log], async () => {
      await registry.agencies.put({
        id,
        nameKk: agency.nameKk,
        nameRu: agency.nameRu,
        demo: agency.demo,
        createdAt: at,
        lastBackupAt: null,
      });
      await registry.log.add({
        at,
        operator: env.operator(),
        action: 'createAgency',
        agencyId: id,
        detail: agency.nameRu || agency.nameKk,
      });
    });
    db.close();
    return ok(id);
  } catch (error) {
    db.close();
    await Dexie.delete(agencyDbName(id)).catch(() => undefined);
    return err(classifyStoreError(error));
  }
}

/** Removes an agency and all its data (the UI confirms first; used for "remove demo data" too). */
export async function deleteAgency(registry: RegistryDb, id: string, env: Env): Promise<Result<void, StoreError>> {
  try {
    await Dexie.delete(agencyDbName(id));
    await registry.transaction('rw', [registry.agencies, registry.log], async () => {
      await registry.agencies.delete(id);
      await registry.log.add({ at: env.now(), operator: env.operator(), action: 'deleteAgency', agencyId: id, detail: '' });
    });
    return ok(undefined);
  } catch (error) {
    return err(classifyStoreError(error));
  }
}

/** Keeps the registry's copy of the names in step with the agency's own record. */
export async function syncRegistryNames(registry: RegistryDb, agency: Agency): Promise<void> {
  await registry.agencies.update(agency.id, { nameKk: agency.nameKk, nameRu: agency.nameRu, demo: agency.demo });
}
