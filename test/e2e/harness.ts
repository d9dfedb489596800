/**
 * End-to-end harness: the built app (the PWA served on 127.0.0.1, or the single file from file://,
 * `E2E_BUILD`), Debian's Chromium through playwright-core with a fresh profile per test (or a kept
 * one to test a browser restart), and guards every test gets for free — no request may leave the
 * local origin, no console error may appear.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
// @ts-expect-error — plain JS helper shared with the Node tools
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.mjs';
// @ts-expect-error — plain JS helper shared with the Node tools
import { serveStatic } from '../tools/static-server.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Server {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export const serve = (root: 'dist' | 'dist-file', port = 0): Promise<Server> => serveStatic(root, port) as Promise<Server>;

/**
 * The build every e2e drives: the PWA served on 127.0.0.1 (`npm run test:e2e`'s first pass), or the
 * single file opened from `file://` as from a Windows share (its second pass,
 * `vitest.e2e-file.config.ts`, which sets `E2E_BUILD=file`). Issue 21: both builds pass every e2e.
 */
export const E2E_BUILD: 'pwa' | 'file' = process.env['E2E_BUILD'] === 'file' ? 'file' : 'pwa';

/** The single file as a user opens it: `file://…/dist-file/index.html`, no server. */
export const SINGLE_FILE = new URL('../../dist-file/index.html', import.meta.url);

const singleFile = (): Server => ({ url: SINGLE_FILE.href, port: 0, close: async () => undefined });

/** The build under test (see `E2E_BUILD`) for the tests of one file; returns a getter for its address. */
export function useBuiltApp(): () => Server {
  let server: Server | undefined;
  beforeAll(async () => {
    server = E2E_BUILD === 'file' ? singleFile() : await serve('dist');
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('the app is not served yet');
    return server;
  };
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly profileDir: string;
  /** Every URL the browser asked for. */
  readonly requests: string[];
  readonly consoleErrors: string[];
  /** Asserts the guards (local requests only, no console errors) and closes the browser. */
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|file:\/\/|data:|blob:|chrome-extension:|about:)/;

export async function launch(opts: { profileDir?: string; offline?: boolean; downloadsPath?: string } = {}): Promise<Session> {
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'bagalau-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath() as string,
    args: [...(CHROMIUM_ARGS as string[]), '--allow-file-access-from-files'],
    headless: true,
    acceptDownloads: true,
    // The office laptop the app is made for (README): every e2e runs at 1366×768.
    viewport: { width: 1366, height: 768 },
    locale: 'ru-RU',
    // The real clipboard, for paste tests (a block copied from Excel).
    permissions: ['clipboard-read', 'clipboard-write'],
    ...(opts.downloadsPath ? { downloadsPath: opts.downloadsPath } : {}),
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  };
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    context,
    page,
    profileDir,
    requests,
    consoleErrors,
    async close(closeOpts = {}) {
      await context.close();
      if (!closeOpts.keepProfile) rmSync(profileDir, { recursive: true, force: true });
      expect(
        requests.filter((u) => !LOCAL.test(u)),
        'requests that left the local origin',
      ).toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
  };
}

/** Runs axe-core on the page (injected through the DevTools protocol, so the page's CSP stays intact). */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary}`),
    }));
  });
  expect(violations, `axe violations on ${label}`).toEqual([]);
}
