/**
 * The protocol of the Commission's sitting in the layout of Appendix 5 (004/001/002), in Kazakh or
 * Russian: the agency, the sitting's date, the order and the members present, the quorum; per
 * person No., full name, the results before the Commission, its correction, its recommendations and
 * the decision; the conclusion; the signatures of the secretary, the chair and the members with
 * their dates. Without a recorded sitting it is the draft the Commission works from: every
 * completed result with empty columns to fill (the consolidated workbook carries it).
 */
import {
  commissionResults,
  formatDate,
  fullName,
  sittingCaseKey,
  sittingState,
  type CaseBook,
  type CommissionSitting,
  type Employee,
  type Period,
  resultDecimals,
  gradePhrase,
  type GradeId,
} from '../domain';
import { resultText } from '../i18n';
import { agencyNameIn, COMMISSION_PROTOCOL, fillDoc as fill, OFFICIAL_FORMS, quarterIn, type DocLang } from '../i18n/documents';
import type { Block, Cell, DocumentModel } from './model';

export const COMMISSION_PROTOCOL_TYPE = 'bagalau-commission-protocol';

export interface CommissionProtocolInput {
  readonly book: CaseBook;
  readonly period: Period;
  /** The recorded sitting; undefined for the draft. */
  readonly sitting: CommissionSitting | undefined;
  readonly agency: { readonly id: string; readonly nameKk: string; readonly nameRu: string } | undefined;
  readonly exportedAt: string;
}

/** @example commissionProtocol({ book, period: Q1, sitting, … }, 'ru').parts[0].blocks[0] → the title */
export function commissionProtocol(input: CommissionProtocolInput, lang: DocLang): DocumentModel {
  const d = COMMISSION_PROTOCOL[lang];
  const { book, period, sitting } = input;
  const people = new Map<string, Employee>(book.input.employees.map((e) => [e.id, e]));
  const name = (id: string) => {
    const e = people.get(id);
    return e ? fullName(e) : id;
  };
  // What the Commission has before it: the completed results as a signed calibration session left them.
  const results = new Map(commissionResults(book.casesOf(book.input.employees, period.id)).map((r) => [sittingCaseKey(r), r]));
  const state = sitting ? sittingState(sitting, book.input.profile) : undefined;
  const value = (v: number | null | undefined, decimals: number) => resultText(lang, v, decimals);
  // «Сведения о результатах оценки»: the result and its grade in the act's words (004 §8, 001 §7, 002 §33).
  // A draft lists every completed result of the agency: each text is made once per value and grade.
  const resultTexts = new Map<string, string>();
  const results_ = (v: number, grade: GradeId, decimals: number) => {
    const key = `${decimals}|${v}|${grade}`;
    let text = resultTexts.get(key);
    if (text === undefined) {
      text = `${value(v, decimals)} — ${gradePhrase(book.input.profile, grade, lang, OFFICIAL_FORMS[lang].grades[grade])}`;
      resultTexts.set(key, text);
    }
    return text;
  };
  const rows: Cell[][] = sitting
    ? sitting.cases.map((c, i) => {
        const r = results.get(sittingCaseKey(c));
        const decimals = resultDecimals(c.component, period, book.input.profile);
        return [
          String(i + 1),
          name(c.employeeId),
          r ? results_(r.value, r.grade, decimals) : '',
          c.corrected === null ? '' : `${value(c.corrected, decimals)}${c.reason ? ` — ${c.reason}` : ''}`,
          c.recommendation,
        ];
      })
    : [...results.values()].map((r, i) => [i + 1, name(r.employeeId), results_(r.value, r.grade, r.decimals), '', '']);
  // The members present in the order's seating (the chair, the members, the secretary); they alone sign.
  const present = sitting ? sitting.seats.filter((m) => sitting.present.includes(m.id)) : [];
  const signatories = state?.signatories ?? [];
  const approval = sitting?.approval ?? null;
  // The profile's title is printed in the document's language; a title typed otherwise as it was typed.
  const title = book.input.profile.procedure.approverTitle.value;
  const positionIn = (position: string | undefined) =>
    position === undefined || position === '' || position === title.kk || position === title.ru ? title[lang] : position;
  const blank = '____________________';
  // Appendix 5's heading lines, then «УТВЕРЖДАЮ» where the act asks for the authorised person's
  // approval (001 §61, 004 Appendix 5); 002's form has none, its signed decision is final (002 §35).
  const blocks: Block[] = [];
  blocks.push({
    kind: 'approval',
    lines: [
      d.appendix,
      d.form,
      ...(book.input.profile.procedure.approval.value
        ? [
            d.approve,
            positionIn(approval?.position),
            approval ? approval.name : `${blank} ${d.approverName}`,
            `${d.approvedOn}: ${approval ? formatDate(approval.on) : blank}`,
            `${d.approverSignature}: ${blank}`,
          ]
        : []),
    ],
  });
  blocks.push(
    { kind: 'heading', text: d.title, level: 1 },
    {
      kind: 'fields',
      rows: [
        { label: d.agency, value: agencyNameIn(input.agency, lang) },
        ...(sitting ? [{ label: d.sitting, value: String(sitting.number) }] : []),
        { label: d.heldOn, value: formatDate(sitting?.heldOn ?? null) },
        ...(sitting
          ? [{ label: d.order, value: fill(d.orderOf, { number: sitting.orderNumber, date: formatDate(sitting.orderDate) }) }]
          : []),
        // 002 Appendix 5: «бағалау түрі: тоқсандық /жылдық» where the Commission reviews the year too (002 §35).
        ...(book.input.profile.procedure.annualReview.value
          ? [{ label: d.kind, value: d.kinds[period.kind === 'year' ? 'year' : 'quarter'] }]
          : []),
        {
          label: d.period,
          value: period.kind === 'year' ? fill(d.year, { year: period.year }) : quarterIn(lang, period.year, period.quarter ?? 0),
        },
        { label: d.present, value: present.map((m) => `${m.name} (${d.roles[m.role]})`).join('; ') },
      ],
    },
  );
  if (state?.quorum) blocks.push({ kind: 'text', text: fill(d.quorum, { present: state.present, voting: state.voting }) });
  blocks.push({ kind: 'heading', text: d.resultsHeading, level: 2 });
  blocks.push({
    kind: 'table',
    columns: [d.number, d.name, d.results, d.corrected, d.recommendations],
    rows,
    widths: [8, 34, 40, 36, 34],
  });
  blocks.push({ kind: 'text', label: d.conclusion, text: sitting?.conclusion ?? '' });
  blocks.push({ kind: 'text', text: `${d.checked}:` });
  // Only the members present sign (001 §§52, 56), the secretary first as in Appendix 5.
  blocks.push({
    kind: 'signatures',
    rows:
      signatories.length > 0
        ? signatories.map((m) => ({
            role: d.roles[m.role],
            name: m.name,
            date: `${d.date}: ${formatDate(sitting?.signedOn ?? null)}`,
          }))
        : (['secretary', 'chair', 'member'] as const).map((role) => ({ role: d.roles[role], name: '', date: `${d.date}:` })),
  });
  return {
    type: COMMISSION_PROTOCOL_TYPE,
    title: d.title,
    envelope: { agencyId: input.agency?.id ?? '', periodId: period.id, lang, exportedAt: input.exportedAt },
    parts: [{ name: d.title, blocks }],
    fileName: `bagalau-commission-protocol-${sitting ? sitting.id.replace(':', '-') : period.id}-${lang}.xlsx`,
  };
}
