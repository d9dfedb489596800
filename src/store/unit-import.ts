/**
 * A returned unit workbook's confirmed changes applied (issue 5): the scores and the points model's
 * entries of every file in one transaction — all of it or, on a refusal (a unit submitted its period
 * meanwhile, a KCI sheet went to the superior manager), nothing — named in the audit by the reason.
 */
import type { Profile } from '../domain';
import type { Result } from '../domain/result';
import { write, type StoreContext } from './context';
import type { StoreError } from './errors';
import { applyScoreChangesIn, type ScoreChange } from './evaluations';
import { applyEntryWritesIn, type EntryWrite } from './points';

export const applyUnitImport = (
  ctx: StoreContext,
  input: {
    readonly scores: readonly ScoreChange[];
    readonly entries: readonly EntryWrite[];
    readonly unitOf: ReadonlyMap<string, string>;
    readonly reason: string;
  },
  profile: Profile,
): Promise<Result<{ scores: number; entries: number }, StoreError>> =>
  write(ctx, [ctx.db.evaluations, ctx.db.settings, ctx.db.kciPlans, ctx.db.pointsSheets], async (tx) => {
    const scores =
      input.scores.length > 0
        ? await applyScoreChangesIn(tx, ctx, input.scores, profile, { unitOf: input.unitOf }, input.reason)
        : [];
    const entries =
      input.entries.length > 0 ? await applyEntryWritesIn(tx, input.entries, profile, input.unitOf, input.reason) : 0;
    return { scores: scores.length, entries };
  });
