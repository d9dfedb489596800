/** The Kazakh dictionary: the features' words, each typed against the English source. */
import type { RawDictionary } from '../en';
import { kkApp } from './app';
import { kkPeople } from './people';
import { kkData } from './data';
import { kkProblems } from './problems';
import { kkMethodology } from './methodology';
import { kkEvaluation } from './evaluation';
import { kkKci } from './kci';
import { kkPoints } from './points';
import { kkSurvey360 } from './survey360';
import { kkCompetencySheet } from './competency-sheet';
import { kkFamiliarisation } from './familiarisation';
import { kkDeadlines } from './deadlines';
import { kkCalibration } from './calibration';
import { kkCommission } from './commission';
import { kkExchange } from './exchange';
import { kkForms } from './forms';
import { kkChangeLog } from './change-log';
import { kkDateInput } from './date-input';

export const kk: RawDictionary = {
  ...kkApp,
  ...kkPeople,
  ...kkData,
  ...kkProblems,
  ...kkMethodology,
  ...kkEvaluation,
  ...kkKci,
  ...kkPoints,
  ...kkSurvey360,
  ...kkCompetencySheet,
  ...kkFamiliarisation,
  ...kkDeadlines,
  ...kkCalibration,
  ...kkCommission,
  ...kkExchange,
  ...kkForms,
  ...kkChangeLog,
  ...kkDateInput,
};
