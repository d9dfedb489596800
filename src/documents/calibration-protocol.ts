/**
 * The protocol of a calibration session (004 §§38–43) in Kazakh or Russian, from the person's case:
 * the agency, the session's date, the person, position and unit, the period and method, the
 * application and the official's decision, the evaluator's score and argument, each participant's
 * position and vote, the score the majority adopted and its direction (004 §42), the reason of a
 * correction, the signatures, and when the protocol is to be posted.
 */
import { formatDate, fullName, unitNameIn, type EvaluationCase, type Unit } from '../domain';
import { resultText } from '../i18n';
import { agencyNameIn, CALIBRATION_PROTOCOL, fillDoc as fill, quarterIn, type DocLang } from '../i18n/documents';
import type { Block, DocumentModel } from './model';

export const CALIBRATION_PROTOCOL_TYPE = 'bagalau-calibration-protocol';

export interface CalibrationProtocolInput {
  /** The person's case in the period, with its calibration session. */
  readonly case: EvaluationCase;
  /** The person's unit, named in the protocol's language. */
  readonly unit: Pick<Unit, 'name' | 'names'> | undefined;
  readonly agency: { readonly id: string; readonly nameKk: string; readonly nameRu: string } | undefined;
  readonly exportedAt: string;
}

/** @example calibrationProtocol({ case, unit: { name: 'Отдел' }, … }, 'ru')?.title === 'Протокол калибровочной сессии' */
export function calibrationProtocol(input: CalibrationProtocolInput, lang: DocLang): DocumentModel | undefined {
  const d = CALIBRATION_PROTOCOL[lang];
  const c = input.case;
  const session = c.calibration?.record;
  if (!session) return undefined;
  const state = c.calibration?.state;
  const e = c.employee;
  const num = (h: number | null | undefined) => resultText(lang, h, 2);
  const period = `${quarterIn(lang, c.period.year, c.period.quarter ?? 0)}; ${d.component[session.component]}`;
  const o = state?.outcome;
  const decision =
    o?.kind === 'adopted'
      ? fill(d.adopted, { score: num(o.score), votes: o.votesFor, of: o.participants, direction: d.directions[o.direction] })
      : d.noMajority;
  const blocks: Block[] = [
    { kind: 'heading', text: d.title, level: 1 },
    // The act's own paragraphs: 004 §§38–43, 001 §§37–42.
    { kind: 'text', text: fill(d.basis, { paragraphs: c.profile.calibration.paragraphs.value }), muted: true },
    {
      kind: 'fields',
      rows: [
        { label: d.agency, value: agencyNameIn(input.agency, lang) },
        { label: d.heldOn, value: formatDate(session.heldOn) },
        { label: d.person, value: fullName(e) },
        { label: d.position, value: `${e.position} (${e.category})` },
        { label: d.unit, value: input.unit ? unitNameIn(input.unit, lang) : '' },
        { label: d.period, value: period },
        { label: d.appliedOn, value: formatDate(session.appliedOn) },
        { label: d.application, value: session.application },
        { label: d.decidedOn, value: formatDate(session.decidedOn) },
        { label: d.evaluatorScore, value: num(c.computed?.value) },
        { label: d.evaluatorArgument, value: session.evaluatorArgument },
      ],
    },
    { kind: 'heading', text: d.members, level: 2 },
    {
      kind: 'table',
      columns: ['№', d.member, d.positionCol, d.vote],
      rows: session.participants.map((m, i) => [String(i + 1), m.name, m.position, num(m.vote)]),
      widths: [5, 30, 60, 12],
    },
    { kind: 'heading', text: d.decision, level: 2 },
    { kind: 'text', text: decision },
  ];
  if (session.reason.trim() !== '') blocks.push({ kind: 'text', label: d.reason, text: session.reason });
  blocks.push({ kind: 'heading', text: d.signatures, level: 2 });
  blocks.push({
    kind: 'signatures',
    rows: session.participants.map((m) => ({ role: m.name, name: '', date: formatDate(session.signedOn) })),
  });
  blocks.push({
    kind: 'text',
    text: `${d.signedOn}: ${formatDate(session.signedOn)}${state?.placeBy ? ` · ${d.placeBy}: ${formatDate(state.placeBy)}` : ''}`,
  });
  return {
    type: CALIBRATION_PROTOCOL_TYPE,
    title: d.title,
    envelope: { agencyId: input.agency?.id ?? '', periodId: c.period.id, employeeId: e.id, lang, exportedAt: input.exportedAt },
    parts: [{ name: d.title, blocks }],
    fileName: `bagalau-calibration-protocol-${fullName(e)}-${c.period.id}-${lang}.xlsx`,
  };
}
