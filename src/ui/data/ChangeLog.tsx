/**
 * The change log in words (issue 19): who changed what, when, of whom — filtered by person, period
 * of time and kind of change, searched among the lines shown, read a page at a time ("show older
 * changes") and exported as an `.xlsx` through the document writer. The sentences are
 * `documents/change-log.ts`; the filtering by person, time and kind is the store's (`auditLog`).
 */
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { addDays, BUILTIN_PROFILE_DATA, CHANGE_KINDS, formatDate, fullName, type ChangeKind, unitNameIn } from '../../domain';
import { changeLogDocument, changeLogRows, rowMatches, type ChangeLogData } from '../../documents/change-log';
import { NO_AUDIT_PAGE, type AuditLogQuery } from '../../store/queries';
import { localDayStartIso, nowIso } from '../../platform/clock';
import { safeFileName } from '../../platform/download';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { createFileJob, JobProgress } from '../shared/file-job';
import { TableHead } from '../shared/TableHead';
import { DateInput } from '../shared/DateInput';
import { Loading } from '../shared/Loading';

/** Entries read at a time. */
const PAGE = 100;
/** An export reads every entry the filters let through. */
const ALL = 1_000_000_000;

export function ChangeLog() {
  const app = useApp();
  const agency = useAgency();
  const files = createFileJob();
  const { t } = app.i18n;
  const [limit, setLimit] = createSignal(PAGE);
  const [personId, setPersonId] = createSignal('');
  const [kind, setKind] = createSignal<ChangeKind | ''>('');
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');
  const [search, setSearch] = createSignal('');
  const collator = createMemo(() => new Intl.Collator(app.i18n.lang()));
  /** The people to filter by, namesakes told apart by their unit. */
  const people = createMemo(() => {
    const order = collator();
    const units = new Map(agency.units().map((u) => [u.id, unitNameIn(u, app.i18n.lang())]));
    const named = agency.employees().map((e) => ({ id: e.id, name: fullName(e), unit: units.get(e.unitId) ?? '' }));
    const count = new Map<string, number>();
    for (const p of named) count.set(p.name, (count.get(p.name) ?? 0) + 1);
    return named
      .map((p) => ({ id: p.id, name: (count.get(p.name) ?? 0) > 1 && p.unit !== '' ? `${p.name} — ${p.unit}` : p.name }))
      .sort((a, b) => order.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  });
  const filters = (): Omit<AuditLogQuery, 'limit'> => {
    const who = personId();
    const what = kind();
    return {
      from: from() ? localDayStartIso(from()) : '',
      to: to() ? localDayStartIso(addDays(to(), 1)) : '',
      // A status interval's later changes name only the interval: the person's intervals stand for them.
      subjects: who ? [who, ...agency.statuses().flatMap((s) => (s.employeeId === who ? [s.id] : []))] : [],
      kinds: what ? [what] : [],
    };
  };
  // A changed filter starts from the newest page again.
  createEffect(on([personId, kind, from, to], () => setLimit(PAGE), { defer: true }));
  const page = agency.live('auditLog', () => ({ ...filters(), limit: limit() }), NO_AUDIT_PAGE);
  const plans = agency.live('kciPlans', () => agency.periods().map((p) => p.id), []);
  const data = (): ChangeLogData => ({
    employees: agency.employees(),
    statuses: agency.statuses(),
    units: agency.units(),
    profiles: [agency.profile(), ...agency.ownProfiles(), ...BUILTIN_PROFILE_DATA],
    kciPlans: plans(),
  });
  // Kept on screen while the next page or filter is read: the table never blinks to "loading".
  const [ready, setReady] = createSignal(false);
  createEffect(() => page.loaded() && setReady(true));
  const rows = createMemo(() => changeLogRows(page().entries, data(), app.i18n));
  const filtered = () => Boolean(personId() || kind() || from() || to() || search().trim());
  const shown = createMemo(() => rows().filter((r) => rowMatches(r, search())));

  /** The filters in words, for the workbook. */
  const filtersText = () =>
    [
      personId() && `${t('changeLog.person')}: ${people().find((p) => p.id === personId())?.name ?? ''}`,
      kind() && `${t('changeLog.kind')}: ${t(`changeLog.kinds.${kind() as ChangeKind}`)}`,
      from() && `${t('changeLog.from')}: ${formatDate(from())}`,
      to() && `${t('changeLog.to')}: ${formatDate(to())}`,
      search().trim() && `${t('changeLog.search')}: «${search().trim()}»`,
    ]
      .filter(Boolean)
      .join('; ');

  const exportWorkbook = async () => {
    const all = await agency.read('auditLog', { ...filters(), limit: ALL });
    const current = agency.agency();
    const doc = changeLogDocument(
      {
        rows: changeLogRows(all.entries, data(), app.i18n).filter((r) => rowMatches(r, search())),
        agencyId: current?.id ?? '',
        agencyName: (app.i18n.lang() === 'kk' ? current?.nameKk || current?.nameRu : current?.nameRu || current?.nameKk) ?? '',
        exportedAt: nowIso(),
        filters: filtersText(),
      },
      app.i18n,
    );
    await files.download('writeDocumentModel', [doc], safeFileName(doc.fileName));
  };

  return (
    <section aria-labelledby="audit-title" class="panel">
      <h2 id="audit-title">{t('agency.audit')}</h2>
      <p class="muted">{t('changeLog.intro')}</p>
      <form class="inline-form" aria-label={t('changeLog.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('changeLog.person')}</span>
          <select value={personId()} onChange={(e) => setPersonId(e.currentTarget.value)}>
            <option value="">{t('changeLog.everyone')}</option>
            <For each={people()}>{(p) => <option value={p.id}>{p.name}</option>}</For>
          </select>
        </label>
        <label>
          <span>{t('changeLog.kind')}</span>
          <select value={kind()} onChange={(e) => setKind(e.currentTarget.value as ChangeKind | '')}>
            <option value="">{t('changeLog.allKinds')}</option>
            <For each={CHANGE_KINDS}>{(k) => <option value={k}>{t(`changeLog.kinds.${k}`)}</option>}</For>
          </select>
        </label>
        <DateInput label={t('changeLog.from')} value={from()} max={to()} onChange={(v) => setFrom(v ?? '')} />
        <DateInput label={t('changeLog.to')} value={to()} min={from()} onChange={(v) => setTo(v ?? '')} />
        <label>
          <span>{t('changeLog.search')}</span>
          <input type="search" value={search()} onInput={(e) => setSearch(e.currentTarget.value)} />
        </label>
        <button type="button" disabled={files.busy()} onClick={() => void exportWorkbook()}>
          {t('changeLog.export')}
        </button>
      </form>
      <JobProgress job={files} />
      <Show when={ready()} fallback={<Loading />}>
        <Show
          when={shown().length > 0}
          fallback={<p class="muted">{filtered() ? t('changeLog.empty') : t('agency.auditEmpty')}</p>}
        >
          <p class="muted" role="status">
            {t('changeLog.shown', { count: shown().length })}
          </p>
          <div class="table-scroll" tabindex="0">
            <table class="table">
              <TableHead labels={[t('changeLog.when'), t('changeLog.who'), t('changeLog.what'), t('changeLog.reason')]} />
              <tbody>
                <For each={shown()}>
                  {(r) => (
                    <tr>
                      <td>{r.when}</td>
                      <td>{r.who}</td>
                      <td>{r.text}</td>
                      <td>{r.reason}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
        <Show when={page().more}>
          <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
            {t('changeLog.showMore')}
          </button>
        </Show>
      </Show>
    </section>
  );
}
