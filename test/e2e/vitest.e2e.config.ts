import { defineConfig } from 'vitest/config';
import SummaryReporter from '../tools/summary-reporter.ts';

// End-to-end tests drive the built app in real Chromium, one file at a time (2-core machines).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
    reporters: ['default', new SummaryReporter('e2e')],
    // A page reload or a service-worker install on a 2-core machine can take a few seconds.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
