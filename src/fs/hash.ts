/** Hashes for cache keys and for telling a precompiled validator's schema from the one on disk, and the MAC of a cache file. */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with object keys sorted, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * The MAC of a cache file signed with this machine's key (src/check/secret.ts):
 * over its header line as written (JSON) and its body, so what is checked is
 * exactly what is then used.
 */
export function macOf(secret: Uint8Array, headerJson: string, body: string): string {
  return createHmac('sha256', secret).update(headerJson).update('\n').update(body).digest('hex');
}

/** Whether a MAC read from a file is `expected`; compared as bytes of equal length, so a MAC edited into other characters does not throw. */
export function sameMac(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
