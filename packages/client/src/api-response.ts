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

function headersToRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

/** Parses JSON, or returns the text itself when it is not JSON. */
export function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function detailOf(body: unknown, response: Response): string {
  if (typeof body === 'object' && body !== null && typeof (body as { detail?: unknown }).detail === 'string') {
    return (body as { detail: string }).detail;
  }
  const text = (typeof body === 'string' ? body : body == null ? '' : JSON.stringify(body))
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text) return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
  return response.statusText || `HTTP ${response.status}`;
}

/**
 * The error class for a non-2xx answer. `body` is the parsed JSON body, or its text when it
 * was not JSON.
 */
export function apiErrorFor(response: Response, body: unknown, request: RequestDescription): UploadcareApiError {
  const init = {
    status: response.status,
    detail: detailOf(body, response),
    method: request.method,
    url: request.url,
    headers: headersToRecord(response.headers),
  };
  switch (response.status) {
    case 400:
      return new BadRequestError(init);
    case 401:
      return new AuthenticationError(init);
    case 404:
      return new NotFoundError(init);
    case 406:
      return new NotAcceptableError(init);
    case 429: {
      const ms = parseRetryAfterMs(response.headers.get('retry-after'));
      return new RateLimitError({ ...init, retryAfter: ms === undefined ? undefined : Math.ceil(ms / 1000) });
    }
    default:
      return response.status >= 500 ? new ServerError(init) : new UploadcareApiError(init);
  }
}

/** Parses a 2xx JSON body and checks its outline, so a wrong answer fails here and not deep in user code. */
export function successBody<T>(
  response: Response,
  text: string | undefined,
  request: RequestDescription,
  expected: string,
  check: (value: unknown) => boolean,
): T {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    throw new InvalidResponseError({
      ...request,
      status: response.status,
      problem: `a body that is not JSON (expected ${expected})`,
    });
  }
  if (!check(value)) {
    throw new InvalidResponseError({ ...request, status: response.status, problem: `a body that is not ${expected}` });
  }
  return value as T;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNullableString(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

export function looksLikeGroupsPage(value: unknown): boolean {
  return (
    isObject(value) &&
    Array.isArray(value.results) &&
    value.results.every((group) => isObject(group) && typeof group.id === 'string') &&
    isNullableString(value.next) &&
    isNullableString(value.previous)
  );
}

export function looksLikeGroupWithFiles(value: unknown): boolean {
  return isObject(value) && typeof value.id === 'string' && Array.isArray(value.files);
}
