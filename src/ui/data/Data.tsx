/**
 * Backup and storage: a full backup as one .xlsx, restore (validated before a row is written, then
 * confirmed), whether the browser keeps the data, how much is used, and when the last backup was.
 */
import { browserLocks } from '../../platform/locks';
import { createResource, createSignal, For, Show } from 'solid-js';
import {
  markBackedUp,
  normaliseSnapshot,
  restoreSnapshot,
  SCHEMA_VERSION,
  snapshotOf,
  type RestoreProblem,
} from '../../store/backup';
import { downloadBytes, fileBytes, safeFileName } from '../../platform/download';
import { nowIso } from '../../platform/clock';
import { newId } from '../../platform/ids';
import { readStorageState, requestPersistence } from '../../platform/storage';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { backupIsOld } from '../app/backup-reminder';
import { RetentionSection } from './Retention';
import { createFileJob, JobProgress } from '../shared/file-job';
import { classifyStoreError } from '../../store/errors';

export function DataPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [storage, { refetch }] = createResource(readStorageState);
  const [problems, setProblems] = createSignal<readonly string[]>([]);
  const [busy, setBusy] = createSignal(false);
  const workbooks = createFileJob();
  const env = { now: nowIso, newId, operator: agency.ctx.operator };
  const entry = () => app.agencies()?.find((a) => a.id === agency.agency()?.id);
  const agencyName = (a: { nameKk: string; nameRu: string }) =>
    app.i18n.lang() === 'kk' ? a.nameKk || a.nameRu : a.nameRu || a.nameKk;

  const backup = async () => {
    const current = agency.agency();
    if (!current) return;
    setBusy(true);
    try {
      const snapshot = await snapshotOf(agency.ctx);
      const exportedAt = nowIso();
      const envelope = { agencyId: current.id, agencyName: agencyName(current), schemaVersion: SCHEMA_VERSION, exportedAt };
      const job = await workbooks.run(t('reading.writing'), 'writeBackup', [snapshot, envelope], 'write');
      if (!job.ok) {
        if (!job.cancelled) setProblems([job.message]);
        return;
      }
      const fileName = safeFileName(`bagalau-backup-${agencyName(current)}-${exportedAt.slice(0, 10)}.xlsx`);
      downloadBytes(job.value, fileName);
      await markBackedUp(app.registry, current.id, env, fileName);
    } catch (e) {
      // A full disk while noting the backup: the file is saved, the note is not; the button comes back.
      app.failed(classifyStoreError(e));
    } finally {
      setBusy(false);
    }
  };

  const restore = async (file: File) => {
    setProblems([]);
    const job = await workbooks.run(t('reading.reading', { file: file.name }), 'readBackupFile', [
      await fileBytes(file),
      SCHEMA_VERSION,
    ]);
    if (!job.ok) {
      if (!job.cancelled) setProblems([job.message]);
      return;
    }
    const read = job.value;
    if (!read.ok) {
      const p = read.error;
      setProblems([
        p.kind === 'file'
          ? app.i18n.tData(`fileProblems.${p.problem.code}`, p.problem.params)
          : app.i18n.tData(`backupProblems.${p.problem.code}`, p.problem.params),
      ]);
      return;
    }
    const normalised = normaliseSnapshot(read.value.tables);
    if (!normalised.ok) {
      setProblems([
        t('data.restoreProblems', { count: normalised.error.length }),
        ...normalised.error.slice(0, 50).map((p) => restoreProblemText(p)),
      ]);
      return;
    }
    const snapshot = normalised.value;
    const target = snapshot.agency[0] as { id: string; nameKk: string; nameRu: string };
    const exists = app.agencies()?.some((a) => a.id === target.id) ?? false;
    const params = {
      name: agencyName(target),
      employees: snapshot.employees.length,
      units: snapshot.units.length,
      date: app.i18n.formatDateTime(String(read.value.envelope['exportedAt'] ?? '')),
    };
    if (!(await app.confirm(t(exists ? 'data.restoreConfirm' : 'data.restoreNew', params), t('app.confirm')))) return;
    setBusy(true);
    const result = await restoreSnapshot(app.registry, snapshot, file.name, env, browserLocks);
    setBusy(false);
    if (!result.ok) return app.failed(result.error);
    app.notify(t('data.restored', { name: params.name }));
    if (result.value !== agency.agency()?.id) {
      app.selectAgency(result.value);
    }
  };

  const restoreProblemText = (p: RestoreProblem) =>
    t(`restoreProblems.${p.code}`, { table: p.table, row: p.row + 1, field: p.field });

  return (
    <section aria-labelledby="data-title">
      <h1 id="data-title">{t('data.title')}</h1>
      <JobProgress job={workbooks} />
      <section aria-labelledby="backup-title" class="panel">
        <h2 id="backup-title">{t('data.backupTitle')}</h2>
        <p>{t('data.backupText')}</p>
        <p>
          <Show when={entry()?.lastBackupAt} fallback={t('data.neverBackedUp')}>
            {(at) => t('data.lastBackup', { date: app.i18n.formatDateTime(at()) })}
          </Show>
        </p>
        <Show when={entry()?.lastBackupAt && backupIsOld(entry()?.lastBackupAt ?? null, nowIso())}>
          <p class="warning-box">{t('data.backupOld')}</p>
        </Show>
        <button type="button" class="primary" disabled={busy()} onClick={() => void backup()}>
          {t('data.backup')}
        </button>
      </section>

      <section aria-labelledby="restore-title" class="panel">
        <h2 id="restore-title">{t('data.restoreTitle')}</h2>
        <p>{t('data.restoreText')}</p>
        <label class="button">
          {t('data.restoreChoose')}
          <input
            type="file"
            class="visually-hidden-file"
            accept=".xlsx"
            disabled={busy()}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void restore(file);
            }}
          />
        </label>
        <div role="alert">
          <Show when={problems().length > 0}>
            <ul class="error-box">
              <For each={problems()}>{(p) => <li>{p}</li>}</For>
            </ul>
          </Show>
        </div>
      </section>

      <section aria-labelledby="storage-title" class="panel">
        <h2 id="storage-title">{t('data.storageTitle')}</h2>
        <Show when={storage()}>
          {(s) => (
            <>
              <p>
                {s().persisted === true
                  ? t('data.persisted')
                  : s().persisted === false
                    ? t('data.notPersisted')
                    : t('data.persistUnknown')}
              </p>
              <p>
                {s().usage !== null && s().quota !== null
                  ? t('data.usage', { used: app.i18n.formatBytes(s().usage ?? 0), quota: app.i18n.formatBytes(s().quota ?? 0) })
                  : t('data.usageUnknown')}
              </p>
              <Show when={s().persisted !== true}>
                <button type="button" onClick={() => void requestPersistence().then(() => refetch())}>
                  {t('data.requestPersist')}
                </button>
              </Show>
            </>
          )}
        </Show>
      </section>
      <RetentionSection />
    </section>
  );
}
