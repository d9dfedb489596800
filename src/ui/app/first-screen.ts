/**
 * The first screen (issue 21): the page is kept from painting until it shows what it is for — the
 * page's main region is there and holds no loading line (`Loading`) any more, whatever page the
 * address opens and whatever data it waits for — and the platform is told when it is.
 *
 * Held back, a weak PC lays out and paints the page once: shown at once, it painted the shell, then
 * the agency's frame with its loading line, then the page, each a frame of style and layout work on
 * the way to the page (the browser keeps the page before on screen meanwhile). A page slower than
 * `FIRST_SCREEN_HOLD_MS` shows its loading line then.
 */
import { FIRST_SCREEN_AT_MOST_MS, firstScreenShown } from '../../platform/service-worker';
import { LOADING_ATTRIBUTE } from '../shared/Loading';

/** The longest the page is held back before it shows its loading line. */
export const FIRST_SCREEN_HOLD_MS = 1000;

let showHeld: () => void = () => undefined;

/**
 * Shows the page at once, held back or not: what must be seen and focused the moment it comes — a
 * dialog about to open (a hidden page cannot take its focus), a notice (placed under the navigation
 * as it is laid out) — does not wait for the first screen.
 */
export function showFirstScreenNow(): void {
  showHeld();
}

/** Called before the app is rendered into `root`. */
export function watchFirstScreen(root: HTMLElement): void {
  const there = () => {
    const main = root.querySelector('main');
    return main !== null && main.childElementCount > 0 && main.querySelector(`[${LOADING_ATTRIBUTE}]`) === null;
  };
  if (there()) return firstScreenShown();
  root.hidden = true;
  const show = () => {
    clearTimeout(held);
    root.hidden = false;
    showHeld = () => undefined;
  };
  const held = setTimeout(show, FIRST_SCREEN_HOLD_MS);
  showHeld = show;
  const observer = new MutationObserver(() => {
    if (!there()) return;
    observer.disconnect();
    show();
    firstScreenShown();
  });
  observer.observe(root, { childList: true, subtree: true });
  // A screen that never leaves its loading line (a failure shown elsewhere) is not watched for ever:
  // the service worker stops waiting by then too.
  setTimeout(() => observer.disconnect(), FIRST_SCREEN_AT_MOST_MS);
}
