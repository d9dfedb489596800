/**
 * Retention (004 §15) on the backup page: the periods whose documents are past the profile's years
 * after completion, with what they hold; an archive workbook of them; and, after the archive, the
 * deliberate purge — confirmed, with a reason, logged. Nothing is purged silently.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { periodsPastRetention } from '../../domain';
import { ARCHIVE_TYPE } from '../../io/workbook-kinds';
import { PERIOD_TABLES, purgePeriods } from '../../store/retention';
import { SCHEMA_VERSION } from '../../store/backup';
import { safeFileName } from '../../platform/download';
import { nowIso, todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { createFileJob, JobProgress } from '../shared/file-job';

export function RetentionSection() {
  const app = useApp();
  const agency = useAgency();
  const files = createFileJob();
  const { t } = app.i18n;
  const due = createMemo(() => periodsPastRetention(agency.periods(), todayIso(), agency.profile()));
  const ids = () => due().map((p) => p.id);
  // Followed live: recounted when the periods change and after a purge.
  const found = agency.live('periodRows', () => ids(), undefined);
  const rows = () => (ids().length === 0 ? undefined : found());
  const total = () => {
    const r = rows();
    return PERIOD_TABLES.reduce((n, table) => n + (r?.[table].length ?? 0), 0);
  };
  const [archived, setArchived] = createSignal(false);
  const [reason, setReason] = createSignal('');
  const label = (id: string) => {
    const p = agency.periods().find((x) => x.id === id);
    return p
      ? p.kind === 'year'
        ? t('annual.year', { year: p.year })
        : `${p.year} · ${t('agency.quarter', { q: p.quarter ?? 0 })}`
      : id;
  };

  const archive = async () => {
    const r = rows();
    const current = agency.agency();
    if (!r || !current) return;
    const exportedAt = nowIso();
    const saved = await files.download(
      'writeBackup',
      [r, { agencyId: current.id, schemaVersion: SCHEMA_VERSION, exportedAt, periods: ids().join(',') }, ARCHIVE_TYPE],
      safeFileName(`bagalau-archive-${ids()[0] ?? ''}-${ids()[ids().length - 1] ?? ''}.xlsx`),
    );
    // Purging waits for the archive really saved.
    if (saved) setArchived(true);
  };
  const purge = async (e: SubmitEvent) => {
    e.preventDefault();
    if (reason().trim() === '') return app.failed({ code: 'reasonRequired' });
    if (
      !(await app.confirm(t('retention.confirm', { count: total(), periods: ids().map(label).join(', ') }), t('retention.purge')))
    )
      return;
    const counts = await agency.run(purgePeriods(agency.ctx, ids(), reason()));
    if (counts) {
      app.notify(t('retention.purged', { count: Object.values(counts).reduce((a, b) => a + b, 0) }));
      setReason('');
      setArchived(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <p class="muted">
        {t('retention.intro', {
          years: agency.profile().retentionYears.value,
          source: app.i18n.cite(agency.profile().retentionYears),
        })}
      </p>
      <Show when={due().length > 0 && total() > 0} fallback={<p>{t('retention.none')}</p>}>
        <ul>
          <For each={due().filter((p) => PERIOD_TABLES.some((table) => rows()?.[table].some((r) => r['periodId'] === p.id)))}>
            {(p) => (
              <li>{`${label(p.id)}: ${t('retention.records', { count: PERIOD_TABLES.reduce((n, table) => n + (rows()?.[table].filter((r) => r['periodId'] === p.id).length ?? 0), 0) })}`}</li>
            )}
          </For>
        </ul>
        <div class="toolbar">
          <button type="button" disabled={files.busy()} onClick={() => void archive()}>
            {t('retention.archive')}
          </button>
          <JobProgress job={files} />
        </div>
        <Show when={archived()} fallback={<p class="muted">{t('retention.archiveFirst')}</p>}>
          <form class="inline-form" onSubmit={(e) => void purge(e)}>
            <label>
              <span>{t('retention.reason')}</span>
              <input class="wide" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
            </label>
            <button type="submit" class="danger">
              {t('retention.purge')}
            </button>
          </form>
        </Show>
      </Show>
    </section>
  );
}
