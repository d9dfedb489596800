/** The source words of the deadlines screens (deadlines). */
import type { Widen } from '../template';

export const enDeadlines = {
  deadlines: {
    title: 'Deadlines',
    agency: 'the agency',
    showDone: 'Show what is done',
    count: { overdue: 'overdue: {{n}}', dueSoon: 'due soon: {{n}}', due: 'due: {{n}}', done: 'done: {{n}}' },
    none: 'Nothing is due.',
    date: 'Date',
    what: 'What',
    state: 'State',
    source: 'Source',
    open: 'Open',
    reminder: 'reminder',
    states: { overdue: 'overdue', dueSoon: 'due soon', due: 'due', done: 'done' },
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
    },
  },
} as const;

/** The shape ru and kk give: the same keys, any wording. */
export type DeadlinesMessages = Widen<typeof enDeadlines>;
