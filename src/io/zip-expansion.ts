/**
 * How far a ZIP (xlsx, ods) really expands — measured by inflating it, never taken from what the
 * archive declares about itself (a "zip bomb" declares 0 and expands to gigabytes). Each part is
 * inflated in small slices with a running byte count that stops at the limit, so the check costs
 * at most the limit in time and one slice's output in memory, whatever the file says.
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
  { readonly code: 'corrupt' } | { readonly code: 'expandsTooMuch'; readonly limit: number; readonly part: string };

/** Input slice: a deflate stream expands at most ~1,032×, so one slice's output stays under 17 MB. */
const SLICE = 16 * 1024;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly data: Uint8Array;
}

function entries(bytes: Uint8Array): Entry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) !== END_OF_DIRECTORY) continue;
    const count = view.getUint16(i + 10, true);
    let offset = view.getUint32(i + 16, true);
    const out: Entry[] = [];
    for (let n = 0; n < count; n++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return undefined;
      const method = view.getUint16(offset + 10, true);
      const compressed = view.getUint32(offset + 20, true);
      const nameLength = view.getUint16(offset + 28, true);
      const local = view.getUint32(offset + 42, true);
      const name = new TextDecoder().decode(
        bytes.subarray(offset + 46, Math.min(bytes.length, offset + 46 + Math.min(nameLength, 200))),
      );
      if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) return undefined;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + compressed > bytes.length) return undefined;
      out.push({ name, method, data: bytes.subarray(start, start + compressed) });
      offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return out;
  }
  return undefined;
}

/**
 * The bytes the archive really expands to, or the first part that goes past a limit. `onProgress`
 * receives the share of compressed input inflated so far (0…1).
 */
export function measureZip(
  bytes: Uint8Array,
  limits: ExpansionLimits,
  onProgress?: (share: number) => void,
): Result<number, ExpansionProblem> {
  const list = entries(bytes);
  if (list === undefined) return err({ code: 'corrupt' });
  const input = list.reduce((sum, e) => sum + e.data.length, 0) || 1;
  let total = 0;
  let consumed = 0;
  let lastReport = 0;
  for (const entry of list) {
    let part = 0;
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
    } else if (entry.method === 8) {
      const inflate = new Inflate((chunk) => {
        part += chunk.length;
        total += chunk.length;
      });
      try {
        for (let at = 0; at < entry.data.length; at += SLICE) {
          const end = Math.min(entry.data.length, at + SLICE);
          inflate.push(entry.data.subarray(at, end), end === entry.data.length);
          if (over()) return err(problem());
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
  }
  return ok(total);
}
