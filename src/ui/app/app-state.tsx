/**
 * App-wide state: language, the registry of agencies on this machine, the current agency, notices
 * (a polite live region for news, an alert region for failures) and the confirmation dialog.
 */
import { createContext, createSignal, useContext, type Accessor, type ParentProps } from 'solid-js';
import { createI18n, type I18n } from '../../i18n/translator';
import { storeErrorText } from '../shared/messages';
import { LAST_AGENCY_KEY } from '../../store/early-probe';
import { createRegistryAgencies } from '../../store/live';
import { openAgency, openRegistry, type AgencyHandle, type RegistryAgency, type RegistryHandle } from '../../store/open';
import type { Result } from '../../domain/result';
import type { StoreError } from '../../store/errors';
import { createOperatorName } from '../../platform/operator';
import { browserLocks } from '../../platform/locks';
import { agenciesWithIntents, settleIntents, type Settled } from '../../store/registry-intents';

export interface Notice {
  readonly id: number;
  readonly kind: 'info' | 'error';
  readonly text: string;
  /** What must be put right for the notice to go by itself (a cell, a field): see `resolve`. */
  readonly causes?: readonly string[];
  /** A choice the notice offers (a button); taking it closes the notice. */
  readonly action?: NoticeAction;
}

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

export interface AppState {
  readonly i18n: I18n;
  readonly registry: RegistryHandle;
  readonly agencies: Accessor<readonly RegistryAgency[] | undefined>;
  readonly currentAgencyId: Accessor<string | null>;
  selectAgency(id: string | null): void;
  /**
   * Opens the agency's database for the shell. The last agency's opening starts with the app,
   * beside the registry's (issue 21: the first screen waits for one opening, not two in a row);
   * it is used when that agency is the current one once the registry is settled, else closed.
   */
  openCurrentAgency(id: string): Promise<Result<AgencyHandle, StoreError>>;
  readonly notices: Accessor<readonly Notice[]>;
  notify(
    text: string,
    kind?: Notice['kind'],
    opts?: { readonly causes?: readonly string[]; readonly action?: NoticeAction },
  ): void;
  dismissNotice(id: number): void;
  /** `cause` is put right (the cell corrected, the field filled): a notice waiting on nothing else goes. */
  resolve(cause: string): void;
  /** Every notice goes: they belong to the page they were raised on, not to the next one (issue 19). */
  clearNotices(): void;
  /** Shows a store failure in the user's language. */
  failed(error: StoreError): void;
  readonly confirmRequest: Accessor<ConfirmRequest | null>;
  confirm(message: string, confirmLabel?: string): Promise<boolean>;
  readonly otherTabUpgraded: Accessor<boolean>;
  markOtherTabUpgraded(): void;
  /**
   * This tab is about to delete an agency's database: its own deletion closes the connection the way
   * another tab's upgrade would, and must not be reported as one.
   */
  removingAgency(id: string | null): void;
  /** Who is working on this computer: one name per browser, recorded in every audit entry ('' until given). */
  readonly operatorName: Accessor<string>;
  setOperatorName(name: string): void;
  /** The dialog that asks for the name, opened on request (the header, the agency page). */
  readonly operatorDialogRequested: Accessor<boolean>;
  requestOperatorDialog(open: boolean): void;
}

export interface ConfirmRequest {
  readonly message: string;
  readonly confirmLabel: string;
  resolve(answer: boolean): void;
}

const AppContext = createContext<AppState>();

export function AppProvider(props: ParentProps) {
  const i18n = createI18n();
  const [otherTabUpgraded, setOtherTabUpgraded] = createSignal(false);
  // The agency this tab is deleting, until another is selected (see `removingAgency`).
  let removing: string | null = null;
  const registry = openRegistry(() => setOtherTabUpgraded(true));
  const listed = createRegistryAgencies(registry);
  // What an earlier tab left unfinished (a restore, creation or removal stopped midway) is settled
  // before any agency is listed or shown.
  const [settled, setSettled] = createSignal(false);
  let settling = true;
  const agencies = () => (settled() ? listed() : undefined);
  const lastId = localStorage.getItem(LAST_AGENCY_KEY);
  const [currentAgencyId, setCurrentAgencyId] = createSignal<string | null>(lastId);
  const onVersionChange = () => state.markOtherTabUpgraded();
  // The last agency, opened at once — never created (a database not on disk is left to the
  // registry's answer), and only when no unfinished operation names it; a version change while
  // settling discards it.
  let early: { readonly id: string; readonly opened: Promise<Result<AgencyHandle, StoreError>>; stale: boolean } | undefined =
    lastId === null
      ? undefined
      : {
          id: lastId,
          stale: false,
          opened: openAgency(
            lastId,
            () => {
              if (!settling) onVersionChange();
              else if (early) early.stale = true;
            },
            {
              onlyExisting: true,
              proceed: agenciesWithIntents(registry).then(
                (ids) => !ids.includes(lastId),
                () => false,
              ),
            },
          ),
        };
  const [notices, setNotices] = createSignal<readonly Notice[]>([]);
  const [confirmRequest, setConfirmRequest] = createSignal<ConfirmRequest | null>(null);
  const operator = createOperatorName();
  const [operatorDialogRequested, requestOperatorDialog] = createSignal(false);
  let nextNotice = 1;

  const state: AppState = {
    i18n,
    registry,
    agencies,
    currentAgencyId: () => {
      if (!settled()) return null;
      const list = agencies();
      const id = currentAgencyId();
      if (!list) return id;
      return list.some((a) => a.id === id) ? id : (list[0]?.id ?? null);
    },
    selectAgency(id) {
      if (id !== null) removing = null;
      if (id === null) localStorage.removeItem(LAST_AGENCY_KEY);
      else localStorage.setItem(LAST_AGENCY_KEY, id);
      setCurrentAgencyId(id);
    },
    openCurrentAgency(id) {
      const taken = early;
      early = undefined;
      if (taken && taken.id === id && !taken.stale)
        return taken.opened.then((r) => (r.ok || r.error.code !== 'notFound' ? r : openAgency(id, onVersionChange)));
      if (taken) void taken.opened.then((r) => r.ok && r.value.close());
      return openAgency(id, onVersionChange);
    },
    notices,
    notify(text, kind = 'info', opts = {}) {
      const id = nextNotice++;
      setNotices((list) => [
        ...list.slice(-3),
        { id, kind, text, ...(opts.causes ? { causes: opts.causes } : {}), ...(opts.action ? { action: opts.action } : {}) },
      ]);
      if (kind === 'info') setTimeout(() => state.dismissNotice(id), 8000);
    },
    dismissNotice: (id) => setNotices((list) => list.filter((n) => n.id !== id)),
    resolve: (cause) =>
      setNotices((list) =>
        list.some((n) => n.causes?.includes(cause))
          ? list.flatMap((n) => {
              if (!n.causes?.includes(cause)) return [n];
              const causes = n.causes.filter((c) => c !== cause);
              return causes.length > 0 ? [{ ...n, causes }] : [];
            })
          : list,
      ),
    clearNotices: () => setNotices((list) => (list.length > 0 ? [] : list)),
    failed(error) {
      state.notify(storeErrorText(i18n, error), 'error');
      if (error.code === 'closed' && removing === null) setOtherTabUpgraded(true);
    },
    confirmRequest,
    confirm: (message, confirmLabel) =>
      new Promise<boolean>((resolve) => {
        setConfirmRequest({
          message,
          confirmLabel: confirmLabel ?? i18n.t('app.confirm'),
          resolve: (answer) => {
            setConfirmRequest(null);
            resolve(answer);
          },
        });
      }),
    otherTabUpgraded,
    markOtherTabUpgraded: () => {
      if (removing === null) setOtherTabUpgraded(true);
    },
    removingAgency: (id) => {
      removing = id;
    },
    operatorName: operator.name,
    setOperatorName: operator.set,
    operatorDialogRequested,
    requestOperatorDialog,
  };
  // A removal finished is what its user asked for; a creation or restore is told either way.
  const told = (s: Settled) =>
    s.kind === 'deleteAgency'
      ? undefined
      : i18n.t(`app.interrupted.${s.kind}${s.outcome === 'completed' ? 'Completed' : 'Undone'}`, { detail: s.detail });
  void settleIntents(registry, browserLocks)
    .then((list) => {
      for (const s of list) {
        const text = told(s);
        if (text) state.notify(text, s.outcome === 'undone' ? 'error' : 'info');
      }
    })
    .catch(() => undefined)
    .finally(() => {
      settling = false;
      setSettled(true);
    });
  return <AppContext.Provider value={state}>{props.children}</AppContext.Provider>;
}

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside AppProvider');
  return state;
}
