/** Record ids and randomness: from the platform's cryptographic source (the domain never makes its own). */
export const newId = (): string => crypto.randomUUID();

/** A uniformly random whole number below n. */
export function randomBelow(n: number): number {
  const buf = new Uint32Array(1);
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  do crypto.getRandomValues(buf);
  while ((buf[0] ?? 0) >= limit);
  return (buf[0] ?? 0) % n;
}

/** `bytes` random bytes as lowercase hex (a 16-byte token is 32 characters). */
export const randomHex = (bytes: number): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

/** `n` random bytes. */
export const randomBytes = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));
