/**
 * Screenshot comparison against a committed baseline (`__screenshots__/<name>.png`), pixel by pixel
 * with pixelmatch's anti-aliasing tolerance; at most `maxRatio` of the pixels may differ. A missing
 * baseline fails, unless `UPDATE_SCREENSHOTS=1`, which (re)writes the baselines — look at them
 * before committing. On a mismatch the actual image and the diff are left in the OS temp folder.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__screenshots__');

export function compareScreenshot(name: string, actual: Buffer, maxRatio = 0.002): void {
  const file = join(DIR, `${name}.png`);
  if (process.env['UPDATE_SCREENSHOTS'] === '1') {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`no baseline ${file}: run the e2e tests with UPDATE_SCREENSHOTS=1, look at the images, commit them`);
  const want = PNG.sync.read(readFileSync(file));
  const got = PNG.sync.read(actual);
  const keep = () => writeFileSync(join(tmpdir(), `${name}.actual.png`), actual);
  if (want.width !== got.width || want.height !== got.height) {
    keep();
    throw new Error(
      `${name}: ${got.width}×${got.height} px, the expected layout is ${want.width}×${want.height} px (actual kept in ${tmpdir()})`,
    );
  }
  const diff = new PNG({ width: want.width, height: want.height });
  const differing = pixelmatch(want.data, got.data, diff.data, want.width, want.height, { threshold: 0.1 });
  const ratio = differing / (want.width * want.height);
  if (ratio > maxRatio) {
    keep();
    writeFileSync(join(tmpdir(), `${name}.diff.png`), PNG.sync.write(diff));
    throw new Error(
      `${name}: ${(ratio * 100).toFixed(2)} % of the pixels differ from the expected layout (actual and diff kept in ${tmpdir()})`,
    );
  }
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
