/**
 * The shell: skip link, header (agency and language switchers), navigation, banners (update ready,
 * another tab upgraded, demo data, old backup), the routed page, notices and the confirm dialog.
 * Hash routing, so the same build works from a static host and from `file://`.
 */
import { HashRouter, Navigate, Route, useIsRouting, useLocation, useNavigate, type RouteSectionProps } from '@solidjs/router';
import { inKiosk } from '../survey360/kiosk';
import { createEffect, createResource, For, lazy, Match, on, Show, Suspense, Switch, type Component, type JSX } from 'solid-js';
import { LANGS } from '../../i18n';
import type { Lang } from '../../domain';
import type { AgencyHandle } from '../../store/open';
import { applyUpdate, dismissUpdate, serviceWorkerState } from '../../platform/service-worker';
import { AppProvider, useApp } from './app-state';
import { AgencyProvider, useAgency } from './agency-state';
import { Banner, ConfirmDialog, Notices } from './Dialogs';
import { OperatorBadge, OperatorDialog } from './OperatorDialog';
import { MainNav } from './MainNav';
import { DeadlinesPage } from '../deadlines/Deadlines';
import { backupIsOld } from './backup-reminder';
import { storeErrorText } from '../shared/messages';
import type { Result } from '../../domain/result';
import type { StoreError } from '../../store/errors';
import { nowIso } from '../../platform/clock';
import { Loading } from '../shared/Loading';

/**
 * A page loaded when first opened (issue 21): the shell and the deadline board come first; the
 * grids, SheetJS, charts and the editors arrive with the pages that use them. The single-file build
 * inlines every chunk (vite-plugin-singlefile), the PWA precaches them for offline first use.
 */
const page = <K extends string>(load: () => Promise<Record<K, Component>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));
const StartPage = page(() => import('./Start'), 'StartPage');
const EmployeesPage = page(() => import('../people/Employees'), 'EmployeesPage');
const EmployeeCardPage = page(() => import('../people/EmployeeCard'), 'EmployeeCardPage');
const UnitsPage = page(() => import('../people/Units'), 'UnitsPage');
const AgencyPage = page(() => import('../data/Agency'), 'AgencyPage');
const ImportPage = page(() => import('../people/Import'), 'ImportPage');
const DataPage = page(() => import('../data/Data'), 'DataPage');
const MethodologyPage = page(() => import('../methodology/Methodology'), 'MethodologyPage');
const CalendarPage = page(() => import('../methodology/Calendar'), 'CalendarPage');
const PointsPage = page(() => import('../points/Points'), 'PointsPage');
const FamiliarisationPage = page(() => import('../familiarisation/Familiarisation'), 'FamiliarisationPage');
const CalibrationPage = page(() => import('../calibration/Calibration'), 'CalibrationPage');
const CalibrationProtocolPage = page(() => import('../calibration/CalibrationProtocol'), 'CalibrationProtocolPage');
const CommissionPage = page(() => import('../commission/Commission'), 'CommissionPage');
const CommissionProtocolPage = page(() => import('../commission/CommissionProtocol'), 'CommissionProtocolPage');
const DossierPage = page(() => import('../people/Dossier'), 'DossierPage');
const KciPage = page(() => import('../kci/Kci'), 'KciPage');
const EvaluatePage = page(() => import('../evaluation/Evaluate'), 'EvaluatePage');
const EvaluatorPage = page(() => import('../exchange/Evaluator'), 'EvaluatorPage');
const Survey360Page = page(() => import('../survey360/Survey360'), 'Survey360Page');
const QuestionnairePaperPage = page(() => import('../survey360/QuestionnairePaper'), 'QuestionnairePaperPage');
const Survey360ReportPage = page(() => import('../survey360/Survey360Report'), 'Survey360ReportPage');
const Survey360ResultsPage = page(() => import('../survey360/Survey360Results'), 'Survey360ResultsPage');
const CompetencySheetPage = page(() => import('../competency-sheet/CompetencySheet'), 'CompetencySheetPage');
const RespondentPage = page(() => import('../survey360/Respondent'), 'RespondentPage');
const ExchangePage = page(() => import('../exchange/Exchange'), 'ExchangePage');
const OfficialFormPage = page(() => import('../forms/OfficialForm'), 'OfficialFormPage');
const OverviewPage = page(() => import('../evaluation/Overview'), 'OverviewPage');

const failedOpen = (r: Result<AgencyHandle, StoreError> | undefined): StoreError | undefined =>
  r && !r.ok ? r.error : undefined;

export function App() {
  return (
    <AppProvider>
      <HashRouter root={Shell}>
        <Route path="/" component={() => <Navigate href="/deadlines" />} />
        <Route path="/deadlines" component={DeadlinesPage} />
        <Route path="/new" component={() => null} />
        <Route path="/fill" component={() => null} />
        <Route path="/employees" component={EmployeesPage} />
        <Route path="/employees/:id" component={EmployeeCardPage} />
        <Route path="/units" component={UnitsPage} />
        <Route path="/agency" component={AgencyPage} />
        <Route path="/import" component={ImportPage} />
        <Route path="/data" component={DataPage} />
        <Route path="/methodology" component={MethodologyPage} />
        <Route path="/calendar" component={CalendarPage} />
        <Route path="/evaluate" component={EvaluatePage} />
        <Route path="/kci" component={KciPage} />
        <Route path="/points" component={PointsPage} />
        <Route path="/familiarisation" component={FamiliarisationPage} />
        <Route path="/calibration" component={CalibrationPage} />
        <Route path="/calibration/protocol" component={CalibrationProtocolPage} />
        <Route path="/commission" component={CommissionPage} />
        <Route path="/commission/protocol" component={CommissionProtocolPage} />
        <Route path="/dossier" component={DossierPage} />
        <Route path="/overview" component={OverviewPage} />
        <Route path="/exchange" component={ExchangePage} />
        <Route path="/survey360" component={Survey360Page} />
        <Route path="/survey360/paper" component={QuestionnairePaperPage} />
        <Route path="/survey360/results" component={Survey360ResultsPage} />
        <Route path="/survey360/report" component={Survey360ReportPage} />
        <Route path="/competency-sheet" component={CompetencySheetPage} />
        <Route path="/respond" component={RespondentPage} />
        <Route path="/forms" component={OfficialFormPage} />
        <Route path="*" component={() => <Navigate href="/employees" />} />
      </HashRouter>
    </AppProvider>
  );
}

function Shell(props: RouteSectionProps) {
  const app = useApp();
  const { t } = app.i18n;
  const [db] = createResource(
    () => app.currentAgencyId(),
    (id) => app.openCurrentAgency(id),
  );
  const creatingNew = () => props.location.pathname === '/new';
  // Respondent mode as a kiosk: in its tab every other address leads back to the questionnaire.
  const navigate = useNavigate();
  createEffect(() => {
    if (props.location.pathname !== '/respond' && inKiosk()) navigate('/respond', { replace: true });
  });
  // A notice belongs to the page it was raised on: leaving the page clears it (issue 19).
  createEffect(
    on(
      () => props.location.pathname,
      () => app.clearNotices(),
      { defer: true },
    ),
  );
  return (
    <>
      <a
        class="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <header class="top">
        <div class="brand">
          <span class="logo" aria-hidden="true">
            Б
          </span>
          <div>
            <strong>{t('app.name')}</strong>
            <span class="tagline">{t('app.tagline')}</span>
          </div>
        </div>
        <div class="switchers">
          {/* Respondent mode on a shared computer: no way from the questionnaire to another agency. */}
          <Show when={props.location.pathname !== '/respond'}>
            <AgencySwitcher />
          </Show>
          {/* Who is working, on an agency's screens only: never in respondent mode or evaluator mode. */}
          <Show
            when={
              app.currentAgencyId() !== null &&
              !creatingNew() &&
              props.location.pathname !== '/respond' &&
              props.location.pathname !== '/fill' &&
              !inKiosk()
            }
          >
            <OperatorBadge />
          </Show>
          <label class="inline">
            <span>{t('language.label')}</span>
            <select value={app.i18n.lang()} onChange={(e) => app.i18n.setLang(e.currentTarget.value as Lang)}>
              <For each={LANGS}>
                {(l) => (
                  <option value={l} lang={l}>
                    {t(`language.${l}`)}
                  </option>
                )}
              </For>
            </select>
          </label>
        </div>
      </header>
      <Banner
        when={serviceWorkerState.needRefresh()}
        text={t('update.ready')}
        action={{ label: t('update.reload'), run: () => void applyUpdate() }}
        secondary={{ label: t('update.later'), run: dismissUpdate }}
      />
      <Banner
        when={serviceWorkerState.offlineReady()}
        text={t('update.offline')}
        secondary={{ label: t('app.close'), run: dismissUpdate }}
      />
      <Banner
        when={app.otherTabUpgraded()}
        text={t('update.otherTab')}
        action={{ label: t('update.reloadTab'), run: () => location.reload() }}
      />
      <Switch>
        <Match when={props.location.pathname === '/fill'}>
          <main id="main" tabindex="-1">
            <Suspense fallback={<Loading />}>
              <EvaluatorPage />
            </Suspense>
          </main>
        </Match>
        <Match when={app.agencies() === undefined || db.loading}>
          <main id="main" tabindex="-1">
            <Loading />
          </main>
        </Match>
        <Match when={app.currentAgencyId() === null || creatingNew()}>
          <main id="main" tabindex="-1">
            <Suspense fallback={<Loading />}>
              <StartPage />
            </Suspense>
          </main>
        </Match>
        <Match when={failedOpen(db())}>
          {(error) => (
            <main id="main" tabindex="-1">
              <p role="alert" class="error-box">
                {storeErrorText(app.i18n, error())}
              </p>
            </main>
          )}
        </Match>
        <Match when={db()?.ok ? db() : undefined} keyed>
          {(opened) => (
            <Show when={opened.ok ? opened.value : undefined} keyed>
              {(agencyDb) => (
                <AgencyProvider handle={agencyDb}>
                  <AgencyLayout>{props.children}</AgencyLayout>
                </AgencyProvider>
              )}
            </Show>
          )}
        </Match>
      </Switch>
      <Notices />
      <ConfirmDialog />
    </>
  );
}

function AgencyLayout(props: { children?: JSX.Element }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const registryEntry = () => app.agencies()?.find((a) => a.id === app.currentAgencyId());
  const location = useLocation();
  // While the next page's code loads, the page shown is the one being left: marked busy, so neither
  // assistive technology nor a test takes it for the new one.
  const routing = useIsRouting();
  // Respondent mode (360) on a shared computer: the questionnaire alone, nothing else of the agency within reach.
  const respondent = () => location.pathname === '/respond';
  return (
    <Show
      when={!respondent()}
      fallback={
        <main id="main" tabindex="-1">
          <Show when={agency.loaded()} fallback={<Loading />}>
            <Suspense fallback={<Loading />}>{props.children}</Suspense>
          </Show>
        </main>
      }
    >
      <OperatorDialog />
      <MainNav />
      <Banner when={agency.agency()?.demo === true} text={t('app.demoNote')} />
      <Banner
        when={
          agency.agency()?.demo === false &&
          agency.employees().length > 0 &&
          backupIsOld(registryEntry()?.lastBackupAt ?? null, nowIso())
        }
        text={registryEntry()?.lastBackupAt ? t('data.backupOld') : t('data.neverBackedUp')}
      />
      <main id="main" tabindex="-1" aria-busy={routing() ? 'true' : undefined}>
        <Show when={agency.loaded()} fallback={<Loading />}>
          <Suspense fallback={<Loading />}>{props.children}</Suspense>
        </Show>
      </main>
    </Show>
  );
}

function AgencySwitcher() {
  const app = useApp();
  const { t } = app.i18n;
  const name = (a: { nameKk: string; nameRu: string }) =>
    app.i18n.lang() === 'kk' ? a.nameKk || a.nameRu : a.nameRu || a.nameKk;
  return (
    <Show when={(app.agencies()?.length ?? 0) > 0}>
      <label class="inline">
        <span>{t('agencySwitcher.label')}</span>
        <select
          value={app.currentAgencyId() ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value === '__new') {
              location.hash = '#/new';
              e.currentTarget.value = app.currentAgencyId() ?? '';
            } else {
              app.selectAgency(value);
              location.hash = '#/employees';
            }
          }}
        >
          <For each={app.agencies()}>
            {(a) => (
              <option value={a.id}>
                {name(a)}
                {a.demo ? ` · ${t('app.demoBadge')}` : ''}
              </option>
            )}
          </For>
          <option value="__new">{t('agencySwitcher.add')}</option>
        </select>
      </label>
    </Show>
  );
}
