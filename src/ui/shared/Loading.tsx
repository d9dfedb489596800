/**
 * What a screen shows while its data or code is on the way. Marked, so the shell can tell when the
 * first screen really shows something (`watchFirstScreen`).
 */
import { useApp } from '../app/app-state';

export const LOADING_ATTRIBUTE = 'data-loading';

export function Loading() {
  const app = useApp();
  return <p data-loading="">{app.i18n.t('app.loading')}</p>;
}
