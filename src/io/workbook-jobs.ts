/**
 * Everything the workbook worker does, by name: reading every kind of file we import and writing
 * every workbook we export, and the pure work over a read file that is too big for the page's thread
 * (a roster's preview). Inputs and outputs are plain data (structured clone), so a job runs the
 * same in the worker, in a unit test or in a benchmark. The page calls them through `runJob`
 * (`workbook-client.ts`) and never parses or writes a workbook on its own thread.
 */
import { consolidatedFromData, type ConsolidatedSource } from '../documents/consolidated';
import { previewRoster } from '../domain/roster-plan';
import type { ResultPart } from './job-parts';
import { readBackupFile } from './backup-file';
import { writeBackup } from './backup-workbook';
import { writeDocument, writeDocumentModel } from './document-workbook';
import { readQuestionnaire, writeQuestionnaire } from './questionnaire-workbook';
import { ROSTER_LIMITS } from './limits';
import { readWorkbook } from './read-workbook';
import { fillUnitWorkbook, readUnitWorkbook, writeUnitWorkbook } from './unit-workbook';

export const jobs = {
  readRoster: (bytes: Uint8Array) => readWorkbook(bytes, ROSTER_LIMITS),
  /** A sheet's rows as drafts matched against the agency (sent as plain data), and who the roster leaves out. */
  previewRoster,
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
  /** A long list of the result, in order (`job-parts.ts`); `done` then carries it empty. */
  | ({ readonly kind: 'part' } & ResultPart)
  | { readonly kind: 'done'; readonly result: unknown }
  | { readonly kind: 'failed'; readonly message: string };
