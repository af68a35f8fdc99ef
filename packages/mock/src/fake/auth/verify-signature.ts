// The signature of `Uploadcare <public_key>:<signature>` requests, computed here with
// node:crypto from the facts sheet's recipe, never with a client's signer: a bug shared by
// both sides could not pass.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** What a signature covers, as the request carried it. */
export interface SignedParts {
  /** Upper case. */
  method: string;
  /** Lowercase hex MD5 of the raw body (of the empty string without one). */
  bodyMd5: string;
  /** The `Content-Type` value sent, or undefined when none was sent. */
  contentType: string | undefined;
  /** The date value sent (`X-Uploadcare-Date` or `Date`). */
  date: string;
  /** Path plus query string, exactly as sent. */
  uri: string;
}

/** The five lines joined with `\n`, no trailing newline. */
export function signString(parts: SignedParts): string {
  return [parts.method, parts.bodyMd5, parts.contentType ?? '', parts.date, parts.uri].join('\n');
}

/** Lowercase hex HMAC-SHA1 of the sign string, keyed with the secret key. */
export function signature(secretKey: string, parts: SignedParts): string {
  return createHmac('sha1', secretKey).update(signString(parts)).digest('hex');
}

/** Lowercase hex MD5 of a body. */
export function md5Hex(body: Uint8Array | string): string {
  return createHash('md5').update(body).digest('hex');
}

/** Whether `given` is exactly the expected signature (compared in constant time). */
export function signatureMatches(secretKey: string, parts: SignedParts, given: string): boolean {
  const expected = Buffer.from(signature(secretKey, parts));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
