/**
 * The export register (issue 20): what the agency recorded when it sent a unit workbook out — the
 * period, the unit, the sheets with their layout, every row with its keyed fingerprint and the values
 * it held, the entry scale. A returned file is checked against this record, found by the export id
 * its `_meta` names; nothing the file says about itself (unit, rows, sections, scale) is believed.
 * A file whose export id the register does not know — forged, from another copy of the app, or sent
 * before the register existed — is refused, since its rows could not be verified.
 */
import { fingerprintKey } from '../ids';
import type { EntryScale } from './points-exchange';
import type { ExportedRow, SectionKind, ReturnedWorkbook, UnitEnvelope, UnitSection } from './unit-exchange';
import { UNIT_WORKBOOK_FORMAT, UNIT_WORKBOOK_TYPE } from './unit-exchange';

/** Keyed fingerprints (the platform's HMAC): a fresh secret, and each text signed under one. */
export interface Fingerprinter {
  newSecret(): string;
  sign(secret: string, texts: ReadonlyMap<string, string>): Promise<Map<string, string>>;
}

/** 1-based row of the column headers on every score and entry sheet. */
export const UNIT_HEADER_ROW = 4;

/** A sheet name Excel accepts: no \ / ? * [ ] :, at most 31 characters. */
export const unitSheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

/** A registered row: its id, keyed fingerprint and what it held. */
export type RegisteredRow = ExportedRow & { readonly id: string };

export interface RegisteredSection extends Omit<UnitSection, 'rows'> {
  readonly rows: readonly RegisteredRow[];
}

/** What the register records of an export: the envelope's who-and-when, as the file was written. */
export interface ExportRecord extends Pick<
  UnitEnvelope,
  'agencyId' | 'periodId' | 'unitId' | 'exportedAt' | 'profileId' | 'profileVersion'
> {
  /** The export id the file's `_meta` carries. */
  readonly id: string;
  readonly kind: 'unitWorkbook';
  readonly lang: string;
  /** Who exported it (the operator's name). */
  readonly operator: string;
  readonly sections: readonly RegisteredSection[];
  readonly points?: EntryScale;
}

/** What a sheet of a unit workbook is made from (the document's `UnitSheetInput` is one). */
export interface RegisterSheetInput {
  readonly component: SectionKind;
  readonly name: string;
  readonly headers: readonly string[];
  readonly hashed: readonly number[];
  readonly status: number;
  readonly params: readonly { readonly id: string; readonly header: string }[];
  readonly rows: readonly {
    readonly id: string;
    readonly cells: readonly (string | number)[];
    readonly values: Readonly<Record<string, number | undefined>>;
    readonly entry?: ExportedRow['entry'];
    readonly excluded?: boolean;
  }[];
}

const cellText = (v: string | number | undefined): string => (v === undefined ? '' : String(v).trim());

/**
 * The text a row's fingerprint is taken of: its id and its read-only cells, as written and as read
 * back (`hashed` counts columns from the id column, which is column 0).
 */
export const fingerprintText = (rowId: string, readOnly: readonly string[]): string => [rowId, ...readOnly].join('\u241f');

/** The texts to fingerprint for a workbook about to be exported, keyed `component:rowId`. */
export function exportTexts(sheets: readonly RegisterSheetInput[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of sheets)
    for (const row of sheet.rows)
      out.set(
        fingerprintKey(sheet.component, row.id),
        fingerprintText(
          row.id,
          sheet.hashed.map((c) => cellText(row.cells[c - 1])),
        ),
      );
  return out;
}

/** The texts to fingerprint for a returned workbook, keyed `component:rowId`. */
export function returnedTexts(file: ReturnedWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const section of file.sections)
    for (const row of section.rows) out.set(fingerprintKey(section.component, row.id), fingerprintText(row.id, row.readOnly));
  return out;
}

/** The register's record of an export, from what is written and the keyed fingerprints of its rows. */
export function exportRecord(
  head: Omit<ExportRecord, 'kind' | 'sections'>,
  sheets: readonly RegisterSheetInput[],
  fingerprints: ReadonlyMap<string, string>,
): ExportRecord {
  return {
    ...head,
    kind: 'unitWorkbook',
    sections: sheets.map((sheet) => ({
      component: sheet.component,
      sheet: unitSheetName(sheet.name),
      headerRow: UNIT_HEADER_ROW,
      headers: [...sheet.headers, ...sheet.params.map((p) => p.header)],
      fixed: sheet.headers.length,
      hashed: sheet.hashed,
      status: sheet.status,
      params: sheet.params.map((p) => p.id),
      rows: sheet.rows.map((r) => {
        const values: Record<string, number> = {};
        for (const p of sheet.params) if (r.values[p.id] !== undefined) values[p.id] = r.values[p.id] as number;
        return {
          id: r.id,
          hash: fingerprints.get(fingerprintKey(sheet.component, r.id)) ?? '',
          values,
          ...(r.entry ? { entry: r.entry } : {}),
          ...(r.excluded ? { excluded: true } : {}),
        };
      }),
    })),
  };
}

/** The envelope the register recorded, as the import plans against it. */
export function registeredEnvelope(record: ExportRecord): UnitEnvelope {
  return {
    type: UNIT_WORKBOOK_TYPE,
    formatVersion: UNIT_WORKBOOK_FORMAT,
    agencyId: record.agencyId,
    periodId: record.periodId,
    unitId: record.unitId,
    exportedAt: record.exportedAt,
    profileId: record.profileId,
    profileVersion: record.profileVersion,
    sections: record.sections.map(({ rows, ...layout }) => ({
      ...layout,
      rows: new Map(rows.map(({ id, ...row }) => [id, row])),
    })),
    ...(record.points ? { points: record.points } : {}),
  };
}

export type RegisterRefusal = 'notRegistered' | 'sectionNotExported' | 'layoutChanged';

/** A sheet's layout as written and as the file's `_meta` states it must be the same, field by field. */
function sameLayout(a: Omit<UnitSection, 'rows'>, b: Omit<UnitSection, 'rows'>): boolean {
  const same = (x: readonly (string | number)[], y: readonly (string | number)[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.component === b.component &&
    a.sheet === b.sheet &&
    a.headerRow === b.headerRow &&
    a.fixed === b.fixed &&
    a.status === b.status &&
    same(a.headers, b.headers) &&
    same(a.hashed, b.hashed) &&
    same(a.params, b.params)
  );
}

/**
 * The returned workbook as the register knows it: read with the layout the register recorded (a
 * `_meta` whose sheets, columns or parameters differ from it was edited, and is refused), planned
 * against the register's envelope — its period, unit, rows, values and scale — in place of the file's.
 */
export function checkAgainstRegister(
  file: ReturnedWorkbook,
  record: ExportRecord | undefined,
): { ok: true; file: ReturnedWorkbook } | { ok: false; refusal: RegisterRefusal; sheet?: string } {
  if (!record) return { ok: false, refusal: 'notRegistered' };
  const envelope = registeredEnvelope(record);
  for (const claimed of file.envelope.sections) {
    const registered = envelope.sections.find((s) => s.component === claimed.component);
    if (!registered) return { ok: false, refusal: 'sectionNotExported', sheet: claimed.sheet };
    if (!sameLayout(registered, claimed)) return { ok: false, refusal: 'layoutChanged', sheet: claimed.sheet };
  }
  return { ok: true, file: { ...file, envelope } };
}
