/** A project's API keys. */
export interface ApiKeys {
  publicKey: string;
  secretKey: string;
}

/**
 * The key pair the mock accepts unless told otherwise: the demo keys of Uploadcare's docs.
 *
 * @example
 * ```ts
 * import { DEMO_KEYS } from '@uploadcare-groups/mock';
 * const groups = createGroupsClient({ ...DEMO_KEYS, baseUrl: mock.url });
 * ```
 */
export const DEMO_KEYS: Readonly<ApiKeys> = { publicKey: 'demopublickey', secretKey: 'demosecretkey' };

/** The keys the mock accepts unless told otherwise. */
export const DEFAULT_KEYS: readonly ApiKeys[] = [DEMO_KEYS];

/** Public key -> secret key, from checked keys (no empty key, no key with `:` or spaces, no public key twice). */
export function keyRing(keys: readonly ApiKeys[]): Map<string, string> {
  if (!Array.isArray(keys) || keys.length === 0) {
    throw new TypeError('keys: expected a non-empty array of { publicKey, secretKey }.');
  }
  const ring = new Map<string, string>();
  keys.forEach((key, i) => {
    for (const field of ['publicKey', 'secretKey'] as const) {
      const value = (key as Partial<ApiKeys> | null)?.[field];
      if (typeof value !== 'string' || !/^[^\s:]+$/.test(value)) {
        throw new TypeError(
          `keys[${i}].${field}: expected a non-empty string without spaces or ":", got ${JSON.stringify(value)}.`,
        );
      }
    }
    if (ring.has(key.publicKey)) throw new TypeError(`keys[${i}].publicKey: ${key.publicKey} is listed twice.`);
    ring.set(key.publicKey, key.secretKey);
  });
  return ring;
}
