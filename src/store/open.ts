/**
 * Opening the databases for the shell: an agency's, and the registry that lists them. The UI holds
 * what these return as handles and passes them back to store functions; it never reads a table.
 */
import type { Result } from '../domain/result';
import { agencyDbName, openAgencyDb, RegistryDb, type AgencyDb, type OpenOptions } from './db';
import type { StoreError } from './errors';

/** An open agency database, as the UI holds it. */
export type AgencyHandle = AgencyDb;
/** The registry of this machine's agencies, as the UI holds it. */
export type RegistryHandle = RegistryDb;
export type { RegistryAgency } from './db';

/**
 * Opens an agency's database; `onVersionChange` when another tab upgrades it (this one then closes).
 * `opts` (`OpenOptions`): not created when it is not on disk; not opened until `proceed` says so.
 */
export const openAgency = (
  agencyId: string,
  onVersionChange: () => void,
  opts: OpenOptions = {},
): Promise<Result<AgencyHandle, StoreError>> => openAgencyDb(agencyDbName(agencyId), onVersionChange, opts);

/** The registry; another tab's upgrade closes it here and calls `onVersionChange`. */
export function openRegistry(onVersionChange: () => void): RegistryHandle {
  const registry = new RegistryDb();
  registry.on('versionchange', () => {
    registry.close();
    onVersionChange();
    return false;
  });
  return registry;
}
