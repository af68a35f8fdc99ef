/**
 * The checks every public entry point applies to its arguments, each throwing an
 * {@link InvalidArgumentError} that names the argument, says what was expected and what came.
 */
import { InvalidArgumentError } from './errors.js';

/** How a received value is shown in a message: strings quoted, anything else as its type or value. */
function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** A non-blank string; `undefined` is reported as missing. */
export function nonEmptyString(value: unknown, argument: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidArgumentError(argument, value === undefined ? 'is required' : 'must be a non-empty string');
  }
  return value;
}

/** One of a few fixed strings, e.g. `must be "zip" or "tar", got "rar"`. */
export function oneOf<T extends string>(value: unknown, argument: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    const choices = allowed.map((choice) => JSON.stringify(choice));
    const last = choices.pop();
    throw new InvalidArgumentError(argument, `must be ${choices.join(', ')} or ${last}, got ${shown(value)}`);
  }
  return value as T;
}

/** An integer within `min`..`max`. */
export function integerIn(value: unknown, argument: string, min: number, max = Number.POSITIVE_INFINITY): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.POSITIVE_INFINITY ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new InvalidArgumentError(argument, `must be an integer ${range}, got ${shown(value)}`);
  }
  return value;
}

/** An absolute http(s) URL. */
export function httpUrl(value: unknown, argument: string): URL {
  let url: URL;
  try {
    url = new URL(nonEmptyString(value, argument));
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw error;
    throw new InvalidArgumentError(argument, `${shown(value)} is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidArgumentError(argument, `must be an http(s) URL, got ${url.protocol}`);
  }
  return url;
}

/** The URL's origin and path without trailing slashes, to append `/groups/…` or `/<group id>/` to. */
export function urlRoot(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
