/**
 * Everything the workbook worker does, by name: reading every kind of file we import and writing
 * every workbook we export. Inputs and outputs are plain data (structured clone), so a job runs the
 * same in the worker, in a unit test or in a benchmark. The page calls them through `runJob`
 * (`workbook-client.ts`) and never parses or writes a workbook on its own thread.
 */
import { consolidatedFromData, type ConsolidatedSource } from '../documents/consolidated';
import { readBackupFile } from './backup-file';
import { writeBackup } from './backup-workbook';
import { writeDocument, writeDocumentModel } from './document-workbook';
import { readQuestionnaire, writeQuestionnaire } from './questionnaire-workbook';
import { ROSTER_LIMITS } from './limits';
import { readWorkbook } from './read-workbook';
import { fillUnitWorkbook, readUnitWorkbook, writeUnitWorkbook } from './unit-workbook';

export const jobs = {
  readRoster: (bytes: Uint8Array) => readWorkbook(bytes, ROSTER_LIMITS),
  readUnitWorkbook,
  readBackupFile,
  readQuestionnaire,
  fillUnitWorkbook,
  writeUnitWorkbook,
  writeDocument,
  writeDocumentModel,
  /** The consolidated results: cases, 360 results and the document made here, then written. */
  writeConsolidated: (source: ConsolidatedSource) => writeDocumentModel(consolidatedFromData(source)),
  writeQuestionnaire,
  writeBackup,
};

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;

/** Page → worker. */
export interface JobRequest {
  readonly job: JobName;
  readonly args: readonly unknown[];
}

/** Worker → page. */
export type JobMessage =
  | { readonly kind: 'progress'; readonly share: number }
  | { readonly kind: 'done'; readonly result: unknown }
  | { readonly kind: 'failed'; readonly message: string };
