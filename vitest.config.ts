import solid from 'vite-plugin-solid';
import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/tools/summary-reporter.ts';

// Unit tests: pure domain, io and store (fake-indexeddb in node); Solid tests opt into happy-dom per file;
// the e2e helpers' own logic (test/e2e/*.test.ts, no browser).
export default defineConfig({
  plugins: [solid()],
  define: { __BUILD_KIND__: JSON.stringify('pwa') },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    reporters: ['default', new SummaryReporter('unit')],
  },
  resolve: { conditions: ['development', 'browser'] },
});
