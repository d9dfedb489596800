/** Entry point: load the screen's words, mount the app, start the service worker (PWA build only). */
import { render } from 'solid-js/web';
import { App } from './ui/app/App';
import { watchFirstScreen } from './ui/app/first-screen';
import { startServiceWorker } from './platform/service-worker';
import { loadDictionary } from './i18n/load';
import { initialLang } from './i18n/translator';
import './ui/app/styles.css';
import './ui/app/layout.css';

// The screen's language only (issue 21); the others load when chosen.
await loadDictionary(initialLang());
const root = document.getElementById('root');
if (root) {
  watchFirstScreen(root);
  render(() => <App />, root);
}
startServiceWorker();
