/** The Russian dictionary: the features' words, each typed against the English source. */
import type { RawDictionary } from '../en';
import { ruApp } from './app';
import { ruPeople } from './people';
import { ruData } from './data';
import { ruProblems } from './problems';
import { ruMethodology } from './methodology';
import { ruEvaluation } from './evaluation';
import { ruKci } from './kci';
import { ruPoints } from './points';
import { ruSurvey360 } from './survey360';
import { ruCompetencySheet } from './competency-sheet';
import { ruFamiliarisation } from './familiarisation';
import { ruDeadlines } from './deadlines';
import { ruCalibration } from './calibration';
import { ruCommission } from './commission';
import { ruExchange } from './exchange';
import { ruForms } from './forms';
import { ruChangeLog } from './change-log';
import { ruDateInput } from './date-input';

export const ru: RawDictionary = {
  ...ruApp,
  ...ruPeople,
  ...ruData,
  ...ruProblems,
  ...ruMethodology,
  ...ruEvaluation,
  ...ruKci,
  ...ruPoints,
  ...ruSurvey360,
  ...ruCompetencySheet,
  ...ruFamiliarisation,
  ...ruDeadlines,
  ...ruCalibration,
  ...ruCommission,
  ...ruExchange,
  ...ruForms,
  ...ruChangeLog,
  ...ruDateInput,
};
