/**
 * The 360's set-up for a year (issue 6, 004 §§34–36): per unit, everyone assessed that year with the
 * competencies of their group (12 for unit heads, 8 for staff), their respondents with roles —
 * suggested from the unit tree and categories (the direct manager, direct subordinates, close peers
 * at the same level) and adjusted by HR — and what is off: fewer than 3 or more than 7, a duplicate,
 * the person rating themselves other than as self-assessment, a respondent who left. Every change is
 * stored at once and audited; only who is asked is kept, never an answer.
 */
import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  competenciesOf,
  questionnaireCode,
  fullName,
  leftIds,
  respondentProblems,
  RESPONDENT_ROLES,
  roleOf,
  suggestRespondents,
  survey360SetupId,
  unitHeadIds,
  type RespondentProblem,
  type RespondentRole,
  type Survey360Setup,
  unitNameIn,
} from '../../domain';
import type { DocLang } from '../../i18n/documents';
import { todayIso } from '../../platform/clock';
import { safeFileName } from '../../platform/download';
import { closeSurvey360Round, issueQuestionnaires, saveSurvey360Setups } from '../../store/survey360';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { DocLangSelect } from '../shared/DocLangSelect';
import { TableHead } from '../shared/TableHead';
import { createYearPeople, createYearUnit, YearUnitPicker, type YearPerson } from '../shared/YearUnitPicker';
import { questionnaireInput } from '../../documents/questionnaire-360';
import { AnswersImport } from './Survey360Answers';
import { randomHex, randomBytes } from '../../platform/ids';
import { enterKiosk } from './kiosk';
import { createFileJob, JobProgress } from '../shared/file-job';

interface Row extends YearPerson {
  readonly competencies: number;
  readonly setup: Survey360Setup | undefined;
  readonly problems: readonly RespondentProblem[];
}

export function Survey360Page() {
  const app = useApp();
  const agency = useAgency();
  const files = createFileJob();
  const { t } = app.i18n;
  const picked = createYearUnit();
  const { years, year, unit } = picked;
  const storedSetups = agency.live(
    'survey360Setups',
    () => {
      const y = year();
      return y ? [y.id] : [];
    },
    [],
  );
  const setups = createMemo((): ReadonlyMap<string, Survey360Setup> => new Map(storedSetups().map((s) => [s.evaluatedId, s])));
  // Open questionnaires and the count of sealed answers per person: never which respondent answered.
  const questionnaires = agency.live('survey360Progress', () => year()?.id ?? '', { tokens: [], answers: new Map() });
  const [editing, setEditing] = createSignal<string | null>(null);
  const sealedCount = () => [...questionnaires().answers.values()].reduce((n, c) => n + c, 0);
  const closeRound = async (periodId: string, y: number) => {
    if (
      !(await app.confirm(t('survey360.closeConfirm', { year: y, open: questionnaires().tokens.length }), t('survey360.close')))
    )
      return;
    await agency.run(closeSurvey360Round(agency.ctx, periodId));
  };
  const byId = createMemo(() => new Map(agency.employees().map((e) => [e.id, e])));
  const nameOf = (id: string) => {
    const e = byId().get(id);
    return e ? fullName(e) : id;
  };
  const left = createMemo(() => leftIds(agency.statuses(), todayIso()));

  const people = createYearPeople(picked);
  const rows = createMemo<Row[]>(() => {
    const heads = unitHeadIds(agency.employees(), agency.profile().unitHeadCategories.value);
    return people().map((p) => {
      const setup = setups().get(p.person.id);
      return {
        ...p,
        competencies: competenciesOf(p.person.id, heads, agency.profile()).length,
        setup,
        problems:
          p.excluded === undefined ? respondentProblems(p.person.id, setup?.respondents ?? [], agency.profile(), left()) : [],
      };
    });
  });
  const assessed = () => rows().filter((r) => r.excluded === undefined);
  const withoutRespondents = () => assessed().filter((r) => (r.setup?.respondents.length ?? 0) === 0);

  const save = async (list: readonly Survey360Setup[]) => {
    const done = await agency.run(saveSurvey360Setups(agency.ctx, list));
    return done ?? 0;
  };
  const suggestFor = (r: Row): Survey360Setup => {
    const y = year();
    return {
      id: survey360SetupId(y?.id ?? '', r.person.id),
      periodId: y?.id ?? '',
      evaluatedId: r.person.id,
      respondents: suggestRespondents(r.person, agency.employees(), agency.profile(), left()),
    };
  };
  const suggestAll = async () => {
    const n = await save(withoutRespondents().map(suggestFor));
    app.notify(t('survey360.suggested', { n }));
  };
  const setRespondents = (r: Row, respondents: Survey360Setup['respondents']) => {
    const y = year();
    if (!y) return;
    void save([{ id: survey360SetupId(y.id, r.person.id), periodId: y.id, evaluatedId: r.person.id, respondents }]);
  };
  const respondentsSource = () => app.i18n.cite(agency.profile().survey360.minRespondents);
  const problemText = (p: RespondentProblem) =>
    'respondentId' in p
      ? t(`survey360.problems.${p.code}`, { name: nameOf(p.respondentId) })
      : t(`survey360.problems.${p.code}`, { count: p.count, limit: p.limit, source: respondentsSource() });
  const summary = (s: Survey360Setup | undefined) => {
    const others = (s?.respondents ?? []).filter((a) => a.role !== 'self');
    if (others.length === 0) return t('survey360.noRespondents');
    return RESPONDENT_ROLES.filter((role) => role !== 'self')
      .map((role) => ({ role, names: others.filter((a) => a.role === role).map((a) => nameOf(a.respondentId)) }))
      .filter((g) => g.names.length > 0)
      .map((g) => `${t(`survey360.roles.${g.role}`)}: ${g.names.join(', ')}`)
      .join('; ');
  };
  const editedRow = () => rows().find((r) => r.person.id === editing());
  /** Respondent–person pairs of the unit not issued yet. */
  const toIssue = () => {
    const gone = left();
    let n = 0;
    for (const r of assessed()) n += (r.setup?.respondents ?? []).filter((a) => !a.issued && !gone.has(a.respondentId)).length;
    return n;
  };
  const issue = async () => {
    const y = year();
    if (!y) return;
    const token = () => randomHex(16);
    const done = await agency.run(
      issueQuestionnaires(
        agency.ctx,
        y.id,
        assessed().flatMap((r) => (r.setup ? [r.setup] : [])),
        left(),
        { token, code: () => questionnaireCode(randomBytes(8)) },
        { min: agency.profile().survey360.minRespondents.value, max: agency.profile().survey360.maxRespondents.value },
      ),
    );
    if (done === undefined) return;
    app.notify(t('survey360.issued', { n: done.issued }));
    // 004 §36: nobody's questionnaires go out with fewer or more respondents than the act allows.
    if (done.refused.length > 0)
      app.notify(
        t('survey360.issueRefused', {
          source: app.i18n.cite(agency.profile().survey360.minRespondents),
          people: done.refused
            .map((r) => t(`survey360.refusedCount.${r.code}`, { name: nameOf(r.evaluatedId), count: r.count, limit: r.limit }))
            .join('; '),
        }),
        'error',
      );
  };
  /** The unit's open questionnaires by respondent: their code and whom they still have to rate. */
  const open = createMemo(() => {
    const inUnit = new Set(rows().map((r) => r.person.id));
    const byRespondent = new Map<string, { code: string; people: string[] }>();
    for (const tk of questionnaires().tokens) {
      if (!inUnit.has(tk.evaluatedId)) continue;
      const entry = byRespondent.get(tk.respondentId) ?? { code: tk.code, people: [] };
      entry.people.push(tk.role === 'self' ? t('survey360.roles.self') : nameOf(tk.evaluatedId));
      byRespondent.set(tk.respondentId, entry);
    }
    const collator = new Intl.Collator(app.i18n.lang());
    return [...byRespondent].map(([id, v]) => ({ id, name: nameOf(id), ...v })).sort((a, b) => collator.compare(a.name, b.name));
  });
  const [docLang, setDocLang] = createSignal<DocLang>(app.i18n.lang() === 'kk' ? 'kk' : 'ru');
  /** One respondent's questionnaire workbook: every open token of their code, whichever unit the person rated is in. */
  const download = (code: string) => {
    const a = agency.agency();
    const y = year();
    if (!a || !y) return;
    const tokens = questionnaires().tokens.filter((tk) => tk.code === code);
    const input = questionnaireInput(
      { agency: a, employees: agency.employees(), profile: agency.profile(), year: y.year },
      docLang(),
      tokens,
    );
    void files.download('writeQuestionnaire', [input], safeFileName(`bagalau-360-${y.year}-${code}-${docLang()}.xlsx`));
  };
  const issuedOf = (r: Row) => (r.setup?.respondents ?? []).filter((a) => a.issued).length;

  return (
    <section aria-labelledby="survey360-title">
      <h1 id="survey360-title">{t('survey360.title')}</h1>
      <JobProgress job={files} />
      <p>
        {t('survey360.intro', {
          min: agency.profile().survey360.minRespondents.value,
          max: agency.profile().survey360.maxRespondents.value,
          source: [agency.profile().survey360.headCompetencies.source, respondentsSource()]
            .filter((x, i, all) => x !== undefined && x !== '' && all.indexOf(x) === i)
            .join('; '),
        })}
      </p>
      <p>
        <A href="/survey360/results">{t('survey360.results')}</A>
      </p>
      <Show when={years().length > 0} fallback={<p class="warning-box">{t('survey360.noYears')}</p>}>
        <YearUnitPicker state={picked}>
          <button type="button" disabled={withoutRespondents().length === 0} onClick={() => void suggestAll()}>
            {t('survey360.suggestAll', { n: withoutRespondents().length })}
          </button>
        </YearUnitPicker>
        <div class="table-scroll" tabindex="0" role="region" aria-label={t('survey360.tableLabel', { unit: unit()?.name ?? '' })}>
          <table class="table compact">
            <TableHead
              labels={[
                t('evaluate.person'),
                t('survey360.competencies'),
                t('survey360.respondents'),
                t('survey360.check', { source: respondentsSource() }),
                t('survey360.progress'),
              ]}
              actions={t('survey360.actions')}
            />
            <tbody>
              <For each={rows()}>
                {(r) => (
                  <tr classList={{ excluded: r.excluded !== undefined }}>
                    <th scope="row">{r.name}</th>
                    <td>{r.excluded ?? t('survey360.competenciesOf', { n: r.competencies })}</td>
                    <td>
                      {r.excluded
                        ? ''
                        : `${(r.setup?.respondents ?? []).filter((a) => a.role !== 'self').length} · ${summary(r.setup)}`}
                    </td>
                    <td>
                      <Show when={r.excluded === undefined}>
                        <Show when={r.problems.length > 0} fallback={<span>{t('survey360.fine')}</span>}>
                          <ul class="field-problems">
                            <For each={r.problems}>{(p) => <li class="warning">{problemText(p)}</li>}</For>
                          </ul>
                        </Show>
                      </Show>
                    </td>
                    <td>
                      {r.excluded || issuedOf(r) === 0
                        ? ''
                        : t('survey360.progressOf', { n: questionnaires().answers.get(r.person.id) ?? 0, of: issuedOf(r) })}
                    </td>
                    <td>
                      <Show when={r.excluded === undefined}>
                        <button
                          type="button"
                          aria-label={t('survey360.editOf', { name: r.name })}
                          aria-expanded={editing() === r.person.id}
                          onClick={() => setEditing(editing() === r.person.id ? null : r.person.id)}
                        >
                          {t('survey360.edit')}
                        </button>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Show when={editedRow()}>
          {(r) => (
            <RespondentsEditor
              row={r()}
              nameOf={nameOf}
              suggest={() => setRespondents(r(), suggestFor(r()).respondents)}
              save={(list) => setRespondents(r(), list)}
              problemText={problemText}
            />
          )}
        </Show>
        <section class="panel" aria-labelledby="questionnaires-title">
          <h2 id="questionnaires-title">{t('survey360.questionnaires')}</h2>
          <p>{t('survey360.questionnairesIntro')}</p>
          <button type="button" class="primary" disabled={toIssue() === 0} onClick={() => void issue()}>
            {t('survey360.issue', { n: toIssue() })}
          </button>
          <Show when={open().length > 0} fallback={<p class="muted">{t('survey360.noneOpen')}</p>}>
            <DocLangSelect class="inline" label={t('survey360.docLang')} value={docLang()} onChange={setDocLang} />
            <table class="table compact">
              <caption>{t('survey360.openLabel', { unit: unit()?.name ?? '' })}</caption>
              <TableHead
                labels={[t('survey360.respondent'), t('survey360.code'), t('survey360.toRate')]}
                actions={t('survey360.actions')}
              />
              <tbody>
                <For each={open()}>
                  {(q) => (
                    <tr>
                      <th scope="row">{q.name}</th>
                      <td class="code">{q.code}</td>
                      <td>{q.people.join(', ')}</td>
                      <td class="actions">
                        <button
                          type="button"
                          aria-label={t('survey360.downloadFor', { name: q.name })}
                          onClick={() => download(q.code)}
                        >
                          {t('survey360.download')}
                        </button>
                        <A
                          href={`/survey360/paper?code=${q.code}&lang=${docLang()}`}
                          aria-label={t('survey360.paperFor', { name: q.name })}
                        >
                          {t('survey360.paper')}
                        </A>
                        <A
                          href={`/respond?code=${q.code}`}
                          aria-label={t('survey360.respondFor', { name: q.name })}
                          onClick={enterKiosk}
                        >
                          {t('survey360.respondMode')}
                        </A>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </section>
        <Show when={year()}>{(y) => <AnswersImport periodId={y().id} />}</Show>
        <Show when={year()}>
          {(y) => (
            <section class="panel" aria-labelledby="close360-title">
              <h2 id="close360-title">{t('survey360.closeTitle')}</h2>
              <Show
                when={agency.settings().closed360.get(y().id)}
                fallback={
                  <>
                    <p>{t('survey360.closeText', { answers: sealedCount(), open: questionnaires().tokens.length })}</p>
                    <button type="button" onClick={() => void closeRound(y().id, y().year)}>
                      {t('survey360.close')}
                    </button>
                  </>
                }
              >
                {(c) => (
                  <p role="status">
                    {t('survey360.closed', {
                      date: app.i18n.formatDateTime(c().closedAt),
                      answers: c().answers,
                      withdrawn: c().withdrawn,
                    })}
                  </p>
                )}
              </Show>
            </section>
          )}
        </Show>
      </Show>
    </section>
  );
}

/** One person's respondents: a role each, removable; anyone of the agency can be added; the problems beside. */
function RespondentsEditor(props: {
  row: Row;
  nameOf: (id: string) => string;
  suggest: () => void;
  save: (list: Survey360Setup['respondents']) => void;
  problemText: (p: RespondentProblem) => string;
}) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const list = () => props.row.setup?.respondents ?? [];
  const [adding, setAdding] = createSignal('');
  const units = createMemo(() => [...agency.units()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)));
  const collator = () => new Intl.Collator(app.i18n.lang());
  const peopleOf = (unitId: string) =>
    agency
      .employees()
      .filter((e) => e.unitId === unitId)
      .map((e) => ({ id: e.id, name: fullName(e) }))
      .sort((a, b) => collator().compare(a.name, b.name));
  const setRole = (i: number, role: RespondentRole) => props.save(list().map((a, j) => (j === i ? { ...a, role } : a)));
  const add = () => {
    const who = agency.employees().find((e) => e.id === adding());
    if (!who) return;
    props.save([...list(), { respondentId: who.id, role: roleOf(props.row.person, who) }]);
    setAdding('');
  };
  return (
    <section class="panel" aria-labelledby="respondents-title">
      <h2 id="respondents-title">{t('survey360.respondentsOf', { name: props.row.name })}</h2>
      <Show when={props.row.problems.length > 0}>
        <div role="status">
          <ul class="field-problems">
            <For each={props.row.problems}>{(p) => <li class="warning">{props.problemText(p)}</li>}</For>
          </ul>
        </div>
      </Show>
      <Show when={list().length > 0} fallback={<p class="muted">{t('survey360.noRespondents')}</p>}>
        <table class="table compact">
          <caption class="visually-hidden">{t('survey360.respondentsOf', { name: props.row.name })}</caption>
          <TableHead labels={['№', t('survey360.respondent'), t('survey360.role')]} actions={t('survey360.actions')} />
          <tbody>
            <For each={list()}>
              {(a, i) => (
                <tr>
                  <td>{i() + 1}</td>
                  <th scope="row">{props.nameOf(a.respondentId)}</th>
                  <td>
                    <select
                      aria-label={t('survey360.roleOf', { name: props.nameOf(a.respondentId) })}
                      onChange={(e) => setRole(i(), e.currentTarget.value as RespondentRole)}
                    >
                      <For each={RESPONDENT_ROLES}>
                        {(role) => (
                          <option value={role} selected={role === a.role}>
                            {t(`survey360.roles.${role}`)}
                          </option>
                        )}
                      </For>
                    </select>
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('survey360.remove', { name: props.nameOf(a.respondentId) })}
                      onClick={() => props.save(list().filter((_, j) => j !== i()))}
                    >
                      {t('survey360.removeWord')}
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <div class="inline-form">
        <label>
          <span>{t('survey360.addWho')}</span>
          <select aria-label={t('survey360.addWho')} onChange={(e) => setAdding(e.currentTarget.value)}>
            <option value="" selected={adding() === ''}>
              —
            </option>
            <For each={units()}>
              {(u) => (
                <optgroup label={unitNameIn(u, app.i18n.lang())}>
                  <For each={peopleOf(u.id)}>
                    {(p) => (
                      <option value={p.id} selected={p.id === adding()}>
                        {p.name}
                      </option>
                    )}
                  </For>
                </optgroup>
              )}
            </For>
          </select>
        </label>
        <button type="button" disabled={adding() === ''} onClick={add}>
          {t('survey360.add')}
        </button>
        <button type="button" onClick={() => props.suggest()}>
          {t('survey360.suggestAgain')}
        </button>
      </div>
    </section>
  );
}
