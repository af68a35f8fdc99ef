// Who is calling: both schemes of the `Authorization` header, checked as the service checks
// them. Simple auth is refused over plain HTTP (the mock only speaks HTTP) unless allowed;
// signed requests must match the recipe and carry a date within 15 minutes of the clock.
import type { Clock } from '../clock.js';
import { type ApiError, apiErrors } from '../http/api-errors.js';
import { parseHttpDate } from './http-date.js';
import { type SignedParts, signatureMatches } from './verify-signature.js';

/** How far the request date may be from the server's clock, either way. */
export const DATE_WINDOW_MS = 15 * 60_000;

const AUTHORIZATION = /^(Uploadcare|Uploadcare\.Simple) ([^\s:]+):(\S+)$/;

export interface AuthInput extends Omit<SignedParts, 'date'> {
  authorization: string | undefined;
  /** `X-Uploadcare-Date`, which browsers can send. */
  uploadcareDate: string | undefined;
  /** `Date`. */
  date: string | undefined;
}

export interface AuthSettings {
  keys: ReadonlyMap<string, string>;
  allowSimpleAuthOverHttp: boolean;
  clock: Clock;
}

/** The error to answer, or undefined when the caller is who it says it is. */
export function authenticate(input: AuthInput, settings: AuthSettings): ApiError | undefined {
  const match = AUTHORIZATION.exec(input.authorization?.trim() ?? '');
  if (!match) return apiErrors.missingCredentials();
  const [, scheme, publicKey, credential] = match as unknown as [string, string, string, string];

  if (scheme === 'Uploadcare.Simple') {
    if (!settings.allowSimpleAuthOverHttp) return apiErrors.simpleAuthOverHttp();
    const secret = settings.keys.get(publicKey);
    if (secret === undefined) return apiErrors.unknownPublicKey(publicKey);
    return secret === credential ? undefined : apiErrors.missingCredentials();
  }

  const secret = settings.keys.get(publicKey);
  if (secret === undefined) return apiErrors.unknownPublicKey(publicKey);
  // X-Uploadcare-Date wins when both are sent: it is the one a client sets on purpose.
  const header = input.uploadcareDate !== undefined ? 'X-Uploadcare-Date' : 'Date';
  const date = input.uploadcareDate ?? input.date;
  if (date === undefined) {
    return apiErrors.badRequestDate(
      'Signed requests must carry their date in the X-Uploadcare-Date or Date header (like Mon, 05 Nov 2018 13:14:41 GMT).',
    );
  }
  const sentMs = parseHttpDate(date);
  if (sentMs === undefined) {
    return apiErrors.badRequestDate(
      `${header} ${JSON.stringify(date)} is not an HTTP date in GMT (like Mon, 05 Nov 2018 13:14:41 GMT).`,
    );
  }
  if (!signatureMatches(secret, { ...input, date }, credential)) return apiErrors.invalidSignature();
  const nowMs = settings.clock().getTime();
  if (Math.abs(nowMs - sentMs) > DATE_WINDOW_MS) {
    return apiErrors.badRequestDate(
      `${header} ${date} is more than 15 minutes from the server's time (${new Date(nowMs).toUTCString()}): check the clock.`,
    );
  }
  return undefined;
}
