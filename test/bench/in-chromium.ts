/**
 * Builds a bench entry (a plain script that sets `globalThis.bagalauBench`) with Vite, serves it on
 * 127.0.0.1 and calls `bagalauBench.run(...args)` in Chromium; returns what it returns.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launch, serve } from '../e2e/harness';

export async function runInChromium<T>(entry: URL, args: readonly unknown[]): Promise<T> {
  const out = mkdtempSync(join(tmpdir(), 'bagalau-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: out,
      emptyOutDir: true,
      lib: { entry: entry.pathname, formats: ['iife'], name: 'bench', fileName: () => 'bench.js' },
    },
  });
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,"><script src="bench.js"></script>',
  );
  const server = await serve(out as 'dist');
  const s = await launch();
  try {
    await s.page.goto(server.url);
    return (await s.page.evaluate(
      async (a) => (globalThis as unknown as { bagalauBench: { run(...x: unknown[]): Promise<unknown> } }).bagalauBench.run(...a),
      [...args],
    )) as T;
  } finally {
    await s.close();
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}
