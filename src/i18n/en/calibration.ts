/** The source words of the calibration screens (calibration). */
import type { Widen } from '../template';

export const enCalibration = {
  calibration: {
    title: 'Calibration sessions',
    intro:
      'A person who disagrees with an acquainted result applies within 5 working days ({{applySource}}); the appointing official decides within 3 and the session is held within 10 working days of the application ({{decideSource}}; {{holdSource}}); the participants’ majority adopts the final score, up or down ({{protocolSource}}).',
    apply: 'Register an application',
    noneToApply: 'No result of this quarter is both completed and acquainted without a session yet.',
    appliedOn: 'Applied on',
    application: 'Application',
    register: 'Register',
    noCases: 'No calibration sessions in this quarter.',
    applyBy: 'Application due by {{date}} (5 working days from familiarisation)',
    decideBy: 'Decision and members due by {{date}} — {{state}}',
    holdBy: 'Session due by {{date}} — {{state}}',
    placeBy: 'Protocol to be posted by {{date}} (3 working days from signing)',
    late: 'late',
    decision: 'Decision of the appointing official',
    decidedOn: 'Decided on',
    member: 'Participant',
    addMember: 'Add a participant',
    session: 'Session',
    heldOn: 'Held on',
    evaluatorArgument: 'The evaluator’s argument',
    position: 'Position',
    vote: 'Vote (score)',
    adopted: 'Adopted by majority: {{score}} ({{direction}}), {{votes}} of {{of}} votes.',
    noMajority: 'No majority yet ({{of}} participants).',
    directions: {
      up: 'corrected up',
      down: 'corrected down',
      unchanged: 'unchanged',
    },
    reason: 'Reason of the correction',
    feedback: 'Feedback meeting after the session ({{source}})',
    feedbackOn: 'Held on',
    feedbackFields: {
      achievements: 'Achievements in the period',
      skills: 'Development of skills and competencies',
      potential: 'Potential and career aspirations',
    },
    save: 'Save',
    sign: 'Sign the protocol',
    signed: 'Protocol signed on {{date}}',
    cannotSign: 'The protocol cannot be signed yet: {{list}}.',
    blockers: {
      noDecision: 'no decision date',
      noMembers: 'no participants',
      notHeld: 'the session is not held',
      votesMissing: 'not every participant voted',
      noMajority: 'no majority',
      reasonRequired: 'the correction needs its reason',
      signedBeforeSession: 'the signing date is before the session',
    },
    protocol: 'Protocol (print view)',
    signOn: 'Signed on',
  },
} as const;

/** The shape ru and kk give: the same keys, any wording. */
export type CalibrationMessages = Widen<typeof enCalibration>;
