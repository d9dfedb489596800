/**
 * Issue 20 §5: a killed restore leaves no empty database and always its log entry (or nothing at
 * all) — and so for a creation or removal of an agency. A "kill" is an operation stopped at a step
 * for good (its promise never settles, as a closed tab's); the next start settles what it left.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/domain';
import { createAgency, deleteAgency } from '../../src/store/agencies';
import { restoreSnapshot, takeSnapshot, type Snapshot } from '../../src/store/backup';
import { AgencyDb, agencyDbName, RegistryDb } from '../../src/store/db';
import { agencyLock, NO_LOCKS, settleIntents, type Locks } from '../../src/store/registry-intents';
import { updateEmployee } from '../../src/store/organisation';
import { testContext } from '../../src/store/test-support';

/** An operation stopped for good at a step (its promise never settles, as a closed tab's); `there` when it got there. */
function killAt(at: string) {
  let reached = () => {};
  const there = new Promise<void>((done) => (reached = done));
  const pause = (step: string) => {
    if (step !== at) return Promise.resolve();
    reached();
    return new Promise<void>(() => undefined);
  };
  return { pause, there };
}

const exists = async (agencyId: string) => (await indexedDB.databases()).some((d) => d.name === agencyDbName(agencyId));

let registry: RegistryDb;
beforeEach(async () => {
  registry = new RegistryDb();
  await registry.intents.clear();
});
/** The registry as the next start opens it. */
const nextStart = () => new RegistryDb();

async function agencyWithBackup(): Promise<{ id: string; snapshot: Snapshot; ctx: ReturnType<typeof testContext> }> {
  const ctx = testContext();
  const demo = generateDemo({ seed: 5, asOf: '2026-11-22', lang: 'ru', newId: ctx.newId });
  const made = await createAgency(
    registry,
    { nameKk: demo.nameKk, nameRu: demo.nameRu, profileId: 'typical-2023', years: [2026], demo },
    ctx,
  );
  if (!made.ok) throw new Error(made.error.code);
  const db = new AgencyDb(agencyDbName(made.value));
  const snapshot = await takeSnapshot(db);
  db.close();
  return { id: made.value, snapshot, ctx };
}
const logOf = async (r: RegistryDb, agencyId: string) =>
  (await r.log.where('agencyId').equals(agencyId).toArray()).map((e) => `${e.action} ${e.detail}`);

describe('a restore stopped midway (issue 20 §5)', () => {
  it('given a restore of an agency not on this computer killed after its empty database was made, then the next start deletes it and logs nothing', async () => {
    const { id, snapshot, ctx } = await agencyWithBackup();
    expect((await deleteAgency(registry, id, ctx)).ok).toBe(true);
    const kill = killAt('opened');
    void restoreSnapshot(registry, snapshot, 'копия.xlsx', ctx, undefined, kill.pause);
    await kill.there;
    expect(await exists(id)).toBe(true); // the empty, unlisted database the kill left

    const next = nextStart();
    const settled = await settleIntents(next, NO_LOCKS);
    expect(settled).toEqual([{ kind: 'restore', outcome: 'undone', detail: 'копия.xlsx' }]);
    expect(await exists(id)).toBe(false);
    expect(await next.agencies.get(id)).toBeUndefined();
    expect(await logOf(next, id)).toEqual(['createAgency ' + snapshot.agency[0]?.['nameRu'], 'deleteAgency ']);
    expect(await next.intents.count()).toBe(0);
  });

  it('given a restore killed before it opened anything, then the next start leaves no database behind', async () => {
    const { id, snapshot, ctx } = await agencyWithBackup();
    await deleteAgency(registry, id, ctx);
    const kill = killAt('intent');
    void restoreSnapshot(registry, snapshot, 'копия.xlsx', ctx, undefined, kill.pause);
    await kill.there;
    const next = nextStart();
    expect(await settleIntents(next, NO_LOCKS)).toEqual([{ kind: 'restore', outcome: 'undone', detail: 'копия.xlsx' }]);
    expect(await exists(id)).toBe(false);
  });

  it('given a restore killed after its data was written, then the next start lists the agency and writes the restore’s log entry', async () => {
    const { id, snapshot, ctx } = await agencyWithBackup();
    await deleteAgency(registry, id, ctx);
    const kill = killAt('written');
    void restoreSnapshot(registry, snapshot, 'копия.xlsx', ctx, undefined, kill.pause);
    await kill.there;
    expect(await registry.agencies.get(id)).toBeUndefined(); // the data is there, unlisted and unlogged

    const next = nextStart();
    expect(await settleIntents(next, NO_LOCKS)).toEqual([{ kind: 'restore', outcome: 'completed', detail: 'копия.xlsx' }]);
    expect((await next.agencies.get(id))?.nameRu).toBe(snapshot.agency[0]?.['nameRu']);
    expect((await logOf(next, id)).at(-1)).toBe('restore копия.xlsx');
    const db = new AgencyDb(agencyDbName(id));
    expect(await takeSnapshot(db)).toEqual(snapshot);
    db.close();
  });

  it('given a restore over an agency on this computer killed before its data was written, then its own data stays, with no restore logged', async () => {
    const { id, snapshot: older, ctx } = await agencyWithBackup();
    // Work done since the backup: the agency's data is newer than the copy being restored.
    const db0 = new AgencyDb(agencyDbName(id));
    const first = await db0.employees.toCollection().first();
    expect((await updateEmployee({ ...ctx, db: db0 }, first?.id ?? '', { position: 'Назначен после копии' })).ok).toBe(true);
    const snapshot = await takeSnapshot(db0);
    db0.close();
    const kill = killAt('opened');
    void restoreSnapshot(registry, older, 'старая.xlsx', ctx, undefined, kill.pause);
    await kill.there;
    const next = nextStart();
    expect(await settleIntents(next, NO_LOCKS)).toEqual([{ kind: 'restore', outcome: 'undone', detail: 'старая.xlsx' }]);
    expect(await next.agencies.get(id)).toBeDefined();
    expect(await logOf(next, id)).not.toContain('restore старая.xlsx');
    const db = new AgencyDb(agencyDbName(id));
    expect(await takeSnapshot(db)).toEqual(snapshot);
    db.close();
  });

  it('given a restore that runs to its end, then it leaves its log entry and no intent', async () => {
    const { id, snapshot, ctx } = await agencyWithBackup();
    expect(await restoreSnapshot(registry, snapshot, 'копия.xlsx', ctx)).toEqual({ ok: true, value: id });
    expect((await logOf(registry, id)).at(-1)).toBe('restore копия.xlsx');
    expect(await registry.intents.count()).toBe(0);
  });

  it('given another tab’s restore still running (its lock held), then the start leaves it alone', async () => {
    const { id, snapshot, ctx } = await agencyWithBackup();
    await deleteAgency(registry, id, ctx);
    const kill = killAt('opened');
    void restoreSnapshot(registry, snapshot, 'копия.xlsx', ctx, undefined, kill.pause);
    await kill.there;
    const held: Locks = {
      hold: (_n, fn) => fn(),
      tryHold: async (name, fn) => (name === agencyLock(id) ? { ran: false } : { ran: true, value: await fn() }),
    };
    expect(await settleIntents(nextStart(), held)).toEqual([]);
    expect(await exists(id)).toBe(true);
    expect(await registry.intents.get(id)).toBeDefined();
  });
});

describe('a creation or removal stopped midway', () => {
  it('given a removal killed after the registry stopped listing the agency, then the next start deletes its data', async () => {
    const { id, ctx } = await agencyWithBackup();
    const kill = killAt('unlisted');
    void deleteAgency(registry, id, ctx, undefined, kill.pause);
    await kill.there;
    expect(await exists(id)).toBe(true);
    expect(await registry.agencies.get(id)).toBeUndefined();
    expect(await logOf(registry, id)).toContain('deleteAgency ');

    await settleIntents(nextStart(), NO_LOCKS);
    expect(await exists(id)).toBe(false);
  });

  it('given a creation killed after its data was written, then the next start lists it with its log entry', async () => {
    const ctx = testContext();
    const kill = killAt('written');
    void createAgency(
      registry,
      { nameKk: 'Жаңа', nameRu: 'Новое', profileId: 'typical-2023', years: [2026] },
      ctx,
      undefined,
      kill.pause,
    );
    await kill.there;
    const [intent] = await registry.intents.toArray();
    const id = intent?.agencyId ?? '';
    expect(await registry.agencies.get(id)).toBeUndefined();
    const next = nextStart();
    expect(await settleIntents(next, NO_LOCKS)).toEqual([{ kind: 'createAgency', outcome: 'completed', detail: 'Новое' }]);
    expect((await next.agencies.get(id))?.nameKk).toBe('Жаңа');
    expect(await logOf(next, id)).toEqual(['createAgency Новое']);
  });
});
