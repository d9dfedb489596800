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

export function startServiceWorker(): void {
  if (BUILD_KIND !== 'pwa' || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => setNeedRefresh(true),
    onOfflineReady: () => setOfflineReady(true),
  });
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
