/**
 * The liveQuery → Solid bridge over a real (fake-indexeddb) database, each reactive value made
 * inside `createRoot`. Values are awaited with `expect.poll`, never a fixed sleep.
 */
import { createMemo, createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  NO_AMENDMENTS,
  NO_CASE_RECORDS,
  type Appeal,
  type CommissionSitting,
  type Employee,
  type EvaluationRecord,
} from '../domain';
import { createAgencyLive, createLiveQueryOn } from './live';
import { agencyDbName, openAgencyDb } from './db';
import { earlyProbeScript, LAST_AGENCY_KEY } from './early-probe';
import { testContext } from './test-support';

const employee = (id: string, unitId: string): Employee => ({
  id,
  surname: id,
  name: '',
  patronymic: '',
  iin: '',
  position: '',
  category: 'E-4',
  unitId,
  managerId: null,
  appointedOn: '2020-01-01',
  publicServices: false,
});
const record = (periodId: string, employeeId: string, quality: number): EvaluationRecord => ({
  id: `${periodId}:ranking:${employeeId}`,
  periodId,
  employeeId,
  component: 'ranking',
  scores: { quality },
  comment: '',
  evaluatorId: null,
  profileId: 'typical-2023',
  profileVersion: 1,
});

let disposers: (() => void)[] = [];
/** Errors of the agency's live queries: there must be none. */
let liveErrors: unknown[] = [];
const onError = (e: unknown) => liveErrors.push(e);
/** Makes reactive values in a root disposed after the test (or earlier, by the test). */
function inRoot<T>(make: () => T): T & { dispose: () => void } {
  return createRoot((dispose) => {
    disposers.push(dispose);
    return Object.assign(make() as object, { dispose }) as T & { dispose: () => void };
  });
}
/** Waits for a reactive value (polling every few milliseconds), never a fixed sleep. */
const settled = <T>(read: () => T) => expect.poll(read, { timeout: 2000, interval: 5 });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete (globalThis as { __bagalauEarlyProbe?: unknown }).__bagalauEarlyProbe;
  for (const dispose of disposers) dispose();
  disposers = [];
  expect(liveErrors).toEqual([]);
  liveErrors = [];
});

/** The names of a unit's people, and which unit each run of the query asked for. */
function unitPeople() {
  const ctx = testContext();
  const asked: string[] = [];
  const made = inRoot(() => {
    const [unit, setUnit] = createSignal('u1');
    const people = createLiveQueryOn(
      unit,
      async (u) => {
        asked.push(u);
        return (await ctx.db.employees.where('unitId').equals(u).sortBy('id')).map((e) => e.id);
      },
      ['(initial)'],
    );
    return { unit, setUnit, people };
  });
  return { ...made, ctx, asked };
}

describe('createLiveQueryOn: a signal that follows a Dexie query over a tracked source', () => {
  it('given a new query, then it shows the initial value and is not loaded until the first answer comes; then it is', async () => {
    const { people, ctx } = unitPeople();
    await ctx.db.employees.add(employee('a', 'u1'));
    expect(people.loaded()).toBe(false);
    expect(people()).toEqual(['(initial)']);
    await settled(() => people.loaded()).toBe(true);
    expect(people()).toEqual(['a']);
  });

  it('given an empty answer, then it is loaded (nothing missing is shown as loading)', async () => {
    const { people } = unitPeople();
    await settled(() => people.loaded()).toBe(true);
    expect(people()).toEqual([]);
  });

  it('given a loaded query, when the data it reads is written, then the value follows', async () => {
    const { people, ctx } = unitPeople();
    await settled(() => people.loaded()).toBe(true);
    await ctx.db.employees.add(employee('a', 'u1'));
    await settled(() => people()).toEqual(['a']);
    await ctx.db.employees.bulkAdd([employee('b', 'u1'), employee('c', 'u2')]);
    await settled(() => people()).toEqual(['a', 'b']);
    await ctx.db.employees.delete('a');
    await settled(() => people()).toEqual(['b']);
  });

  it('given a loaded query, when its source changes, then it is not loaded until the query for the new source answers', async () => {
    const { people, setUnit, ctx } = unitPeople();
    await ctx.db.employees.bulkAdd([employee('a', 'u1'), employee('c', 'u2')]);
    await settled(() => people()).toEqual(['a']);
    setUnit('u2');
    expect(people.loaded()).toBe(false);
    await settled(() => people.loaded()).toBe(true);
    expect(people()).toEqual(['c']);
  });

  it('given a source changed, when the data is written, then only the new source is queried (the old subscription is gone)', async () => {
    const { people, setUnit, ctx, asked } = unitPeople();
    await settled(() => people.loaded()).toBe(true);
    setUnit('u2');
    await settled(() => people.loaded()).toBe(true);
    asked.length = 0;
    await ctx.db.employees.bulkAdd([employee('a', 'u1'), employee('c', 'u2')]);
    await settled(() => people()).toEqual(['c']);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((u) => u !== 'u2')).toEqual([]);
  });

  it('given a disposed root, when the data is written, then the query does not run again', async () => {
    const { people, dispose, ctx, asked } = unitPeople();
    await settled(() => people.loaded()).toBe(true);
    dispose();
    asked.length = 0;
    await ctx.db.employees.add(employee('a', 'u1'));
    // A second live query over the same table answering proves the write has been seen by liveQuery.
    const watcher = inRoot(() =>
      createLiveQueryOn(
        () => 'u1',
        (u) => ctx.db.employees.where('unitId').equals(u).count(),
        -1,
      ),
    );
    await settled(() => watcher()).toBe(1);
    await ctx.db.employees.add(employee('b', 'u1'));
    await settled(() => watcher()).toBe(2);
    expect(asked).toEqual([]);
    expect(people()).toEqual([]);
  });

  it('given a failing query, then the error goes to onError and is not swallowed', async () => {
    const errors: unknown[] = [];
    inRoot(() =>
      createLiveQueryOn(
        () => 1,
        () => Promise.reject(new Error('broken query')),
        0,
        (e) => errors.push(e),
      ),
    );
    await settled(() => errors.map((e) => (e as Error).message)).toEqual(['broken query']);
  });
});

describe("createLiveQueryOn with a seed (the page script's read, issue 21)", () => {
  /** A unit's people from a seed, how often a page made of them was made, and when the query answered. */
  function seededPeople(seed: readonly string[]) {
    const ctx = testContext();
    let answers = 0;
    const made = inRoot(() => {
      const people = createLiveQueryOn(
        () => 'u1',
        async (u) => {
          const ids = (await ctx.db.employees.where('unitId').equals(u).sortBy('id')).map((e) => e.id);
          answers++;
          return ids;
        },
        ['(initial)'],
        undefined,
        { value: seed },
      );
      let pages = 0;
      const page = createMemo(() => {
        pages++;
        return people();
      });
      return { people, page, pages: () => pages };
    });
    made.page();
    return { ctx, ...made, answers: () => answers };
  }
  /** After the query's first answer has been handed over (its delivery is queued before this). */
  const handedOver = async (answers: () => number) => {
    await settled(answers).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  it('given a seed the same as the database, then it is loaded at once with the seed; the first answer keeps it (the page is not made again); a write then follows', async () => {
    const ctx0 = seededPeople(['a']);
    const { ctx, people, page, pages, answers } = ctx0;
    await ctx.db.employees.add(employee('a', 'u1'));
    const seed = people();
    expect(people.loaded()).toBe(true);
    expect(seed).toEqual(['a']);
    await handedOver(answers);
    expect(people()).toBe(seed);
    expect(page()).toBe(seed);
    expect(pages()).toBe(1);
    await ctx.db.employees.add(employee('b', 'u1'));
    await settled(() => people()).toEqual(['a', 'b']);
    page();
    expect(pages()).toBe(2);
  });

  it('given a seed another tab has changed since (the database differs), then the first answer replaces it', async () => {
    const { ctx, people, answers } = seededPeople(['a']);
    await ctx.db.employees.bulkAdd([employee('a', 'u1'), employee('c', 'u1')]);
    expect(people()).toEqual(['a']);
    await handedOver(answers);
    expect(people()).toEqual(['a', 'c']);
    expect(people.loaded()).toBe(true);
  });
});

describe("createAgencyLive over the page script's read (issue 21)", () => {
  /** The last agency, with a unit, a person and a score of this year's first quarter, read by the page's script: its database opened. */
  async function readAtPageStart(tag: string) {
    const id = `live-first-${tag}-${(globalThis.process?.pid ?? 0).toString(36)}`;
    const ctx = testContext(agencyDbName(id));
    const year = new Date().getFullYear();
    await ctx.db.units.put({ id: 'u1', name: 'Отдел', parentId: null } as never);
    await ctx.db.employees.bulkPut([employee('e', 'u1')]);
    await ctx.db.evaluations.bulkPut([record(`${year}-Q1`, 'e', 400)]);
    ctx.db.close();
    vi.stubGlobal('localStorage', { getItem: (key: string) => (key === LAST_AGENCY_KEY ? id : null) });
    vi.stubGlobal('window', globalThis);
    new Function(earlyProbeScript())();
    const opened = await openAgencyDb(agencyDbName(id), () => undefined);
    if (!opened.ok) throw new Error(opened.error.code);
    disposers.push(() => opened.value.close());
    return { db: opened.value, year };
  }

  it("given the last agency read as the page started, then the agency is loaded at once and the home page's records are answered at once from that read; the first answers keep it; a write then follows", async () => {
    const { db, year } = await readAtPageStart('home');
    const quarter = [`${year}-Q1`];
    const live = inRoot(() => {
      const agency = createAgencyLive(db, onError);
      agency.prefetch('periodRecords', quarter, NO_CASE_RECORDS);
      return agency;
    });
    expect(live.loaded()).toBe(true);
    expect(live.employees().map((e) => e.id)).toEqual(['e']);
    const units = live.units();
    expect(units.map((u) => u.id)).toEqual(['u1']);
    const page = inRoot(() => ({ records: live.live('periodRecords', () => quarter, NO_CASE_RECORDS) }));
    expect(page.records.loaded()).toBe(true);
    expect(page.records().records.map((r) => r.id)).toEqual([`${year}-Q1:ranking:e`]);
    // A page made later is not answered from the page start's read (it may be out of date).
    const later = inRoot(() => ({ records: live.live('periodRecords', () => [`${year}-Q2`], NO_CASE_RECORDS) }));
    expect(later.records.loaded()).toBe(false);
    await db.evaluations.put(record(`${year}-Q1`, 'e', 375));
    await settled(() => page.records().records[0]?.scores.quality).toBe(375);
    await settled(() => later.records.loaded()).toBe(true);
    // By now every query has answered, some more than once: the units, unchanged, are still the read's.
    expect(live.units()).toBe(units);
  });

  it('given the last agency read as the page started, when a prefetch comes after the agency was made (a later task), then it is not answered from that read', async () => {
    const { db, year } = await readAtPageStart('late');
    const live = inRoot(() => createAgencyLive(db, onError));
    expect(live.loaded()).toBe(true);
    await Promise.resolve();
    const page = inRoot(() => {
      live.prefetch('periodRecords', [`${year}-Q1`], NO_CASE_RECORDS);
      return { records: live.live('periodRecords', () => [`${year}-Q1`], NO_CASE_RECORDS) };
    });
    expect(page.records.loaded()).toBe(false);
    await settled(() => page.records.loaded()).toBe(true);
    expect(page.records().records.map((r) => r.id)).toEqual([`${year}-Q1:ranking:e`]);
  });
});

describe('createAgencyLive: the open agency’s live state and named queries', () => {
  it('given an agency database with no agency record, then it is loaded with no agency; once written, the agency follows', async () => {
    const ctx = testContext();
    const live = inRoot(() => createAgencyLive(ctx.db, onError));
    expect(live.loaded()).toBe(false);
    await settled(() => live.loaded()).toBe(true);
    expect(live.agency()).toBeUndefined();
    await ctx.db.agency.add({
      id: 'a',
      nameKk: 'Ұйым',
      nameRu: 'Организация',
      profileId: 'typical-2023',
      demo: false,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    await settled(() => live.agency()?.id).toBe('a');
  });

  it('given settings rows, then settings follow them typed; an invalid value is taken as unset and reported', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ctx = testContext();
    const live = inRoot(() => createAgencyLive(ctx.db, onError));
    await ctx.db.settings.bulkPut([
      { key: 'operatorName', value: 'Сейтова А.' },
      { key: 'calendarAmendments', value: 'none' },
      { key: 'lock:2026-Q1:u:ranking', value: { at: '2026-04-10T09:00:00.000Z' } },
    ]);
    await settled(() => live.settings().operatorName).toBe('Сейтова А.');
    expect([...live.settings().locks.keys()]).toEqual(['2026-Q1:u:ranking']);
    expect(live.settings().calendarAmendments).toEqual(NO_AMENDMENTS);
    expect(reported).toHaveBeenCalledWith('invalid setting ignored', 'calendarAmendments');
  });

  it('given a named query followed live, when a record of its periods is written, then the value follows; a record of another period does not appear', async () => {
    const ctx = testContext();
    const { evaluations } = inRoot(() => {
      const [periods] = createSignal<readonly string[]>(['2026-Q1']);
      const live = createAgencyLive(ctx.db, onError);
      return { evaluations: live.live('evaluations', periods, []) };
    });
    await settled(() => evaluations.loaded()).toBe(true);
    await ctx.db.evaluations.bulkPut([record('2026-Q1', 'e', 400), record('2026-Q2', 'e', 300)]);
    await settled(() => evaluations().map((r) => r.id)).toEqual(['2026-Q1:ranking:e']);
    await ctx.db.evaluations.put(record('2026-Q1', 'e', 450));
    await settled(() => evaluations()[0]?.scores).toEqual({ quality: 450 });
  });

  it('given the period records followed live (one read transaction over seven tables, issue 21), when any of their tables is written, then the value follows', async () => {
    const ctx = testContext();
    const { records } = inRoot(() => {
      const live = createAgencyLive(ctx.db, onError);
      return { records: live.live('periodRecords', () => ['2026', '2026-Q1'], NO_CASE_RECORDS) };
    });
    await settled(() => records.loaded()).toBe(true);
    expect(records().records).toEqual([]);
    await ctx.db.evaluations.bulkPut([record('2026-Q1', 'e', 400), record('2025-Q1', 'e', 300)]);
    await settled(() => records().records.map((r) => r.id)).toEqual(['2026-Q1:ranking:e']);
    await ctx.db.appeals.put({ id: 'a1', periodId: '2026' } as unknown as Appeal);
    await settled(() => (records().appeals ?? []).map((a) => a.id)).toEqual(['a1']);
    await ctx.db.sittings.put({ id: 's1', periodId: '2026-Q1' } as unknown as CommissionSitting);
    await settled(() => records().sittings.map((x) => x.id)).toEqual(['s1']);
    expect(records().records.map((r) => r.id)).toEqual(['2026-Q1:ranking:e']);
  });

  it('given a query prefetched for the home page (issue 21), when a page asks for the same key, then it is answered at once; given back, it is not kept', async () => {
    const ctx = testContext();
    await ctx.db.evaluations.bulkPut([record('2026-Q1', 'e', 400)]);
    let giveBack = () => {};
    const live = inRoot(() => {
      const agency = createAgencyLive(ctx.db, onError);
      giveBack = agency.prefetch('evaluations', ['2026-Q1'], []);
      return agency;
    });
    // The page is made once the agency's tables are there; the prefetched records come beside them,
    // and a page made after they came is answered as it is made (no page follows the query before).
    await settled(() => live.loaded()).toBe(true);
    const madeNow = () => {
      const page = inRoot(() => ({ evaluations: live.live('evaluations', () => ['2026-Q1'], []) }));
      const answered = page.evaluations.loaded() ? page.evaluations().map((r) => r.id) : null;
      page.dispose();
      return answered;
    };
    await settled(madeNow).toEqual(['2026-Q1:ranking:e']);
    // Given back (another page chosen first), it is no longer kept: a page made now reads anew.
    giveBack();
    expect(madeNow()).toBeNull();
    // Another key is a query of its own, read when asked for.
    const other = inRoot(() => ({ evaluations: live.live('evaluations', () => ['2026-Q2'], []) }));
    expect(other.evaluations.loaded()).toBe(false);
    await settled(() => other.evaluations.loaded()).toBe(true);
  });

  it('given two pages following the same key, when one goes, then the other still follows the writes', async () => {
    const ctx = testContext();
    const live = inRoot(() => createAgencyLive(ctx.db, onError));
    const first = inRoot(() => ({ evaluations: live.live('evaluations', () => ['2026-Q1'], []) }));
    const second = inRoot(() => ({ evaluations: live.live('evaluations', () => ['2026-Q1'], []) }));
    await settled(() => second.evaluations.loaded()).toBe(true);
    first.dispose();
    await ctx.db.evaluations.put(record('2026-Q1', 'e', 450));
    await settled(() => second.evaluations()[0]?.scores).toEqual({ quality: 450 });
    second.dispose();
    // Asked for again, the key is read anew (the query given back when its last page went).
    const third = inRoot(() => ({ evaluations: live.live('evaluations', () => ['2026-Q1'], []) }));
    expect(third.evaluations.loaded()).toBe(false);
    await settled(() => third.evaluations()[0]?.scores).toEqual({ quality: 450 });
  });

  it('given a live key, when it is set to a new but equal array, then it is not subscribed again; when to a different one, it is', async () => {
    const ctx = testContext();
    await ctx.db.evaluations.bulkPut([record('2026-Q1', 'e', 400), record('2026-Q2', 'e', 300)]);
    const { evaluations, setPeriods } = inRoot(() => {
      const [periods, setPeriods] = createSignal<readonly string[]>(['2026-Q1']);
      const live = createAgencyLive(ctx.db, onError);
      return { evaluations: live.live('evaluations', periods, []), setPeriods };
    });
    await settled(() => evaluations.loaded()).toBe(true);
    setPeriods(['2026-Q1']);
    // A new subscription clears `loaded` at once (synchronously, as the source changes).
    expect(evaluations.loaded()).toBe(true);
    setPeriods(['2026-Q1', '2026-Q2']);
    expect(evaluations.loaded()).toBe(false);
    // The last answer stays until the new key's comes: a page does not blink empty between them.
    expect(evaluations().map((r) => r.periodId)).toEqual(['2026-Q1']);
    await settled(() => evaluations().map((r) => r.periodId)).toEqual(['2026-Q1', '2026-Q2']);
  });

  it('given a named query read once, then it answers with the store as it is at the call, and later writes do not change that answer', async () => {
    const ctx = testContext();
    const live = inRoot(() => createAgencyLive(ctx.db, onError));
    await ctx.db.evaluations.put(record('2026-Q1', 'e', 400));
    const answer = await live.read('evaluations', ['2026-Q1']);
    await ctx.db.evaluations.put(record('2026-Q1', 'e2', 300));
    expect(answer.map((r) => r.id)).toEqual(['2026-Q1:ranking:e']);
    expect((await live.read('evaluations', ['2026-Q1'])).map((r) => r.id)).toEqual(['2026-Q1:ranking:e', '2026-Q1:ranking:e2']);
  });
});
