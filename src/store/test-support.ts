/** Shared set-up for store tests: a fresh agency database per test with pinned clock and ids. */
import type { StoreContext } from './context';
import { AgencyDb } from './db';

let counter = 0;
/** A fixed prefix per test file run: databases of fake-indexeddb live as long as the process. */
const run = (globalThis.process?.pid ?? 0).toString(36);

export function testContext(name = `test-${run}-${++counter}`): StoreContext & { db: AgencyDb } {
  let id = 0;
  let tick = 0;
  // A small linear congruential generator: shuffles are repeatable in tests.
  let seed = 12345;
  return {
    db: new AgencyDb(name),
    now: () => new Date(Date.UTC(2026, 10, 22, 10, 0, tick++)).toISOString(),
    newId: () => `${name}-${++id}`,
    randomBelow: (n) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    },
    operator: () => 'Тестов Т.',
  };
}
