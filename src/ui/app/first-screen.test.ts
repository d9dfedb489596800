// @vitest-environment happy-dom
/**
 * The service worker waits for the first screen (issue 21): it is there once the page's main region
 * holds something other than a loading line, and is said once. Until then the page is held back
 * from painting, at most `FIRST_SCREEN_HOLD_MS`.
 */
import { expect, it, vi } from 'vitest';

const shown = vi.fn();
vi.mock('../../platform/service-worker', () => ({ firstScreenShown: shown, FIRST_SCREEN_AT_MOST_MS: 5000 }));
const { watchFirstScreen, showFirstScreenNow, FIRST_SCREEN_HOLD_MS } = await import('./first-screen');

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

it('is said when the loading line gives way to the page, not before, and once', async () => {
  const root = document.createElement('div');
  document.body.append(root);
  root.innerHTML = '<header>Бағалау</header>';
  watchFirstScreen(root);
  await flush();
  expect(shown).not.toHaveBeenCalled();
  expect(root.hidden).toBe(true);
  root.innerHTML = '<main id="main"><p data-loading="">…</p></main>';
  await flush();
  expect(shown).not.toHaveBeenCalled();
  root.querySelector('main')!.innerHTML = '<section><h1>Сроки</h1><p data-loading="">…</p></section>';
  await flush();
  expect(shown).not.toHaveBeenCalled();
  expect(root.hidden).toBe(true);
  root.querySelector('section p')!.replaceWith(document.createElement('table'));
  await flush();
  expect(shown).toHaveBeenCalledTimes(1);
  expect(root.hidden).toBe(false);
  root.querySelector('main')!.innerHTML = '<p>другая страница</p>';
  await flush();
  expect(shown).toHaveBeenCalledTimes(1);
});

it('is said at once when the page is already there', () => {
  shown.mockClear();
  const root = document.createElement('div');
  root.innerHTML = '<main><h1>Старт</h1></main>';
  watchFirstScreen(root);
  expect(shown).toHaveBeenCalledTimes(1);
  expect(root.hidden).toBe(false);
});

it('given a page still loading after FIRST_SCREEN_HOLD_MS, then its loading line is shown; the first screen is said later', async () => {
  shown.mockClear();
  vi.useFakeTimers();
  try {
    const root = document.createElement('div');
    document.body.append(root);
    watchFirstScreen(root);
    root.innerHTML = '<main id="main"><p data-loading="">…</p></main>';
    vi.advanceTimersByTime(FIRST_SCREEN_HOLD_MS - 1);
    expect(root.hidden).toBe(true);
    vi.advanceTimersByTime(1);
    expect(root.hidden).toBe(false);
    expect(shown).not.toHaveBeenCalled();
  } finally {
    vi.useRealTimers();
  }
});

it("given a dialog or a notice coming while the page is held back, then the page is shown at once (a hidden page cannot take the dialog's focus)", async () => {
  shown.mockClear();
  const root = document.createElement('div');
  document.body.append(root);
  watchFirstScreen(root);
  root.innerHTML = '<main id="main"><p data-loading="">…</p></main><dialog><input></dialog>';
  await flush();
  expect(root.hidden).toBe(true);
  showFirstScreenNow();
  expect(root.hidden).toBe(false);
  // Still the first screen is said only when the page is there.
  expect(shown).not.toHaveBeenCalled();
  root.querySelector('main')!.innerHTML = '<table></table>';
  await flush();
  expect(shown).toHaveBeenCalledTimes(1);
  expect(root.hidden).toBe(false);
});
