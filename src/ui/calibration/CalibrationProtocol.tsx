/**
 * The protocol of a calibration session (004 §§38–43) as an A4 print view in Kazakh or Russian and
 * as a workbook — both from the one document (`documents/calibration-protocol.ts`), read from the
 * person's case and followed live.
 */
import { useSearchParams } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { calibrationProtocol } from '../../documents/calibration-protocol';
import { CALIBRATION_PROTOCOL, type DocLang } from '../../i18n/documents';
import { safeFileName } from '../../platform/download';
import { nowIso } from '../../platform/clock';
import { useAgency } from '../app/agency-state';
import { createCaseBook } from '../shared/case-book';
import { DocumentToolbar } from '../shared/DocumentToolbar';
import { DocumentView } from '../shared/DocumentView';
import { createFileJob } from '../shared/file-job';

export function CalibrationProtocolPage() {
  const agency = useAgency();
  const files = createFileJob();
  const [search, setSearch] = useSearchParams<{ id?: string; lang?: string }>();
  const lang = (): DocLang => (search.lang === 'kk' ? 'kk' : 'ru');
  const d = () => CALIBRATION_PROTOCOL[lang()];
  const session = agency.live('calibration', () => search.id ?? '', null);
  const cases = createCaseBook(agency, () => {
    const c = session();
    return c ? [c.periodId] : [];
  });
  const doc = createMemo(() => {
    const c = session();
    const found = c ? cases().caseOf(c.employeeId, c.periodId) : undefined;
    return found
      ? calibrationProtocol(
          {
            case: found,
            unit: agency.units().find((u) => u.id === found.employee.unitId),
            agency: agency.agency(),
            exportedAt: nowIso(),
          },
          lang(),
        )
      : undefined;
  });
  const exportProtocol = () => {
    const x = doc();
    if (x) void files.download('writeDocumentModel', [x], safeFileName(x.fileName));
  };
  return (
    <Show when={session.loaded() && (session() === null || cases.loaded())} fallback={<p>…</p>}>
      <Show when={doc()} fallback={<p role="alert">{d().notFound}</p>}>
        {(x) => (
          <article class="document" lang={lang()} aria-labelledby="doc-title">
            <DocumentToolbar
              job={files}
              back={{ href: `/calibration?period=${session()?.periodId ?? ''}`, label: d().back }}
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
