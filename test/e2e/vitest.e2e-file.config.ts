import { e2eConfig } from './vitest.e2e.config';

// The second pass of `npm run test:e2e`: every e2e again, against the single file opened from
// file:// as from a Windows share (test/e2e/harness.ts, `E2E_BUILD`).
export default e2eConfig('file');
