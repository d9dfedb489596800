// @vitest-environment happy-dom
/**
 * The service worker waits for the first screen (issue 21): it is there once the page's main region
 * holds something other than a loading line, and is said once.
 */
import { expect, it, vi } from 'vitest';

const shown = vi.fn();
vi.mock('../../platform/service-worker', () => ({ firstScreenShown: shown, FIRST_SCREEN_AT_MOST_MS: 5000 }));
const { watchFirstScreen } = await import('./first-screen');

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

it('is said when the loading line gives way to the page, not before, and once', async () => {
  const root = document.createElement('div');
  document.body.append(root);
  root.innerHTML = '<header>Бағалау</header>';
  watchFirstScreen(root);
  await flush();
  expect(shown).not.toHaveBeenCalled();
  root.innerHTML = '<main id="main"><p data-loading="">…</p></main>';
  await flush();
  expect(shown).not.toHaveBeenCalled();
  root.querySelector('main')!.innerHTML = '<section><h1>Сроки</h1><p data-loading="">…</p></section>';
  await flush();
  expect(shown).not.toHaveBeenCalled();
  root.querySelector('section p')!.replaceWith(document.createElement('table'));
  await flush();
  expect(shown).toHaveBeenCalledTimes(1);
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
});
