// Headers between the mock's own parts, never shown to callers: the front strips them from
// requests that come in and from answers that go out.

/** Every private header starts with this. */
export const MOCK_HEADER_PREFIX = 'x-uploadcare-mock-';

/**
 * Front -> service, through Prism: the request as the caller sent it. Prism re-encodes query
 * strings and re-serialises JSON bodies when it forwards, but a signature covers the URI and the
 * body's MD5 exactly as sent. Carries a per-run token so the service trusts only its own front.
 */
export const RECEIVED_HEADER = `${MOCK_HEADER_PREFIX}received`;

/** Service -> front: the operationId the service routed the request to. */
export const OPERATION_HEADER = `${MOCK_HEADER_PREFIX}operation`;

/** Service -> front: the fault the answer was made by (`fail` or `throttle`). */
export const FAULT_HEADER = `${MOCK_HEADER_PREFIX}fault`;

export interface Received {
  /** Path and query string as sent. */
  uri: string;
  /** Lowercase hex MD5 of the body as sent. */
  bodyMd5: string;
  /** The Content-Type sent, or null. */
  contentType: string | null;
}

export function encodeReceived(token: string, received: Received): string {
  return `${token}.${Buffer.from(JSON.stringify(received)).toString('base64url')}`;
}

/** The request as sent, when the header carries `token`; undefined otherwise. */
export function decodeReceived(header: string | undefined, token: string | undefined): Received | undefined {
  if (header === undefined || token === undefined) return undefined;
  const dot = header.indexOf('.');
  if (dot < 0 || header.slice(0, dot) !== token) return undefined;
  try {
    const value = JSON.parse(Buffer.from(header.slice(dot + 1), 'base64url').toString('utf8')) as Received;
    if (typeof value.uri !== 'string' || typeof value.bodyMd5 !== 'string') return undefined;
    return { uri: value.uri, bodyMd5: value.bodyMd5, contentType: value.contentType ?? null };
  } catch {
    return undefined;
  }
}
