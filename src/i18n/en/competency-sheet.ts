/** The source words of the competency sheet screens (sheet). */
import type { Widen } from '../template';

export const enCompetencySheet = {
  sheet: {
    signatureProblems: {
      incomplete: 'The sheet is signed once every competency is assessed and each “does not meet” names the indicators.',
      inFuture: 'A signature cannot be dated after today.',
      beforeYear: 'A signature cannot be dated before the evaluated year.',
      beforeManager: 'The employee signs after the direct manager has signed.',
    },
    title: 'Competency sheet',
    intro:
      'For each competency the person meets or does not meet expectations; for “does not meet”, name the behavioural indicators the person did not show (004 Appendix 3, the indicators of the position’s group: 000 Appendix 4). Every choice is saved at once. The Appendix 3 form prints what is entered here.',
    noPeople: 'No one works in this unit.',
    gridLabel: 'Competency sheet of {{unit}}, {{year}}',
    summary: 'Meets',
    actions: 'Indicators and form',
    notAssessed: 'not assessed*',
    cellLabel: '{{competency}} — {{name}}',
    meets: 'meets expectations',
    notMeets: 'does not meet expectations',
    meetsOf: '{{meets}} of {{total}}',
    complete: 'complete',
    toDo: 'to complete: {{n}}',
    noIndicators: 'indicators not named',
    indicatorsNamed: 'indicators named: {{n}}',
    edit: 'Indicators',
    editFor: 'Indicators: {{name}}',
    form: 'Form (App. 3)',
    formFor: 'Form (App. 3): {{name}}',
    footnote:
      '* Staff whose duties do not include public services are not assessed on the two public-service competencies (004 Appendix 3); “public services” is set on the person’s card.',
    editorTitle: 'Competency sheet: {{name}}',
    editorIntro:
      'The indicators offered are the effective ones of the group “{{level}}” (000 Appendix 4): tick those the person did not show. A note adds what the lists do not name.',
    levels: {
      lead: 'heads of the body and its largest units',
      head: 'heads of structural units',
      staff: 'staff',
    },
    resultOf: 'Result: {{competency}}',
    noList: 'The methodology profile lists no indicators for this competency: describe them in the note.',
    whichNotShown: 'Indicators not shown:',
    note: 'Note (other indicators not shown)',
    close: 'Close',
    problems: {
      notAssessed: '{{competency}}: not assessed yet',
      indicatorsMissing: '{{competency}}: “does not meet” without the indicators not shown',
      notApplicable: '{{competency}}: assessed, but it does not apply to this person (no public services)',
    },
    signatures: 'Signatures on the sheet',
    managerSignedOn: 'Direct manager signed on',
    acquaintedOn: 'The employee signed (acquainted) on',
    saveSignatures: 'Record the signatures',
    signaturesSaved: 'The signatures are recorded.',
    acquaintedMark: 'acquainted {{date}}',
  },
} as const;

/** The shape ru and kk give: the same keys, any wording. */
export type CompetencySheetMessages = Widen<typeof enCompetencySheet>;
