/**
 * Turns an answer into data or a typed error. A 2xx body must parse and match the outline of
 * the operation's schema; any other status is its error class. Error bodies that are not the
 * documented `{"detail": "…"}` (an HTML 502 page from a proxy, an empty 503) still give the
 * right class, with a short excerpt of the body as `detail`.
 */
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
import { RESPONSE_SHAPES } from '../generated/shapes.js';
import type { HttpAnswer } from '../transport/fetch-attempt.js';
import { parseRetryAfterMs } from '../transport/retry-after.js';
import { shapeProblem } from './check-shape.js';

/** How much of a `detail` (or of a body that is not JSON) goes into the error and its message. */
const DETAIL_LENGTH = 500;

function clip(text: string): string {
  return text.length > DETAIL_LENGTH ? `${text.slice(0, DETAIL_LENGTH)}…` : text;
}

/** The `detail` of a JSON error body, else a plain-text excerpt of the body, else the status. */
function detailOf(answer: HttpAnswer, body: string): string {
  if (answer.status > 299 && answer.status < 400) {
    return `a redirect to ${answer.headers.get('location')}, which the client does not follow`;
  }
  let parsed: unknown = body;
  try {
    parsed = JSON.parse(body);
  } catch {}
  const detail = (parsed as { detail?: unknown } | null)?.detail;
  if (typeof detail === 'string') return clip(detail);
  const excerpt = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clip(excerpt) || answer.statusText || `HTTP ${answer.status}`;
}

const ERROR_CLASSES: Record<number, typeof UploadcareApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  404: NotFoundError,
  406: NotAcceptableError,
};

/** The error for a non-2xx answer; `redact` cuts the client's secret out of what the answer repeats. */
export function apiErrorFor(
  answer: HttpAnswer,
  request: RequestDescription,
  redact: <T>(value: T) => T,
): UploadcareApiError {
  const { status } = answer;
  const body = redact(answer.text);
  const init = {
    ...request,
    status,
    detail: detailOf(answer, body),
    headers: redact(Object.fromEntries(answer.headers)),
    body,
  };
  if (status === 429) {
    const ms = parseRetryAfterMs(answer.headers.get('retry-after'));
    return new RateLimitError({ ...init, retryAfter: ms === undefined ? undefined : Math.ceil(ms / 1000) });
  }
  return new (ERROR_CLASSES[status] ?? (status > 499 ? ServerError : UploadcareApiError))(init);
}

/**
 * The checked body of a 2xx answer to `operationId` (else the typed error): parsed, and checked
 * against the spec's schema of that answer, so a wrong answer fails here and not in user code.
 */
export function successBody<T>(
  answer: HttpAnswer,
  request: RequestDescription,
  operationId: string,
  redact: <V>(value: V) => V,
): T {
  if (answer.status < 200 || answer.status > 299) throw apiErrorFor(answer, request, redact);
  const shape = RESPONSE_SHAPES[operationId];
  if (!shape) return undefined as T;
  let value: unknown;
  try {
    value = JSON.parse(answer.text);
  } catch {
    throw new InvalidResponseError({ ...request, status: answer.status }, 'a body that is not JSON');
  }
  const problem = shapeProblem(shape, value);
  if (problem) throw new InvalidResponseError({ ...request, status: answer.status }, `body${problem}`);
  return value as T;
}
