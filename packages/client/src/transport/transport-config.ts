/** What the transport needs to send an operation: resolved once from the client's options. */
import type { Authenticate } from '../auth/request-auth.js';
import type { Redact } from '../redact.js';
import type { FetchLike } from './fetch-attempt.js';

export interface TransportConfig {
  authenticate: Authenticate;
  userAgent: string;
  fetch: FetchLike | undefined;
  maxRetries: number;
  timeoutMs: number;
  maxRetryWaitMs: number;
  maxResponseBytes: number;
  /** The same value with the client's secret key cut out of any text in it (answers, errors). */
  redact: Redact;
}
