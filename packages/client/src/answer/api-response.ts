/**
 * Turns an answer into data or a typed error. A 2xx body must parse and match the outline of
 * the operation's schema; any other status is its error class. Error bodies that are not the
 * documented `{"detail": "…"}` (an HTML 502 page from a proxy, an empty 503) still give the
 * right class, with a short excerpt of the body as `detail`.
 */
import { clip } from '../argument-checks.js';
import {
  AuthenticationError,
  BadRequestError,
  InvalidResponseError,
  NotAcceptableError,
  NotFoundError,
  RateLimitError,
  type RequestDescription,
  ServerError,
  UploadcareApiError,
} from '../errors.js';
import { OPERATIONS } from '../generated/operations.js';
import { RESPONSE_SHAPES } from '../generated/shapes.js';
import type { Redact } from '../redact.js';
import type { HttpAnswer } from '../transport/fetch-attempt.js';
import { parseRetryAfterMs } from '../transport/retry-after.js';
import { shapeProblem } from './check-shape.js';

/** The `detail` of a JSON error body, else a plain-text excerpt of the body, else the status. */
function detailOf(answer: HttpAnswer, body: string): string {
  if (answer.status > 299 && answer.status < 400) {
    return `a redirect to ${answer.headers.get('location')}, which the client does not follow`;
  }
  let detail: unknown;
  try {
    const parsed = JSON.parse(body);
    // The REST API's `{ detail }`, or the Upload API's `{ error: { content } }` (with `jsonerrors=1`).
    detail = parsed.detail ?? parsed.error?.content;
  } catch {}
  // At most 500 characters: the whole body is in the error's `body`.
  const excerpt = clip(
    typeof detail === 'string'
      ? detail
      : body
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
    500,
  );
  return excerpt || answer.statusText || `HTTP ${answer.status}`;
}

const ERROR_CLASSES: Record<number, typeof UploadcareApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  404: NotFoundError,
  406: NotAcceptableError,
  429: RateLimitError,
};

/** The error for a non-2xx answer; `redact` cuts the client's secret out of what the answer repeats. */
export function apiErrorFor(
  answer: HttpAnswer,
  request: RequestDescription,
  redact: Redact,
  operationId?: string,
): UploadcareApiError {
  const { status } = answer;
  // The Upload API answers a missing or unknown public key (or a bad upload signature) with 403.
  const upload = (OPERATIONS as Record<string, { publicKeyField: string | null }>)[operationId ?? '']?.publicKeyField;
  const Class = status === 403 && upload ? AuthenticationError : ERROR_CLASSES[status];
  const body = redact(answer.text);
  const retryAfterMs = parseRetryAfterMs(answer.headers.get('retry-after'));
  return new (Class ?? (status > 499 ? ServerError : UploadcareApiError))({
    ...request,
    status,
    detail: detailOf(answer, body),
    headers: redact(Object.fromEntries(answer.headers)),
    body,
    // RateLimitError's own field: the seconds `Retry-After` asked for, when it said.
    ...(status === 429 && { retryAfter: retryAfterMs >= 0 ? Math.ceil(retryAfterMs / 1000) : undefined }),
  });
}

/**
 * The checked body of a 2xx answer to `operationId` (else the typed error): parsed, and checked
 * against the spec's schema of that answer, so a wrong answer fails here and not in user code.
 */
export function successBody<T>(
  answer: HttpAnswer,
  request: RequestDescription,
  operationId: string,
  redact: Redact,
): T {
  const { status } = answer;
  if (status < 200 || status > 299) throw apiErrorFor(answer, request, redact, operationId);
  const shape = RESPONSE_SHAPES[operationId];
  if (!shape) return undefined as T;
  let problem = 'a body that is not JSON';
  try {
    const value = JSON.parse(answer.text);
    const wrong = shapeProblem(shape, value);
    if (!wrong) return value;
    problem = `body${wrong}`;
  } catch {}
  throw new InvalidResponseError({ ...request, status }, problem);
}
