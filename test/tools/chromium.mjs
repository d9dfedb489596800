// Where Chromium is: CHROME_PATH, Debian's /usr/bin/chromium, or the usual places.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

export function chromiumPath() {
  const found = findChromium();
  if (!found)
    throw new Error('Chromium was not found. Set CHROME_PATH, or run `npm run test:e2e` as root on Debian to install it.');
  return found;
}

/** The launch flags measured on this machine kind (shared/STACK.md): no background traffic at all. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
