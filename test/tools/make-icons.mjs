// Renders public/icon.svg to the PNG sizes the web manifest lists, and to the 32-pixel favicon
// index.html carries inline (run by hand when the icon changes). PNG, not SVG: a page decodes a
// PNG off its main thread, an SVG icon costs each page load an SVG document on it (issue 21).
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium.mjs';

const svg = readFileSync(new URL('../../public/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const render = async (size) => {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  const png = await page.screenshot({ omitBackground: true });
  await page.close();
  return png;
};
for (const size of [192, 512]) writeFileSync(new URL(`../../public/icon-${size}.png`, import.meta.url), await render(size));
const html = new URL('../../index.html', import.meta.url);
const favicon = `data:image/png;base64,${(await render(32)).toString('base64')}`;
writeFileSync(html, readFileSync(html, 'utf8').replace(/(<link\s+rel="icon"[^>]*href=")[^"]*(")/, `$1${favicon}$2`));
await browser.close();
