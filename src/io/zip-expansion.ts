/**
 * How far a ZIP (xlsx, ods) really expands — measured by inflating it, never taken from what the
 * archive declares about itself (a "zip bomb" declares 0 and expands to gigabytes). Each part is
 * inflated in small slices with a running byte count that stops at the limit, so the check costs
 * at most the limit in time and one slice's output in memory, whatever the file says.
 *
 * A small archive's inflated parts are kept — at most `KEEP_AT_MOST` with the copy's headers, so
 * the memory the check costs is that, not one slice's output — and handed on as the same archive
 * with every part stored (`stored`): the parser then reads them as they are instead of inflating
 * them a second time (SheetJS's own inflating was a fifth of reading a 10,000-row roster, issue 21).
 * The parts are found as the parser finds them, and an archive whose directory and local headers
 * disagree is corrupt: no part the parser reads goes unmeasured.
 */
import { Inflate } from 'fflate';
import { err, ok, type Result } from '../domain/result';

export interface ExpansionLimits {
  /** Most bytes one part (a sheet, the shared strings) may expand to. */
  readonly maxPartBytes: number;
  /** Most bytes all parts together may expand to. */
  readonly maxUncompressedBytes: number;
}

export type ExpansionProblem =
  | { readonly code: 'corrupt' }
  | { readonly code: 'encrypted' }
  | { readonly code: 'expandsTooMuch'; readonly limit: number; readonly part: string };

/** Input slice: a deflate stream expands at most ~1,032×, so one slice's output stays under 17 MB. */
const SLICE = 16 * 1024;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

interface Entry {
  readonly name: string;
  /** The name as the archive writes it (the parser reads these bytes). */
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly data: Uint8Array;
}

/** General-purpose flags of an encrypted part: such an archive is refused as encrypted. */
const ENCRYPTED = 0x2041;
/** The flag of a part whose sizes follow its data (its local header's are 0). */
const DATA_DESCRIPTOR = 0x0008;
/** A part's name longer than this is not a workbook's: such an archive's parts are not kept. */
const LONGEST_KEPT_NAME = 1024;
/** Parts that expand to more than this together are not kept (the parser inflates them instead). */
export const KEEP_AT_MOST = 64 * 1024 * 1024;

export interface Expansion {
  /** The bytes the parts expand to. */
  readonly total: number;
  /** The archive with every part stored as it expands (kept when it expands to `KEEP_AT_MOST` or less). */
  readonly stored?: Uint8Array;
}

/**
 * The archive's parts as its parser (SheetJS) will find them: the last end-of-directory record,
 * the entries it counts, each part at its local header — which must agree with its directory
 * entry, so no part can expand unmeasured; undefined for anything else (corrupt).
 */
function entries(bytes: Uint8Array): Entry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // As the parser looks: the last signature in the file, even one in the record's trailing bytes.
  let i = bytes.length - 4;
  while (i >= Math.max(0, bytes.length - 65_557) && view.getUint32(i, true) !== END_OF_DIRECTORY) i--;
  if (i < Math.max(0, bytes.length - 65_557) || i + 22 > bytes.length) return undefined;
  const count = view.getUint16(i + 8, true);
  if (count !== view.getUint16(i + 10, true)) return undefined;
  let offset = view.getUint32(i + 16, true);
  const out: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return undefined;
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressed = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const local = view.getUint32(offset + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) return undefined;
    const localFlags = view.getUint16(local + 6, true);
    const localNameLength = view.getUint16(local + 26, true);
    // The parser reads the part by its local header: its method and size must be the directory's.
    if (view.getUint16(local + 8, true) !== method) return undefined;
    if ((localFlags & DATA_DESCRIPTOR) === 0 && view.getUint32(local + 18, true) !== compressed) return undefined;
    const nameBytes = bytes.subarray(local + 30, Math.min(bytes.length, local + 30 + localNameLength));
    const name = new TextDecoder().decode(nameBytes.subarray(0, 200));
    const start = local + 30 + localNameLength + view.getUint16(local + 28, true);
    if (start + compressed > bytes.length) return undefined;
    out.push({ name, nameBytes, flags: flags | localFlags, method, data: bytes.subarray(start, start + compressed) });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return out;
}

/**
 * The bytes the archive really expands to, or the first part that goes past a limit. `onProgress`
 * receives the share of compressed input inflated so far (0…1); the parts are kept while they
 * expand to `keepAtMost` or less.
 */
export function measureZip(
  bytes: Uint8Array,
  limits: ExpansionLimits,
  onProgress?: (share: number) => void,
  keepAtMost = KEEP_AT_MOST,
): Result<Expansion, ExpansionProblem> {
  const list = entries(bytes);
  if (list === undefined) return err({ code: 'corrupt' });
  if (list.some((e) => (e.flags & ENCRYPTED) !== 0)) return err({ code: 'encrypted' });
  const input = list.reduce((sum, e) => sum + e.data.length, 0) || 1;
  let total = 0;
  let consumed = 0;
  let lastReport = 0;
  // Each part's inflated pieces, while the whole — with the copy's headers — stays small enough to keep.
  const headers = list.reduce((sum, e) => sum + 76 + 2 * e.nameBytes.length, 22);
  let kept: Uint8Array[][] | undefined =
    list.some((e) => e.nameBytes.length > LONGEST_KEPT_NAME) || headers > keepAtMost ? undefined : [];
  for (const entry of list) {
    let part = 0;
    const pieces: Uint8Array[] = [];
    kept?.push(pieces);
    const over = () => part > limits.maxPartBytes || total > limits.maxUncompressedBytes;
    const problem = (): ExpansionProblem => ({
      code: 'expandsTooMuch',
      limit: part > limits.maxPartBytes ? limits.maxPartBytes : limits.maxUncompressedBytes,
      part: entry.name,
    });
    if (entry.method === 0) {
      part = entry.data.length;
      total += part;
      if (over()) return err(problem());
      pieces.push(entry.data);
    } else if (entry.method === 8) {
      const inflate = new Inflate((chunk) => {
        part += chunk.length;
        total += chunk.length;
        // fflate hands each piece over as an array of its own.
        if (kept) pieces.push(chunk);
      });
      try {
        for (let at = 0; at < entry.data.length; at += SLICE) {
          const end = Math.min(entry.data.length, at + SLICE);
          inflate.push(entry.data.subarray(at, end), end === entry.data.length);
          if (over()) return err(problem());
          if (kept && headers + total > keepAtMost) kept = undefined;
          consumed += end - at;
          if (onProgress && consumed - lastReport > 1024 * 1024) {
            lastReport = consumed;
            onProgress(consumed / input);
          }
        }
      } catch {
        return err({ code: 'corrupt' });
      }
    } else {
      return err({ code: 'corrupt' });
    }
    if (kept && headers + total > keepAtMost) kept = undefined;
  }
  return ok(kept ? { total, stored: storedZip(list, kept) } : { total });
}

/**
 * A ZIP of the parts given, each stored (method 0) under its own name bytes. Read only by the
 * parser in this worker, which checks no checksum: the CRC fields are left at 0.
 */
function storedZip(list: readonly Entry[], parts: readonly (readonly Uint8Array[])[]): Uint8Array {
  const sizes = parts.map((pieces) => pieces.reduce((sum, p) => sum + p.length, 0));
  const local = list.reduce((sum, e, i) => sum + 30 + e.nameBytes.length + (sizes[i] ?? 0), 0);
  const central = list.reduce((sum, e) => sum + 46 + e.nameBytes.length, 0);
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  // 1 January 1980, the first day a ZIP can date.
  const DOS_DATE = (1 << 5) | 1;
  const offsets: number[] = [];
  let at = 0;
  for (const [i, e] of list.entries()) {
    const size = sizes[i] ?? 0;
    offsets.push(at);
    view.setUint32(at, LOCAL_HEADER, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 18, size, true);
    view.setUint32(at + 22, size, true);
    view.setUint16(at + 26, e.nameBytes.length, true);
    out.set(e.nameBytes, at + 30);
    at += 30 + e.nameBytes.length;
    for (const piece of parts[i] ?? []) {
      out.set(piece, at);
      at += piece.length;
    }
  }
  const directory = at;
  for (const [i, e] of list.entries()) {
    const size = sizes[i] ?? 0;
    view.setUint32(at, DIRECTORY_ENTRY, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 20, size, true);
    view.setUint32(at + 24, size, true);
    view.setUint16(at + 28, e.nameBytes.length, true);
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(e.nameBytes, at + 46);
    at += 46 + e.nameBytes.length;
  }
  view.setUint32(at, END_OF_DIRECTORY, true);
  view.setUint16(at + 8, list.length, true);
  view.setUint16(at + 10, list.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
