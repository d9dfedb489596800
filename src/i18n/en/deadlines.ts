/** The source words of the deadlines screens (deadlines). */
import type { Widen } from '../template';

export const enDeadlines = {
  deadlines: {
    title: 'Deadlines',
    agency: 'the agency',
    showDone: 'Show what is done',
    count: {
      overdue: 'overdue: {{n}}',
      dueSoon: 'due soon: {{n}}',
      due: 'due: {{n}}',
      done: 'done: {{n}}',
    },
    none: 'Nothing is due.',
    shownOf: 'Shown {{shown}} of {{total}}.',
    more: 'Show {{n}} more',
    date: 'Date',
    what: 'What',
    state: 'State',
    source: 'Source',
    open: 'Open',
    reminder: 'reminder',
    states: {
      overdue: 'overdue',
      dueSoon: 'due soon',
      due: 'due',
      done: 'done',
    },
    kinds: {
      kciSet: 'KCI plan of {{who}} set, {{period}}',
      kciPlacement: 'KCI plans placed in the information system, {{period}}',
      kciNotify: 'Unit heads notified of their KCI evaluation, {{period}}',
      notify: 'Staff notified of their evaluation, {{period}}',
      evaluation: 'Evaluation of “{{who}}” submitted, {{period}}',
      survey360: '360 evaluation completed, {{period}}',
      annual: 'Annual results formed, {{period}}',
      kciResubmit: 'Returned KCI sheet of {{who}} resubmitted, {{period}}',
      familiarisation: '{{who}} acquainted with the result, {{period}}',
      calibrationDecision: 'Calibration session of {{who}}: decision and members, {{period}}',
      calibrationSession: 'Calibration session of {{who}} held, {{period}}',
      calibrationProtocol: 'Calibration protocol of {{who}} posted, {{period}}',
      evaluationNotice: 'Those who evaluate notified of the evaluation, {{period}}',
      kciActuals: 'Actual KCI values sent to the evaluators, {{period}}',
      plan: 'Individual work plans drawn up, {{period}}',
      kciEvaluation: 'KCI sheet of {{who}} evaluated, {{period}}',
      sheetToCommission: 'Signed KCI sheet of {{who}} to the Commission, {{period}}',
      familiarisationAgain: '{{who}} acquainted again with the revised result, {{period}}',
      approval: 'Protocol of the Commission’s sitting No. {{who}} approved by the authorised person, {{period}}',
      appeal: 'Appeal of {{who}} filed (within the term), {{period}}',
      appealInformed: 'Authorised body informed of the decision on the appeal of {{who}}, {{period}}',
      training: 'Send to training (qualification upgrading): {{who}}, {{period}}',
      yearComputed: 'Compute the annual result before the Commission’s sitting: {{who}}, {{period}}',
      planOf: 'Work plan of {{who}}, appointed after 10 January, drawn up within ten working days of the appointment, {{period}}',
    },
  },
} as const;

/** The shape ru and kk give: the same keys, any wording. */
export type DeadlinesMessages = Widen<typeof enDeadlines>;
