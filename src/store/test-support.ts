/** Shared set-up for store tests: a fresh agency database per test with pinned clock and ids. */
import type { StoreContext } from './context';
import { AgencyDb } from './db';

let counter = 0;

export function testContext(name = `test-${++counter}-${Math.random().toString(36).slice(2)}`): StoreContext & { db: AgencyDb } {
  let id = 0;
  let tick = 0;
  return {
    db: new AgencyDb(name),
    now: () => new Date(Date.UTC(2026, 10, 22, 10, 0, tick++)).toISOString(),
    newId: () => `${name}-${++id}`,
    operator: () => 'Тестов Т.',
  };
}
