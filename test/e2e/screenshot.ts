/**
 * Screenshot comparison against a committed baseline (`__screenshots__/<name>.png`), pixel by pixel
 * with pixelmatch's anti-aliasing tolerance; at most `maxRatio` of the pixels may differ. A missing
 * baseline fails. `UPDATE_SCREENSHOTS=1` (re)writes the baselines and fails every comparison that
 * rewrote one: a run that changes what it compares with cannot pass — look at the images, then run
 * again without the variable. On a mismatch the actual image and the diff are left in the OS temp
 * folder. The logic (`checkScreenshot`) needs no browser and has unit tests (`screenshot.test.ts`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { expect } from 'vitest';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__screenshots__');

/** Whether this run rewrites the baselines (`UPDATE_SCREENSHOTS=1`, nothing else). */
export const updateRequested = (env: Readonly<Record<string, string | undefined>> = process.env): boolean =>
  env['UPDATE_SCREENSHOTS'] === '1';

/** How an image compares with its baseline (PNG bytes in, no files touched). */
export type PixelComparison =
  | { readonly kind: 'within'; readonly ratio: number }
  | { readonly kind: 'size'; readonly want: string; readonly got: string }
  | { readonly kind: 'differs'; readonly ratio: number; readonly diff: Buffer };

export function comparePixels(baseline: Buffer, actual: Buffer, maxRatio: number): PixelComparison {
  const want = PNG.sync.read(baseline);
  const got = PNG.sync.read(actual);
  if (want.width !== got.width || want.height !== got.height)
    return { kind: 'size', want: `${want.width}×${want.height}`, got: `${got.width}×${got.height}` };
  const diff = new PNG({ width: want.width, height: want.height });
  const differing = pixelmatch(want.data, got.data, diff.data, want.width, want.height, { threshold: 0.1 });
  const ratio = differing / (want.width * want.height);
  return ratio > maxRatio ? { kind: 'differs', ratio, diff: PNG.sync.write(diff) } : { kind: 'within', ratio };
}

export interface ScreenshotOptions {
  /** Where the baselines are. */
  readonly dir: string;
  /** Where the actual image and the diff of a mismatch are left. */
  readonly keepDir: string;
  readonly update: boolean;
  readonly maxRatio: number;
}

/** The outcome of one comparison: passed, or why not (a rewritten baseline never passes). */
export type ScreenshotVerdict =
  { readonly kind: 'matches' } | { readonly kind: 'rewritten' | 'missing' | 'mismatch'; readonly message: string };

export function checkScreenshot(name: string, actual: Buffer, opts: ScreenshotOptions): ScreenshotVerdict {
  const file = join(opts.dir, `${name}.png`);
  if (opts.update) {
    mkdirSync(opts.dir, { recursive: true });
    writeFileSync(file, actual);
    return {
      kind: 'rewritten',
      message: `${name}: the baseline ${file} was rewritten (UPDATE_SCREENSHOTS=1); look at it, then run the tests again without UPDATE_SCREENSHOTS — a run that rewrites its baselines does not pass`,
    };
  }
  if (!existsSync(file))
    return {
      kind: 'missing',
      message: `no baseline ${file}: run the e2e tests with UPDATE_SCREENSHOTS=1, look at the images, commit them`,
    };
  const compared = comparePixels(readFileSync(file), actual, opts.maxRatio);
  if (compared.kind === 'within') return { kind: 'matches' };
  writeFileSync(join(opts.keepDir, `${name}.actual.png`), actual);
  if (compared.kind === 'size')
    return {
      kind: 'mismatch',
      message: `${name}: ${compared.got} px, the expected layout is ${compared.want} px (actual kept in ${opts.keepDir})`,
    };
  writeFileSync(join(opts.keepDir, `${name}.diff.png`), compared.diff);
  return {
    kind: 'mismatch',
    message: `${name}: ${(compared.ratio * 100).toFixed(2)} % of the pixels differ from the expected layout (actual and diff kept in ${opts.keepDir})`,
  };
}

/** Fails the running test unless the image matches its baseline; the folders are for the helper's own tests. */
export function compareScreenshot(name: string, actual: Buffer, { maxRatio = 0.002, dir = DIR, keepDir = tmpdir() } = {}): void {
  const verdict = checkScreenshot(name, actual, { dir, keepDir, update: updateRequested(), maxRatio });
  if (verdict.kind === 'matches') return;
  // A rewritten baseline fails softly: the test goes on, so one run rewrites every baseline it takes.
  if (verdict.kind === 'rewritten') expect.soft(verdict.kind, verdict.message).toBe('matches');
  else throw new Error(verdict.message);
}

/** A fixed day for layout screenshots: the demo agency's quarter, plans and dates are then the same on every run. */
export const SCREENSHOT_DAY = new Date('2026-11-20T09:00:00+05:00');

/** A document as printed — print styles on an A4-wide page (landscape for a wide table), the article alone — against its expected layout. */
export async function expectPrintedLayout(page: Page, name: string, selector = 'article.official-form'): Promise<void> {
  const article = page.locator(selector);
  const landscape = (await article.and(page.locator('.landscape')).count()) > 0;
  await page.setViewportSize(landscape ? { width: 1123, height: 794 } : { width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  compareScreenshot(name, await article.screenshot({ animations: 'disabled' }));
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1400, height: 900 });
}
