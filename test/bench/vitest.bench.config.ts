import { defineConfig } from 'vitest/config';

// `npm run bench`: performance figures printed as tables (not timed unit tests; not part of npm test).
export default defineConfig({
  test: {
    include: ['test/bench/**/*.bench.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    // A child process with the collector exposed: benches collect garbage before each timed run, so a
    // run does not pay for the garbage of the one before it (see consolidated.bench.test.ts).
    pool: 'forks',
    execArgv: ['--expose-gc'],
    silent: false,
  },
});
