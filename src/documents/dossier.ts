/**
 * The appeal dossier (issue 7): one person's evaluation for one quarter as the case file tells it —
 * whether and how they were evaluated and by which rule, the result with its explanation, each
 * step's deadline met or missed, the calibration trail, the Commission's decision, the final result
 * and every recorded change. Only this person's data is in it (004 §§16, 21).
 */
import { formatDate, fullName, type AuditEntry, type EvaluationCase, resultDecimals, gradePhrase, type GradeId } from '../domain';
import { resultText } from '../i18n';
import type { Words } from '../i18n/words';
import { changeLogRows, scopedTo } from './change-log';
import { explanationLines } from './explanation';
import type { Block, DocumentModel } from './model';
import { eligibilityText, finalStageText } from './phrases';

export const DOSSIER_TYPE = 'bagalau-dossier';

export interface DossierInput {
  readonly case: EvaluationCase;
  readonly unitName: string;
  /** The case's recorded changes, oldest first. */
  readonly history: readonly AuditEntry[];
  readonly agencyId: string;
  readonly exportedAt: string;
}

const STEP_WORDS = {
  evaluation: 'dossier.evaluation',
  familiarisation: 'dossier.familiarisation',
  calibrationApply: 'dossier.calibrationApply',
  calibrationDecision: 'dossier.calibrationDecide',
  calibrationSession: 'dossier.calibrationHold',
  calibrationProtocol: 'dossier.calibrationProtocol',
  sheetToCommission: 'dossier.sheetToCommission',
  commission: 'dossier.commissionDecided',
  approval: 'dossier.approval',
  familiarisationAgain: 'dossier.familiarisationAgain',
  appeal: 'dossier.appeal',
  appealInformed: 'dossier.appealInformed',
} as const satisfies Partial<Record<EvaluationCase['steps'][number]['kind'], string>>;

/** @example dossierDocument({ case, unitName: 'Отдел', history: [], … }, wordsIn('ru')).parts[0].blocks[0] → the heading */
export function dossierDocument(input: DossierInput, words: Words): DocumentModel {
  const { t } = words;
  const c = input.case;
  const e = c.employee;
  const lang = words.lang();
  const decimals = c.method ? resultDecimals(c.method, c.period, c.profile) : 2;
  const value = (v: number | null | undefined) => resultText(lang, v, decimals);
  // The grade in the act's words (004 §8, 001 §7, 002 §33) where the dossier is in Kazakh or Russian.
  const grade = (g: GradeId) => (lang === 'en' ? t(`grades.${g}`) : gradePhrase(c.profile, g, lang, t(`grades.${g}`)));
  const period =
    c.period.kind === 'year'
      ? t('annual.year', { year: c.period.year })
      : `${c.period.year} · ${t('agency.quarter', { q: c.period.quarter ?? 0 })}`;
  const title = `${t('dossier.title')}: ${fullName(e)}, ${period}`;
  const met = (deadline: string | null, on: string | null) =>
    on === null
      ? t('dossier.open')
      : deadline === null
        ? t('deadlines.states.done')
        : on <= deadline
          ? t('dossier.met')
          : t('dossier.missed');

  const resultLine =
    c.computed && c.method
      ? `${t(`eligibility.component.${c.method}`)}: ${value(c.computed.value)} — ${grade(c.computed.grade)}`
      : t('dossier.noResult');
  const fields: { label: string; value: string; note?: string }[] = [
    { label: t('dossier.person'), value: `${fullName(e)}, ${e.position} (${e.category}), ${input.unitName}` },
    { label: t('dossier.period'), value: period },
    { label: t('dossier.eligibility'), value: `${eligibilityText(words, c.eligibility, c.profile)} (${c.eligibility.source})` },
    ...(c.notEvaluatedReason !== undefined ? [{ label: t('dossier.notEvaluatedReason'), value: c.notEvaluatedReason }] : []),
    { label: t('dossier.result'), value: resultLine },
    {
      label: t('dossier.stage'),
      value: `${t(`case.stages.${c.stage}`)}${c.blocks.length > 0 ? ` — ${c.blocks.map((b) => t(`case.blocks.${b}`)).join('; ')}` : ''}`,
    },
  ];
  const cal = c.calibration;
  if (cal) {
    const o = cal.state?.outcome;
    const outcome = !o
      ? ''
      : o.kind === 'adopted'
        ? t('calibration.adopted', {
            score: value(o.score),
            direction: t(`calibration.directions.${o.direction}`),
            votes: o.votesFor,
            of: o.participants,
          })
        : t('calibration.noMajority', { of: o.participants });
    fields.push({
      label: t('dossier.calibration'),
      value: `${outcome}${cal.record.reason ? ` — ${cal.record.reason}` : ''}${cal.record.signedOn ? ` · ${t('calibration.signed', { date: formatDate(cal.record.signedOn) })}` : ''}`,
    });
  }
  const com = c.commission;
  if (com) {
    const d = com.decision;
    const decided = d?.kind === 'decided' ? t(`commission.decisions.${d.decision}`) : t('commission.undecided');
    fields.push({
      label: t('dossier.commission'),
      value: `${t('commission.sittingOf', { number: com.sitting.number, state: formatDate(com.sitting.heldOn) })}: ${decided}${com.record.corrected !== null ? ` — ${value(com.record.corrected)}: ${com.record.reason}` : ''}${com.sitting.signedOn ? ` · ${t('commission.signed', { date: formatDate(com.sitting.signedOn) })}` : ''}`,
      ...(com.record.recommendation ? { note: com.record.recommendation } : {}),
    });
    const a = com.sitting.approval;
    if (a)
      fields.push({
        label: t('dossier.approvedBy'),
        value: `${a.position} ${a.name}, ${formatDate(a.on)}`,
      });
  }
  for (const f of c.familiarisationRounds)
    fields.push({
      label: f.round > 1 ? t('dossier.acquaintedAgain') : t('dossier.acquainted'),
      value: `${formatDate(f.on)}, ${t(`familiarisation.hows.${f.how}`)}${f.value === null ? '' : ` — ${value(f.value)}`}${f.act ? ` (${[f.act, ...f.witnesses].join('; ')})` : ''}${f.note ? ` — ${f.note}` : ''}`,
    });
  const ap = c.appeal;
  if (ap)
    fields.push({
      label: t('dossier.appealField'),
      value: [
        t('dossier.appealFiled', { date: formatDate(ap.filedOn), body: ap.body }),
        ap.outcome === 'pending'
          ? t('appeal.outcomes.pending')
          : `${t(`appeal.outcomes.${ap.outcome}`)}, ${formatDate(ap.decidedOn)}${ap.outcome === 'changed' ? `: ${value(ap.newResult)} (${ap.source})` : ''}`,
        ...(ap.informedOn ? [t('dossier.appealInformedOn', { date: formatDate(ap.informedOn) })] : []),
        ...(ap.court ? [`${t('appeal.court')}: ${ap.court}`] : []),
      ].join('; '),
    });
  if (c.final)
    fields.push({
      label: t('final.column'),
      value: `${value(c.final.value)} — ${grade(c.final.grade)}; ${finalStageText(c.final, words)}`,
    });

  const blocks: Block[] = [
    { kind: 'heading', text: title, level: 1 },
    { kind: 'text', text: t('dossier.confidential', { source: words.cite(c.profile.confidentiality) }), muted: true },
    { kind: 'fields', rows: fields },
  ];
  if (c.computed)
    blocks.push({
      kind: 'explanation',
      title: t('evaluate.why', { value: value(c.computed.value) }),
      lines: explanationLines(c.computed.explain(), words, c.profile),
    });
  blocks.push({ kind: 'heading', text: t('dossier.deadlines'), level: 2 });
  blocks.push({
    kind: 'table',
    columns: [t('dossier.what'), t('dossier.due'), t('dossier.done')],
    rowHeaders: true,
    compact: true,
    widths: [40, 16, 30],
    rows: c.steps.flatMap((s) => {
      const key = STEP_WORDS[s.kind as keyof typeof STEP_WORDS];
      return key
        ? [[t(key), formatDate(s.deadline), `${s.doneOn ? formatDate(s.doneOn) : '—'} · ${met(s.deadline, s.doneOn)}`]]
        : [];
    }),
  });
  // The history in the change log's words, cut to this person (a pasted block's other cells name no one else).
  const changes = changeLogRows(
    input.history.map((a) => scopedTo(a, e.id)),
    {
      employees: [e],
      statuses: [],
      units: [{ id: e.unitId, name: input.unitName, parentId: null, order: 0 }],
      profiles: [c.profile],
      kciPlans: c.input?.method === 'kci' && c.input.plan ? [c.input.plan] : [],
    },
    words,
  );
  const history: Block[] = [
    { kind: 'heading', text: t('dossier.history'), level: 2 },
    input.history.length === 0
      ? { kind: 'text', text: t('kci.noHistory'), muted: true }
      : {
          kind: 'table',
          columns: [t('dossier.when'), t('dossier.who'), t('dossier.what'), t('dossier.reason')],
          widths: [18, 24, 80, 40],
          compact: true,
          rows: changes.map((r) => [r.when, r.who, r.text, r.reason]),
        },
  ];
  return {
    type: DOSSIER_TYPE,
    title,
    envelope: { agencyId: input.agencyId, periodId: c.period.id, employeeId: e.id, exportedAt: input.exportedAt },
    parts: [
      { name: t('dossier.title'), blocks },
      { name: t('dossier.history'), blocks: history },
    ],
    fileName: `bagalau-dossier-${fullName(e)}-${c.period.id}.xlsx`,
  };
}
