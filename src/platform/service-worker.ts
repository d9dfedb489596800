/**
 * Service worker registration (PWA build only; the single-file build resolves the virtual module to
 * a no-op, see vite.config.ts). An update waits for the user's consent: an editor must not reload
 * under someone's hands.
 */
import { createSignal } from 'solid-js';
import { registerSW } from 'virtual:pwa-register';

declare const __BUILD_KIND__: 'pwa' | 'file';
export const BUILD_KIND: 'pwa' | 'file' = __BUILD_KIND__;

const [needRefresh, setNeedRefresh] = createSignal(false);
const [offlineReady, setOfflineReady] = createSignal(false);
let update: ((reload?: boolean) => Promise<void>) | undefined;

/** The service worker waits for the first screen (`firstScreenShown`) this long at most, from `startServiceWorker`. */
export const FIRST_SCREEN_AT_MOST_MS = 5000;
let shown: () => void = () => undefined;
const firstScreen = new Promise<void>((resolve) => {
  shown = resolve;
});

/** Said once the first screen shows what it is for, not a loading line. */
export function firstScreenShown(): void {
  shown();
}

/**
 * Registers the service worker once the first screen is there and the page is idle (issue 21). On a
 * first visit it downloads and stores every chunk — megabytes — which on a weak PC would compete
 * with the first screen for the processor; on every later one it loads its helper and asks whether
 * a new version is out, which can wait as well.
 */
export function startServiceWorker(): void {
  if (BUILD_KIND !== 'pwa' || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const register = () => {
    update = registerSW({
      immediate: true,
      onNeedRefresh: () => setNeedRefresh(true),
      onOfflineReady: () => setOfflineReady(true),
    });
  };
  void Promise.race([firstScreen, new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_AT_MOST_MS))]).then(() =>
    'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 1000 }) : setTimeout(register, 0),
  );
}

export const serviceWorkerState = { needRefresh, offlineReady };

export async function applyUpdate(): Promise<void> {
  setNeedRefresh(false);
  await update?.(true);
}

export function dismissUpdate(): void {
  setNeedRefresh(false);
  setOfflineReady(false);
}
