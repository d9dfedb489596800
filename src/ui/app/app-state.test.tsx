// @vitest-environment happy-dom
/**
 * The last agency's database is opened with the app, beside the registry (issue 21): used when it is
 * the current agency, and never created by that early opening — a database no registry lists must
 * not appear because this browser remembered its id.
 */
import { createRoot } from 'solid-js';
import { afterEach, expect, it, vi } from 'vitest';
import { AgencyDb, agencyDbName } from '../../store/db';
import { AppProvider, useApp, type AppState } from './app-state';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  localStorage.clear();
});

function mount(): AppState {
  let app!: AppState;
  createRoot((d) => {
    dispose = d;
    AppProvider({
      get children() {
        app = useApp();
        return null;
      },
    });
  });
  return app;
}

const onDisk = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

it('given the last agency’s database on disk, then the shell gets it opened, with its rows', async () => {
  const made = new AgencyDb(agencyDbName('kept'));
  await made.open();
  await made.units.put({ id: 'u1' } as never);
  made.close();
  localStorage.setItem('bagalau.agency', 'kept');
  const app = mount();
  const opened = await app.openCurrentAgency('kept');
  expect(opened.ok && (await opened.value.units.count())).toBe(1);
  if (opened.ok) opened.value.close();
});

it('given a remembered agency whose database is not on disk, then the early opening creates nothing', async () => {
  localStorage.setItem('bagalau.agency', 'ghost');
  const app = mount();
  await vi.waitFor(() => expect(app.agencies()).toEqual([]));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await onDisk(agencyDbName('ghost'))).toBe(false);
});
