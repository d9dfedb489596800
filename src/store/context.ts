/**
 * Every write goes through `write`: one read-write transaction over the tables it names plus the
 * audit log, audit entries added inside it, failures (quota, closed, refusals) returned as data and
 * nothing half-applied.
 */
import type { Table } from 'dexie';
import { mergeEdit, type AuditEntry } from '../domain';
import { err, ok, type Result } from '../domain/result';
import type { AgencyDb } from './db';
import { classifyStoreError, type StoreError, type StoreErrorCode } from './errors';

export interface StoreContext {
  readonly db: AgencyDb;
  /** ISO timestamp; injected so tests pin it. */
  readonly now: () => string;
  readonly newId: () => string;
  /** A uniformly random whole number below n (shuffles); injected so tests pin it. */
  readonly randomBelow: (n: number) => number;
  /** Who is working (the browser's name for its operator), recorded in every audit entry. */
  readonly operator: () => string;
}

/** Thrown inside a transaction to abort it with a reason the user is shown. */
export class Refusal extends Error {
  constructor(
    readonly code: StoreErrorCode,
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'Refusal';
  }
}

export type AuditDraft = Omit<AuditEntry, 'id' | 'at' | 'operator' | 'reason'> & { readonly reason?: string };

export interface Tx {
  readonly db: AgencyDb;
  audit(entry: AuditDraft): Promise<void>;
  /** Many entries in one request (a pasted block, an import). */
  auditMany(entries: readonly AuditDraft[]): Promise<void>;
}

export async function write<T>(
  ctx: StoreContext,
  tables: readonly Table[],
  body: (tx: Tx) => Promise<T>,
): Promise<Result<T, StoreError>> {
  const at = ctx.now();
  const operator = ctx.operator();
  try {
    const value = await ctx.db.transaction('rw', [...tables, ctx.db.audit], async () =>
      body({
        db: ctx.db,
        audit: async (entry) => {
          await ctx.db.audit.add({ ...entry, reason: entry.reason ?? '', at, operator });
        },
        auditMany: async (entries) => {
          await ctx.db.audit.bulkAdd(entries.map((entry) => ({ ...entry, reason: entry.reason ?? '', at, operator })));
        },
      }),
    );
    return ok(value);
  } catch (error) {
    if (error instanceof Refusal) return err({ code: error.code, detail: error.message });
    return err(classifyStoreError(error));
  }
}

/**
 * Records one request batch writes: IndexedDB clones each record and makes its index keys on the
 * page's thread as it is put (25–50 µs a record), so 10,000 in one batch are one task of ~250 ms
 * (issue 21).
 */
export const RECORDS_PER_BATCH = 500;

/**
 * Writes many records in slices inside the caller's transaction: each slice is issued when the one
 * before it is done (a task of its own, the page answers in between), and the transaction stays one
 * — all of it is written or none.
 */
export async function bulkWrite<T>(table: Table<T>, kind: 'put' | 'add', records: readonly T[]): Promise<void> {
  for (let from = 0; from < records.length; from += RECORDS_PER_BATCH) {
    const slice = records.slice(from, from + RECORDS_PER_BATCH);
    await (kind === 'put' ? table.bulkPut(slice) : table.bulkAdd(slice));
  }
}

/** Audit entries, one per changed field, for an update of a record. */
export function fieldChanges<T extends object>(before: T, after: T): { field: string; before: unknown; after: unknown }[] {
  return (Object.keys(after) as (keyof T & string)[])
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => ({ field: k, before: before[k], after: after[k] }));
}

/**
 * A form's save (`next`, made from `basis`) merged with the record as stored now (`mergeEdit`): the
 * fields the user changed are written, the others stay as stored. Refused — nothing written — when a
 * field the user changed was changed elsewhere meanwhile; the detail names those fields.
 */
export function mergeOrRefuse<T extends object>(stored: T | undefined, basis: T | null | undefined, next: T): T {
  const merged = mergeEdit(stored, basis, next);
  if (merged.kind === 'conflict') throw new Refusal('editedElsewhere', merged.fields.join(','));
  return merged.record;
}
