/**
 * Retention (004 §15): what is kept for periods past retention, the archive of it, and the
 * deliberate purge — one transaction, with an audit entry naming the periods, the counts and the
 * reason. Nothing is purged without being asked for.
 */
import { isLockOfPeriods } from './settings';
import type { Result } from '../domain/result';
import { Refusal, write, type StoreContext } from './context';
import type { AgencyDb } from './db';
import { whereAnyOf } from './any-of';
import type { StoreError } from './errors';

export const PERIOD_TABLES = [
  'evaluations',
  'kciPlans',
  'pointsSheets',
  'familiarisations',
  'calibrations',
  'sittings',
  'survey360',
  'survey360Tokens',
  'survey360Ballots',
  'survey360Spent',
  'survey360Feedback',
  'competencySheets',
  'appeals',
  'exports',
] as const;
export type PeriodTable = (typeof PERIOD_TABLES)[number];

/** Every row the periods hold, per table (for the archive and the counts shown before a purge). */
export async function periodRows(
  db: AgencyDb,
  periodIds: readonly string[],
): Promise<Record<PeriodTable, Record<string, unknown>[]>> {
  const entries = await Promise.all(
    PERIOD_TABLES.map(
      async (t) => [t, (await whereAnyOf(db.table(t), 'periodId', periodIds)) as Record<string, unknown>[]] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<PeriodTable, Record<string, unknown>[]>;
}

export const purgePeriods = (
  ctx: StoreContext,
  periodIds: readonly string[],
  reason: string,
): Promise<Result<Record<string, number>, StoreError>> =>
  write(ctx, [...PERIOD_TABLES.map((t) => ctx.db.table(t)), ctx.db.settings], async (tx) => {
    if (reason.trim() === '') throw new Refusal('reasonRequired');
    const counts: Record<string, number> = {};
    for (const t of PERIOD_TABLES)
      counts[t] = await tx.db
        .table(t)
        .where('periodId')
        .anyOf([...periodIds])
        .delete();
    // The periods' submission locks go with them.
    const locks = (await tx.db.settings.toCollection().primaryKeys()).filter((k) => isLockOfPeriods(String(k), periodIds));
    await tx.db.settings.bulkDelete(locks);
    counts['locks'] = locks.length;
    await tx.audit({
      action: 'delete',
      entity: 'retention',
      entityId: periodIds.join(','),
      field: '*',
      before: null,
      after: counts,
      reason: reason.trim(),
    });
    return counts;
  });
