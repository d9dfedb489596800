/**
 * Keyed fingerprints for the export register (issue 20): HMAC-SHA-256 from the browser's WebCrypto
 * under a secret made from its cryptographic random source. The store is given this (it takes no
 * randomness or crypto of its own).
 */
import type { Fingerprinter } from '../domain';

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export const fingerprinter: Fingerprinter = {
  newSecret: () => toBase64(crypto.getRandomValues(new Uint8Array(32))),
  async sign(secret, texts) {
    const key = await crypto.subtle.importKey('raw', fromBase64(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const encoder = new TextEncoder();
    const entries = await Promise.all(
      [...texts].map(async ([k, text]) => {
        const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
        return [k, Array.from(mac.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')] as const;
      }),
    );
    return new Map(entries);
  },
};
