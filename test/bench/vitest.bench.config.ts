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
    silent: false,
  },
});
