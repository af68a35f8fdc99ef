// Signed requests as a careful client sends them, signed here with node:crypto by the facts
// sheet's recipe (the fake's verifier is pinned against openssl in test/fake/auth.test.ts).
import { createHash, createHmac } from 'node:crypto';
import { OPERATIONS, type OperationId } from '../src/generated/operations.js';

/** The keys the mock accepts by default, as the issue and the README promise them. */
export const DEMO = { publicKey: 'demopublickey', secretKey: 'demosecretkey' } as const;

export interface SignOptions {
  method?: string;
  body?: string;
  contentType?: string | null;
  date?: string;
  /** Send the date as `Date` instead of `X-Uploadcare-Date`. */
  dateHeader?: 'X-Uploadcare-Date' | 'Date';
  accept?: string;
  keys?: { publicKey: string; secretKey: string };
}

/** The headers of a signed request for `uri` (path and query exactly as it will be sent). */
export function signedHeaders(uri: string, options: SignOptions = {}): Record<string, string> {
  const method = options.method ?? 'GET';
  const date = options.date ?? new Date().toUTCString();
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
  const md5 = createHash('md5')
    .update(options.body ?? '')
    .digest('hex');
  const keys = options.keys ?? DEMO;
  const signature = createHmac('sha1', keys.secretKey)
    .update([method, md5, contentType ?? '', date, uri].join('\n'))
    .digest('hex');
  const headers: Record<string, string> = {
    Accept: options.accept ?? OPERATIONS.listGroups.accept[0],
    [options.dateHeader ?? 'X-Uploadcare-Date']: date,
    Authorization: `Uploadcare ${keys.publicKey}:${signature}`,
  };
  if (contentType !== null) headers['Content-Type'] = contentType;
  return headers;
}

/** A signed request for an operation: `fetch(base + uri, init)`. */
export function signed(operationId: OperationId, uri: string, options: SignOptions = {}): RequestInit {
  const { method, accept } = OPERATIONS[operationId];
  const withDefaults = { method, accept: accept[0], ...options };
  return {
    method: withDefaults.method,
    headers: signedHeaders(uri, withDefaults),
    ...(options.body !== undefined && { body: options.body }),
  };
}

/** `/groups/<id>/` and friends, from the operation's templated path. */
export function pathOf(operationId: OperationId, groupId?: string): string {
  return OPERATIONS[operationId].path.replace(/\{[^}]+\}/, groupId ?? '');
}
