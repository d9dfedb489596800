/**
 * An official form (issue 5) as an A4 print view in Kazakh or Russian, and as `.xlsx` from the same
 * shape: `#/forms?kind=plan|kci&period=…&employee=…` (Appendices 1–2 of a unit head's quarter),
 * `kind=competency&year=…&employee=…` (Appendix 3), `kind=ranking&period=…&unit=…` (the unit's
 * ranking sheet). Approval and signature blocks as in the seeds' forms.
 */
import { useSearchParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import {
  competencySheetId,
  fullName,
  kciPlanId,
  type CompetencySheet,
  type Employee,
  type Period,
  yearId,
  pointsSheetId,
  unitNameIn,
} from '../../domain';
import { OFFICIAL_FORMS, type DocLang } from '../../i18n/documents';
import type { writeDocument } from '../../io/document-workbook';
import { OFFICIAL_FORM_TYPE } from '../../io/workbook-kinds';
import { nowIso } from '../../platform/clock';
import { safeFileName } from '../../platform/download';
import { useAgency } from '../app/agency-state';
import { DocumentToolbar } from '../shared/DocumentToolbar';
import { FormLines, FormTable } from '../shared/FormTable';
import {
  competencySheetForm,
  formSheetRows,
  kciSheetForm,
  rankingSheetForm,
  workPlanForm,
  type FormDoc,
  type Signature,
  workPlan2017Form,
  annualSheet2017Form,
  quarterSheet2017Form,
} from '../../documents/official-forms';
import { createCaseBook } from '../shared/case-book';
import { createFileJob } from '../shared/file-job';

type Kind = 'plan' | 'kci' | 'competency' | 'ranking' | 'plan2017' | 'annual2017' | 'quarter2017';
const KINDS: readonly Kind[] = ['plan', 'kci', 'competency', 'ranking', 'plan2017', 'annual2017', 'quarter2017'];

export function OfficialFormPage() {
  const agency = useAgency();
  const files = createFileJob();
  const [search, setSearch] = useSearchParams<{
    kind?: string;
    period?: string;
    employee?: string;
    unit?: string;
    year?: string;
    lang?: string;
    from?: string;
  }>();
  const lang = (): DocLang => (search.lang === 'kk' ? 'kk' : 'ru');
  const w = () => OFFICIAL_FORMS[lang()];
  const kind = (): Kind | undefined => KINDS.find((k) => k === search.kind);
  const period = (): Period | undefined => agency.periods().find((p) => p.id === search.period && p.kind === 'quarter');
  const person = (): Employee | undefined => agency.employees().find((e) => e.id === search.employee);
  // The 2017 work plan is the year's sheet (002 Appendix 1).
  const cases = createCaseBook(agency, () =>
    search.period
      ? [search.period]
      : search.kind === 'plan2017' || search.kind === 'annual2017'
        ? [yearId(Number(search.year) || 0)]
        : [],
  );
  const loaded = cases.loaded;
  const data = cases.records;
  const year = () => Number(search.year) || new Date(nowIso()).getFullYear();
  const sheetId = () => (search.kind === 'competency' ? competencySheetId(yearId(year()), search.employee ?? '') : '');
  const stored = agency.live('competencySheet', sheetId, null);
  const sheet = (): CompetencySheet | null | undefined => (stored.loaded() ? stored() : undefined);

  const doc = createMemo((): FormDoc | undefined => {
    const k = kind();
    const words = w();
    const base = { lang: lang(), words, everyone: agency.employees(), units: agency.units() };
    const profile = agency.profile();
    const p = period();
    const e = person();
    if ((k === 'plan' || k === 'kci') && p && e) {
      const plan = data().plans.find((x) => x.id === kciPlanId(p.id, e.id));
      if (!plan || plan.items.length === 0) return undefined;
      if (k === 'plan') return workPlanForm({ ...base, person: e }, p, plan);
      const c = cases().caseOf(e.id, p.id);
      const sheet = c?.input?.method === 'kci' ? c.input.sheet : undefined;
      return sheet ? kciSheetForm({ ...base, person: e }, p, plan, sheet) : undefined;
    }
    if (k === 'competency' && e) return competencySheetForm({ ...base, person: e }, year(), profile, sheet() ?? undefined);
    if (k === 'quarter2017' && p && e) {
      // 002 Appendix 3: the quarter's sheet with the self-assessment and the manager's points.
      const c = cases().caseOf(e.id, p.id);
      const sheet = c?.input?.method === 'points' ? c.input.sheet : undefined;
      return quarterSheet2017Form({ ...base, person: e }, p, sheet, c?.computed?.value, profile);
    }
    if ((k === 'plan2017' || k === 'annual2017') && e) {
      const yearSheet = data().sheets.find((x) => x.id === pointsSheetId(yearId(year()), e.id));
      const targets = yearSheet?.targets ?? [];
      return k === 'plan2017'
        ? workPlan2017Form({ ...base, person: e }, year(), targets)
        : annualSheet2017Form({ ...base, person: e }, year(), targets, profile, yearSheet);
    }
    const unit = agency.units().find((u) => u.id === search.unit);
    if (k === 'ranking' && p && unit) {
      const everyone = agency.employees();
      const collator = new Intl.Collator(lang());
      // The unit's people the ranking method evaluates (the case's one rule), by name.
      const staff = cases()
        .casesOf(
          everyone.filter((x) => x.unitId === unit.id),
          p.id,
        )
        .filter((c) => c.method === 'ranking')
        .sort((a, b) => collator.compare(fullName(a.employee), fullName(b.employee)) || (a.employee.id < b.employee.id ? -1 : 1));
      const head = everyone.find((x) => x.unitId === unit.id && cases().heads.has(x.id));
      return rankingSheetForm({ ...base, unit, head }, p, staff, profile);
    }
    return undefined;
  });

  const back = (): { href: string; label: string } => {
    const k = kind();
    // The competency sheet goes back where it was opened: the person's card, or the unit's grid.
    const sheetBack =
      search.from === 'card'
        ? `/employees/${search.employee ?? ''}`
        : `/competency-sheet?year=${year()}&unit=${person()?.unitId ?? ''}`;
    const href =
      k === 'competency'
        ? sheetBack
        : k === 'ranking'
          ? '/evaluate'
          : k === 'quarter2017'
            ? `/points?period=${period()?.id ?? ''}&unit=${person()?.unitId ?? ''}`
            : k === 'plan2017' || k === 'annual2017'
              ? `/points?period=${yearId(year())}&unit=${person()?.unitId ?? ''}`
              : '/kci';
    return { href, label: w().back };
  };
  const exportForm = (d: FormDoc) => {
    const args: Parameters<typeof writeDocument> = [
      OFFICIAL_FORM_TYPE,
      [{ name: d.title, rows: formSheetRows(d, w()), widths: d.widths.map((x) => Math.round(x * 1.6)) }],
      {
        agencyId: agency.agency()?.id ?? '',
        periodId: search.period ?? search.year ?? '',
        form: kind() ?? '',
        lang: lang(),
        exportedAt: nowIso(),
      },
    ];
    const unit = agency.units().find((u) => u.id === search.unit);
    const who =
      kind() === 'ranking'
        ? unit
          ? unitNameIn(unit, lang())
          : ''
        : fullName(person() ?? { surname: '', name: '', patronymic: '' });
    void files.download(
      'writeDocument',
      args,
      safeFileName(`bagalau-${kind() ?? 'form'}-${who}-${search.period ?? search.year ?? ''}-${lang()}.xlsx`),
    );
  };
  const signatureBlock = (s: Signature) => (
    <div class="form-sign">
      <p>{s.role}</p>
      <p class="form-line">{s.name}</p>
      <p class="form-hint">{w().nameHint}</p>
      <p>
        {w().date}{' '}
        <Show when={s.date} fallback={<span class="form-blank" aria-hidden="true" />}>
          {s.date}
        </Show>
      </p>
      <p>
        {w().sign} <span class="form-blank" aria-hidden="true" />
      </p>
    </div>
  );

  return (
    <Show when={kind() === 'competency' ? sheet() !== undefined : loaded()} fallback={<p>…</p>}>
      <Show when={doc()} fallback={<p role="alert">{w().none}</p>}>
        {(d) => (
          <article
            class="document official-form"
            classList={{ landscape: d().landscape === true }}
            lang={lang()}
            aria-labelledby="doc-title"
          >
            <DocumentToolbar
              job={files}
              back={back()}
              lang={lang()}
              onLang={(l) => setSearch({ lang: l })}
              printLabel={w().print}
              exportLabel={w().export}
              onExport={() => exportForm(d())}
            />
            <div class="form-head">
              <Show when={d().appendix !== ''}>
                <p class="form-appendix">{d().appendix}</p>
                <p class="form-appendix">{w().form}</p>
              </Show>
              <Show when={d().approval}>
                {(a) => (
                  <div class="form-approval">
                    <p>{`«${w().approve}»`}</p>
                    {signatureBlock(a())}
                  </div>
                )}
              </Show>
            </div>
            <h1 id="doc-title" class="form-title">
              {d().title}
            </h1>
            <FormLines lines={d().lines} />
            <FormTable columns={d().columns} rows={d().rows} widths={d().widths} />
            <Show when={d().footnote !== ''}>
              <p class="form-footnote">{d().footnote}</p>
            </Show>
            <Show when={d().result}>
              {(r) => (
                <p class="form-result">
                  {r().label}: <span class="form-line">{r().value}</span> <span class="form-hint">{r().hint}</span>
                </p>
              )}
            </Show>
            <div class="form-signatures">
              <For each={d().signatures}>{(s) => signatureBlock(s)}</For>
            </div>
          </article>
        )}
      </Show>
    </Show>
  );
}
