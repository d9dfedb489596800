/** Entry point: mount the app, start the service worker (PWA build only). */
import { render } from 'solid-js/web';
import { App } from './ui/app/App';
import { startServiceWorker } from './platform/service-worker';
import './ui/app/styles.css';
import './ui/app/layout.css';

const root = document.getElementById('root');
if (root) render(() => <App />, root);
startServiceWorker();
