/**
 * Tells the platform when the first screen shows what it is for: the page's main region is there
 * and holds no loading line (`Loading`) any more — whatever page the address opens, whatever data
 * it waits for.
 */
import { FIRST_SCREEN_AT_MOST_MS, firstScreenShown } from '../../platform/service-worker';
import { LOADING_ATTRIBUTE } from '../shared/Loading';

export function watchFirstScreen(root: HTMLElement): void {
  const there = () => {
    const main = root.querySelector('main');
    return main !== null && main.childElementCount > 0 && main.querySelector(`[${LOADING_ATTRIBUTE}]`) === null;
  };
  if (there()) return firstScreenShown();
  const observer = new MutationObserver(() => {
    if (!there()) return;
    observer.disconnect();
    firstScreenShown();
  });
  observer.observe(root, { childList: true, subtree: true });
  // A screen that never leaves its loading line (a failure shown elsewhere) is not watched for ever:
  // the service worker stops waiting by then too.
  setTimeout(() => observer.disconnect(), FIRST_SCREEN_AT_MOST_MS);
}
