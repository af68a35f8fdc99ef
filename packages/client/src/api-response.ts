/**
 * Turns an answer into data or a typed error. Error bodies that are not the documented
 * `{"detail": "…"}` (an HTML 502 page from a proxy, an empty 503) still give the right class,
 * with a short excerpt of the body as `detail`.
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
} from './errors.js';
import type { HttpAnswer } from './transport/fetch-attempt.js';
import { parseRetryAfterMs } from './transport/retry-after.js';

/** What the checks read of an answer besides its body. */
type AnswerHead = Pick<HttpAnswer, 'status' | 'statusText' | 'headers'>;

const EXCERPT_LENGTH = 200;

/** The `detail` of a JSON error body, else a short plain-text excerpt of the body, else the status. */
function detailOf(text: string, answer: AnswerHead): string {
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  const detail = (body as { detail?: unknown } | null | undefined)?.detail;
  if (typeof detail === 'string') return detail;
  const excerpt = (typeof body === 'string' ? body : body == null ? '' : JSON.stringify(body))
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (excerpt) return excerpt.length > EXCERPT_LENGTH ? `${excerpt.slice(0, EXCERPT_LENGTH)}…` : excerpt;
  return answer.statusText || `HTTP ${answer.status}`;
}

const ERROR_CLASSES: Record<number, typeof UploadcareApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  404: NotFoundError,
  406: NotAcceptableError,
};

/** The error class for a non-2xx answer, with `text` its body. */
export function apiErrorFor(answer: AnswerHead, text: string, request: RequestDescription): UploadcareApiError {
  const { status, headers } = answer;
  const init = { status, detail: detailOf(text, answer), ...request, headers: Object.fromEntries(headers) };
  if (status === 429) {
    const ms = parseRetryAfterMs(headers.get('retry-after'));
    return new RateLimitError({ ...init, retryAfter: ms === undefined ? undefined : Math.ceil(ms / 1000) });
  }
  const ErrorClass = ERROR_CLASSES[status] ?? (status >= 500 ? ServerError : UploadcareApiError);
  return new ErrorClass(init);
}

const decoder = new TextDecoder();

/** The answer's body as text; the typed error when its status is not 2xx. */
export function successText(answer: HttpAnswer, request: RequestDescription): string {
  const text = decoder.decode(answer.body);
  if (answer.status < 200 || answer.status > 299) throw apiErrorFor(answer, text, request);
  return text;
}

/**
 * The checked body of a 2xx answer (else the typed error): parsed, and its outline checked, so
 * a wrong answer fails here and not deep in user code.
 */
export function successBody<T>(
  answer: HttpAnswer,
  request: RequestDescription,
  expected: string,
  check: (value: Record<string, unknown>) => boolean,
): T {
  const text = successText(answer, request);
  let value: unknown;
  let problem = `a body that is not ${expected}`;
  try {
    value = JSON.parse(text);
  } catch {
    problem = `a body that is not JSON (expected ${expected})`;
  }
  if (!isObject(value) || !check(value)) {
    throw new InvalidResponseError({ method: request.method, url: request.url, status: answer.status, problem });
  }
  return value as T;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isNullableString = (value: unknown) => value === null || typeof value === 'string';

export function looksLikeGroupsPage(value: Record<string, unknown>): boolean {
  return (
    Array.isArray(value.results) &&
    value.results.every((group) => isObject(group) && typeof group.id === 'string') &&
    isNullableString(value.next) &&
    isNullableString(value.previous)
  );
}

export function looksLikeGroupWithFiles(value: Record<string, unknown>): boolean {
  return typeof value.id === 'string' && Array.isArray(value.files);
}
