/**
 * What each import point accepts: the file's size, how far it may expand (each part and all of
 * them, measured by inflating), rows per sheet and sheets. No parser here, so a page can check a
 * file's size before it loads one.
 */
import type { ExpansionLimits } from './zip-expansion';

export interface Limits extends ExpansionLimits {
  readonly maxBytes: number;
  readonly maxRows: number;
  readonly maxSheets: number;
}

/**
 * A roster of 100,000 rows and ten columns is ~40 MB of sheet XML and ~20 MB of shared strings;
 * twice that is still an honest roster, more is not one (and would cost the parser gigabytes).
 */
export const ROSTER_LIMITS: Limits = {
  maxBytes: 20 * 1024 * 1024,
  maxPartBytes: 80 * 1024 * 1024,
  maxUncompressedBytes: 120 * 1024 * 1024,
  maxRows: 100_000,
  maxSheets: 50,
};

/** A returned unit workbook is small: 2,000 rows would be a very large unit. */
export const UNIT_LIMITS: Limits = {
  maxBytes: 10 * 1024 * 1024,
  maxPartBytes: 40 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRows: 20_000,
  maxSheets: 10,
};

/**
 * A backup of a 10,000-person agency over five years is ~25 MB per sheet; four times that is the
 * most one part may expand to, so a crafted part cannot cost the parser gigabytes.
 */
export const BACKUP_LIMITS: Limits = {
  maxBytes: 200 * 1024 * 1024,
  maxPartBytes: 100 * 1024 * 1024,
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxRows: 1_000_000,
  maxSheets: 50,
};

export const QUESTIONNAIRE_LIMITS: Limits = {
  maxBytes: 5 * 1024 * 1024,
  maxPartBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxRows: 5_000,
  maxSheets: 10,
};
