/**
 * The protocol of the Commission's sitting in the layout of Appendix 5 (004/001/002), as an A4 print
 * view in Kazakh or Russian and as a workbook — both from the one document (`documents/commission-protocol.ts`).
 */
import { useSearchParams } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { derivedFrom, periodOfSitting } from '../../domain';
import { commissionProtocol } from '../../documents/commission-protocol';
import { COMMISSION_PROTOCOL, type DocLang } from '../../i18n/documents';
import { safeFileName } from '../../platform/download';
import { nowIso } from '../../platform/clock';
import { useAgency } from '../app/agency-state';
import { createCaseBook } from '../shared/case-book';
import { DocumentToolbar } from '../shared/DocumentToolbar';
import { DocumentView } from '../shared/DocumentView';
import { createFileJob } from '../shared/file-job';

export function CommissionProtocolPage() {
  const agency = useAgency();
  const files = createFileJob();
  const [search, setSearch] = useSearchParams<{ sitting?: string; lang?: string }>();
  const lang = (): DocLang => (search.lang === 'kk' ? 'kk' : 'ru');
  const d = () => COMMISSION_PROTOCOL[lang()];
  // The sitting's id names its period (`sittingId`); the period's records carry its sittings.
  const periodId = () => {
    const id = periodOfSitting(search.sitting ?? '');
    return agency.periods().find((x) => x.id === id)?.id;
  };
  const cases = createCaseBook(agency, () => {
    const id = periodId();
    return id ? derivedFrom(id) : [];
  });
  const period = () => agency.periods().find((x) => x.id === periodId());
  const sitting = () => cases.records().sittings.find((s) => s.id === search.sitting);
  const doc = createMemo(() => {
    const p = period();
    const s = sitting();
    return p && s
      ? commissionProtocol({ book: cases(), period: p, sitting: s, agency: agency.agency(), exportedAt: nowIso() }, lang())
      : undefined;
  });
  const exportProtocol = () => {
    const x = doc();
    if (x) void files.download('writeDocumentModel', [x], safeFileName(x.fileName));
  };
  return (
    <Show when={cases.loaded()} fallback={<p>…</p>}>
      <Show when={doc()} fallback={<p role="alert">{d().none}</p>}>
        {(x) => (
          <article class="document official-form" lang={lang()} aria-labelledby="doc-title">
            <DocumentToolbar
              job={files}
              back={{ href: `/commission?period=${periodId() ?? ''}`, label: d().back }}
              lang={lang()}
              onLang={(l) => setSearch({ lang: l })}
              printLabel={d().print}
              exportLabel={d().export}
              onExport={exportProtocol}
            />
            <DocumentView doc={x()} headingId="doc-title" />
          </article>
        )}
      </Show>
    </Show>
  );
}
