/**
 * The source dictionary, one file per feature (the folders of ui/). Declared `as const`: each message
 * keeps its text as a literal type, from which `t` reads the `{{param}}` names (template.ts). `ru` and
 * `kk` are typed against the widened shape of each feature: a missing or extra key fails the typecheck.
 * Templates use {{name}} placeholders. Sentence case everywhere.
 */
import type { Widen } from '../template';
import { enApp } from './app';
import { enPeople } from './people';
import { enData } from './data';
import { enProblems } from './problems';
import { enMethodology } from './methodology';
import { enEvaluation } from './evaluation';
import { enKci } from './kci';
import { enPoints } from './points';
import { enSurvey360 } from './survey360';
import { enCompetencySheet } from './competency-sheet';
import { enFamiliarisation } from './familiarisation';
import { enDeadlines } from './deadlines';
import { enCalibration } from './calibration';
import { enCommission } from './commission';
import { enExchange } from './exchange';
import { enForms } from './forms';
import { enChangeLog } from './change-log';
import { enDateInput } from './date-input';

export const en = {
  ...enApp,
  ...enPeople,
  ...enData,
  ...enProblems,
  ...enMethodology,
  ...enEvaluation,
  ...enKci,
  ...enPoints,
  ...enSurvey360,
  ...enCompetencySheet,
  ...enFamiliarisation,
  ...enDeadlines,
  ...enCalibration,
  ...enCommission,
  ...enExchange,
  ...enForms,
  ...enChangeLog,
  ...enDateInput,
} as const;

/** The source dictionary with its wording as literal types. */
export type SourceDictionary = typeof en;
/** The shape every language's dictionary has: the source's keys, any wording. */
export type RawDictionary = Widen<SourceDictionary>;
