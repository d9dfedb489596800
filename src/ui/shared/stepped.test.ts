/**
 * A value made in steps (issue 21): a slice of steps per task, the page's thread given back in
 * between; a change of the inputs drops the run under way, and the value before stays until the
 * new one is made; inputs that keep changing still let a value come; a step that throws is said.
 */
import { createRoot, createSignal } from 'solid-js';
import { afterEach, expect, it, vi } from 'vitest';
import { createStepped, FINISH_AFTER_MS, SLICE_MS } from './stepped';

let dispose = () => {};
afterEach(() => {
  dispose();
  vi.restoreAllMocks();
});

/** A clock that moves a tenth of a slice each time it is read: ten steps fit in a slice. */
function steppingClock() {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += SLICE_MS / 10));
}

/** Counts to `n` in steps, and says how many steps it has run. */
function* countTo(n: number, ran: { steps: number }) {
  for (let i = 1; i < n; i++) {
    ran.steps++;
    yield i;
  }
  ran.steps++;
  return n;
}

const tasks = async (k: number) => {
  for (let i = 0; i < k; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

it('makes the value over several tasks, a slice at a time, and says it is pending until then', async () => {
  steppingClock();
  const ran = { steps: 0 };
  const value = createRoot((d) => {
    dispose = d;
    return createStepped(() => countTo(100, ran));
  });
  await Promise.resolve();
  // The first slice ran in the task that made it, and stopped well short of a hundred steps.
  expect(ran.steps).toBeGreaterThan(0);
  expect(ran.steps).toBeLessThan(20);
  expect(value()).toBeUndefined();
  expect(value.pending()).toBe(true);
  await tasks(30);
  expect(value()).toBe(100);
  expect(value.pending()).toBe(false);
});

it('drops the run under way when its inputs change; the value before stays until the new one is made', async () => {
  steppingClock();
  const first = { steps: 0 };
  const second = { steps: 0 };
  const [n, setN] = createSignal(5);
  const value = createRoot((d) => {
    dispose = d;
    return createStepped(() => countTo(n(), n() === 200 ? second : first));
  });
  await tasks(3);
  expect(value()).toBe(5);
  setN(200);
  await Promise.resolve();
  expect(value()).toBe(5);
  expect(value.pending()).toBe(true);
  setN(5);
  const before = second.steps;
  await tasks(40);
  // The dropped run took no step after the change, and the value is of the inputs now.
  expect(second.steps).toBe(before);
  expect(value()).toBe(5);
  expect(value.pending()).toBe(false);
});

it('makes nothing while there is nothing to make from', async () => {
  const [ready, setReady] = createSignal(false);
  const ran = { steps: 0 };
  const value = createRoot((d) => {
    dispose = d;
    return createStepped(() => (ready() ? countTo(3, ran) : undefined));
  });
  await tasks(2);
  expect(ran.steps).toBe(0);
  expect(value()).toBeUndefined();
  expect(value.pending()).toBe(false);
  setReady(true);
  await tasks(2);
  expect(value()).toBe(3);
});

it('inputs that keep changing still let a value come: after a while the run under way is finished, the latest made next', async () => {
  steppingClock();
  const [n, setN] = createSignal(100);
  const value = createRoot((d) => {
    dispose = d;
    return createStepped(() => countTo(n(), { steps: 0 }));
  });
  // A change every task, for longer than a run of 100 steps takes: without the rule, none would end.
  let waited = 0;
  let latest = 100;
  while (value() === undefined && waited < 200) {
    setN(++latest);
    await tasks(1);
    waited++;
  }
  expect(value()).toBeGreaterThanOrEqual(100);
  // The changes stop: the latest inputs are made.
  await tasks(40);
  expect(value()).toBe(latest);
  expect(value.pending()).toBe(false);
  // It waited about FINISH_AFTER_MS of the stepping clock, not until the changes stopped.
  expect(waited).toBeLessThan(200);
  expect(FINISH_AFTER_MS).toBeGreaterThan(SLICE_MS);
});

it('a step that throws is thrown by the value, and the run is no longer pending', async () => {
  // eslint-disable-next-line require-yield -- a generator that fails before its first step
  function* failing(): Generator<number, number, void> {
    throw new Error('a bug');
  }
  const value = createRoot((d) => {
    dispose = d;
    return createStepped(() => failing());
  });
  await tasks(2);
  expect(() => value()).toThrow('a bug');
  expect(value.pending()).toBe(false);
});
