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
import { parseRetryAfterMs } from './transport/retry-after.js';

const EXCERPT_LENGTH = 200;

/** The `detail` of an error body (parsed JSON or raw text), else a short plain-text excerpt, else the status. */
function detailOf(body: unknown, response: Response): string {
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {}
  }
  const detail = (body as { detail?: unknown } | null | undefined)?.detail;
  if (typeof detail === 'string') return detail;
  const text = (typeof body === 'string' ? body : body == null ? '' : JSON.stringify(body))
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text) return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
  return response.statusText || `HTTP ${response.status}`;
}

const ERROR_CLASSES: Record<number, typeof UploadcareApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  404: NotFoundError,
  406: NotAcceptableError,
};

/**
 * The error class for a non-2xx answer. `body` is the error body as openapi-fetch gives it
 * (parsed JSON, or the text when it was not JSON) or the raw text.
 */
export function apiErrorFor(response: Response, body: unknown, request: RequestDescription): UploadcareApiError {
  const { status, headers } = response;
  const init = { status, detail: detailOf(body, response), ...request, headers: Object.fromEntries(headers) };
  if (status === 429) {
    const ms = parseRetryAfterMs(headers.get('retry-after'));
    return new RateLimitError({ ...init, retryAfter: ms === undefined ? undefined : Math.ceil(ms / 1000) });
  }
  const ErrorClass = ERROR_CLASSES[status] ?? (status >= 500 ? ServerError : UploadcareApiError);
  return new ErrorClass(init);
}

/** Parses a 2xx JSON body and checks its outline, so a wrong answer fails here and not deep in user code. */
export function successBody<T>(
  response: Response,
  text: string | undefined,
  request: RequestDescription,
  expected: string,
  check: (value: Record<string, unknown>) => boolean,
): T {
  let value: unknown;
  let problem = `a body that is not ${expected}`;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    problem = `a body that is not JSON (expected ${expected})`;
  }
  if (!isObject(value) || !check(value)) {
    throw new InvalidResponseError({ method: request.method, url: request.url, status: response.status, problem });
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
