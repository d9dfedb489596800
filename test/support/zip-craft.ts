/**
 * Hostile ZIPs made at test time (nothing big is committed): an archive written part by part with
 * whatever sizes it should declare, a deflated part that expands to hundreds of megabytes, and a
 * real workbook with one part replaced — the shapes of issue 20's attacks.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Deflate, deflateSync, unzipSync } from 'fflate';

export interface CraftedPart {
  readonly name: string;
  /** Deflated bytes (method 8), or the stored bytes (method 0). */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  /** The uncompressed size the archive declares for it. */
  readonly declaredSize: number;
}

export function craftZip(parts: readonly CraftedPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, part.method, true);
    local.setUint32(18, part.data.length, true);
    local.setUint32(22, part.declaredSize, true);
    local.setUint16(26, name.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(10, part.method, true);
    central.setUint32(20, part.data.length, true);
    central.setUint32(24, part.declaredSize, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, part.data);
    directory.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + part.data.length;
  }
  const size = directory.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...directory, new Uint8Array(end.buffer)]);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A deflate stream of `megabytes` MB of shared-string XML, made 1 MB at a time (never held whole);
 * kept in the system's temporary folder, since making 400 MB of it takes ~3 s.
 */
export function bombData(megabytes: number): Uint8Array {
  const cached = join(tmpdir(), `bagalau-test-bomb-${megabytes}.deflate`);
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  const made = makeBomb(megabytes);
  writeFileSync(cached, made);
  return made;
}

function makeBomb(megabytes: number): Uint8Array {
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  const block = new TextEncoder().encode('<si><t>a</t></si>'.repeat(Math.ceil((1024 * 1024) / 17))).subarray(0, 1024 * 1024);
  for (let i = 0; i < megabytes; i++) deflate.push(block, i === megabytes - 1);
  return concat(out);
}

/** A real workbook with parts replaced or added (`replace` gets the part's text, or undefined when absent). */
export function rezip(
  bytes: Uint8Array,
  edit: (parts: Record<string, Uint8Array>) => Record<string, Uint8Array | CraftedPart>,
): Uint8Array {
  const parts = edit(unzipSync(bytes));
  return craftZip(
    Object.entries(parts).map(([name, value]) =>
      value instanceof Uint8Array ? { name, data: deflateSync(value), method: 8, declaredSize: value.length } : value,
    ),
  );
}

/** The same workbook with a sheet's `<dimension ref>` replaced by a lie. */
export function withDimension(bytes: Uint8Array, sheetPath: string, ref: string): Uint8Array {
  return rezip(bytes, (parts) => {
    const xml = new TextDecoder().decode(parts[sheetPath]);
    if (!/<dimension ref="[^"]*"\/>/.test(xml)) throw new Error(`no dimension in ${sheetPath}`);
    return {
      ...parts,
      [sheetPath]: new TextEncoder().encode(xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`)),
    };
  });
}
