/**
 * A short, stable fingerprint of a text: 64-bit FNV-1a over its UTF-8 bytes, as 16 hex digits.
 * Synchronous and free of node: imports, so the browser and Node give the same value. It names
 * things (calendar UIDs); it is not meant to keep anything secret.
 */
const offsetBasis = 0xcbf29ce484222325n;
const prime = 0x100000001b3n;
const mask = 0xffffffffffffffffn;

export function contentHash(text: string): string {
  let hash = offsetBasis;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}
