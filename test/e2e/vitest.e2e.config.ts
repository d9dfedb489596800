import { defineConfig } from 'vitest/config';
import SummaryReporter from '../tools/summary-reporter.ts';

/**
 * End-to-end tests drive the built app in real Chromium, one file at a time (2-core machines):
 * the PWA served on 127.0.0.1 (this config), then the single file from file://
 * (`vitest.e2e-file.config.ts`) — every e2e against both builds (issue 21).
 */
export const e2eConfig = (build: 'pwa' | 'file') =>
  defineConfig({
    test: {
      include: ['test/e2e/**/*.e2e.ts'],
      environment: 'node',
      testTimeout: 120_000,
      hookTimeout: 60_000,
      fileParallelism: false,
      maxWorkers: 1,
      // Read by test/e2e/harness.ts: which build the tests open.
      env: { E2E_BUILD: build },
      reporters: ['default', new SummaryReporter(build === 'file' ? 'e2e-single-file' : 'e2e')],
      // A page reload or a service-worker install on a 2-core machine can take a few seconds.
      expect: { poll: { timeout: 15_000, interval: 100 } },
    },
  });

export default e2eConfig('pwa');
