/** The source words of the points screens (points). */
import type { Widen } from '../template';

export const enPoints = {
  points: {
    title: 'Points model',
    gridLabel: 'Quarterly points',
    yearGridLabel: 'Annual points results',
    incentivesCount: 'Incentives',
    plus: 'Points +',
    violationsCount: 'Violations',
    minus: 'Points −',
    points: 'Quarter',
    entriesOf: 'Entries of {{name}}',
    pickPerson: 'Move to a row to enter that person’s incentives and violations.',
    incentives: 'Incentivised activities (002 §§17–18)',
    activity: 'Activity',
    pointsOf: 'Points',
    date: 'Date',
    note: 'Note',
    addIncentive: 'Add an activity',
    removeEntry: 'Remove entry {{n}}',
    violations: 'Violations of discipline, −{{penalty}} each (002 §§19–22)',
    kind: 'Kind',
    kinds: {
      executive: 'Executive discipline (missed deadline of an instruction or application)',
      labour: 'Labour discipline (lateness, breach of ethics)',
    },
    addViolation: 'Add a violation',
    none: 'None recorded.',
    translation: 'translation',
    targetsOf: 'Work-plan targets of {{name}} (002 §§12, 30)',
    pickPersonYear: 'Move to a row to enter that person’s work-plan targets.',
    target: 'Target',
    result: 'Result',
    results: {
      none: 'not assessed yet',
      notAchieved: 'not achieved — 2',
      partly: 'partly — 3',
      achieved: 'achieved — 4',
      exceeded: 'exceeded — 5',
    },
    addTarget: 'Add a target',
    quarterlyMean: 'Quarterly mean',
    converted: 'Converted',
    planScore: 'Plan',
    annual: 'Annual',
    waitingTargets: 'every target needs its result',
    notEvaluated: 'not evaluated',
    excludedNote: '{{name}} is not evaluated in this period: {{reason}}',
    saved: 'Saved.',
    trainingOf: 'Training: {{name}}',
    trainingTerm:
      'The annual grade calls for training: it is to start within {{months}} months of the Commission’s decision on the annual results — by {{date}} ({{source}}).',
    trainingDone: 'Sent on {{date}}.',
    trainingOn: 'Sent to training on',
    trainingSave: 'Record',
    trainingSaved: 'The day of training is recorded.',
    trainingBeforeDecision: 'Training follows the Commission’s decision of {{date}}.',
    yearSubmitHint:
      'The Commission reviews the annual results too ({{source}}): submit the unit’s year once every plan is assessed.',
    expected: 'Expected results',
    measurable: 'Measurable',
    planForm: 'Individual work plan (Appendix 1)',
  },
} as const;

/** The shape ru and kk give: the same keys, any wording. */
export type PointsMessages = Widen<typeof enPoints>;
