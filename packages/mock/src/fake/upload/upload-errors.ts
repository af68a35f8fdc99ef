// The Upload API's errors the fake answers: status and text from the spec's documented examples
// (`{ error: { content, status_code, error_code } }`), sent as JSON with `jsonerrors=1` and as
// plain text without it, as the service does.
import { ERROR_EXAMPLES } from '../../generated/error-examples.js';
import type { ApiError } from '../http/api-errors.js';

type Name = keyof typeof ERROR_EXAMPLES;

const documented = (name: Name, code: string, content?: string): ApiError => ({
  status: ERROR_EXAMPLES[name].status,
  body: { detail: content ?? ERROR_EXAMPLES[name].detail },
  code,
});

export const uploadErrors = {
  publicKeyRequired: () => documented('PublicKeyRequiredError', 'ProjectPublicKeyRequiredError'),
  publicKeyInvalid: () => documented('PublicKeyInvalidError', 'ProjectPublicKeyInvalidError'),
  noFiles: () => documented('NoGroupFilesError', 'GroupFilesInvalidError'),
  notAFile: (given: string) =>
    documented(
      'GroupFileUrlError',
      'GroupFileURLParsingFailedError',
      ERROR_EXAMPLES.GroupFileUrlError.detail.replace(/: .*\.$/, `: ${given}.`),
    ),
  filesNotFound: () => documented('GroupFilesNotFoundError', 'GroupFilesNotFoundError'),
  groupIdRequired: () => documented('GroupIdRequiredError', 'GroupIdRequiredError'),
  groupNotFound: () => documented('GroupIdInvalidError', 'GroupNotFoundError'),
  signatureInvalid: () => documented('UploadSignatureInvalidError', 'SignatureInvalidError'),
  signatureExpired: () => documented('UploadSignatureExpiredError', 'SignatureExpirationError'),
  /** Signed uploads: one of `signature` and `expire` without the other, or an `expire` that is no Unix time. */
  signedUploadField: (detail: string) => ({ status: 400, body: { detail }, code: 'SignatureRequiredError' }),
  throttled: (retryAfterSeconds: number): ApiError => ({
    ...documented('UploadThrottledError', 'RequestThrottledError'),
    headers: { 'Retry-After': String(retryAfterSeconds) },
  }),
  unparsableBody: (): ApiError => ({
    status: 400,
    body: { detail: 'HTTP POST request parsing failed.' },
    code: 'PostRequestParserFailedError',
  }),
} satisfies Record<string, (...args: never[]) => ApiError>;

/** The body of an Upload API error: JSON when asked for with `jsonerrors=1`, else the text. */
export function uploadErrorBody(error: ApiError, json: boolean): { text: string; mediaType: string } {
  if (!json) return { text: error.body.detail, mediaType: 'text/plain' };
  const body = {
    error: { content: error.body.detail, status_code: error.status, error_code: error.code ?? 'UploadAPIError' },
  };
  return { text: JSON.stringify(body), mediaType: 'application/json' };
}
