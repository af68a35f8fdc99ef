/**
 * The checks every public entry point applies to its arguments, each throwing an
 * {@link InvalidArgumentError} that names the argument, says what was expected and what came.
 */
import { InvalidArgumentError } from './errors.js';

/** Throws the {@link InvalidArgumentError} for `argument`. */
export function fail(argument: string, problem: string): never {
  throw new InvalidArgumentError(argument, problem);
}

/** `text` cut to `length` characters and an ellipsis, when longer. */
export const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}…` : text);

/** How a received value is shown in a message: strings quoted (and cut short), anything else as its value. */
export const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(clip(value, 60)) : String(value));

/**
 * A non-blank string that can travel in an HTTP header: printable characters only, so a CR, LF
 * or NUL can neither split a header nor make `fetch` fail with the header quoted in its error.
 */
export function headerValue(value: unknown, argument: string): string {
  if (typeof value !== 'string' || !value.trim()) fail(argument, 'must be a non-empty string');
  if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) fail(argument, 'must not contain control characters or non-Latin-1');
  return value;
}

/** One of a few fixed values, e.g. `must be "zip" or "tar", got "rar"`. */
export function oneOf<T>(value: unknown, argument: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) fail(argument, `must be ${allowed.map(shown).join(' or ')}, got ${shown(value)}`);
  return value as T;
}

/** An integer within `min`..`max`. */
export function integerIn(value: unknown, argument: string, min: number, max?: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > (max ?? Infinity)) {
    fail(
      argument,
      `must be an integer ${max === undefined ? `of at least ${min}` : `from ${min} to ${max}`}, got ${shown(value)}`,
    );
  }
  return value as number;
}

/** `text` as an absolute URL, or undefined. */
export function absoluteUrl(text: unknown): URL | undefined {
  try {
    return new URL(typeof text === 'string' ? text : '');
  } catch {}
}

export const isHttp = (url: URL) => /^https?:$/.test(url.protocol);

/** An absolute http(s) URL. */
export function httpUrl(value: unknown, argument: string): URL {
  const url = absoluteUrl(value) ?? fail(argument, `${shown(value)} is not an absolute URL`);
  if (!isHttp(url)) fail(argument, `must be an http(s) URL, got ${url.protocol}`);
  return url;
}

/** A plain object (not null, not an array); `argument` names it in the error. */
export function object<T extends object>(value: T, argument: string): Partial<T> {
  if (typeof value !== 'object' || !value || Array.isArray(value)) fail(argument, 'expected an object');
  return value;
}

/**
 * Refuses keys of `value` that are not in `known`: a typo (`maxretries`) would otherwise be
 * ignored silently. The error names the key and the one the caller probably meant.
 */
export function knownKeys(value: object, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    // The same name in another case, or one that begins the other (`order` for `ordering`).
    const lower = key.toLowerCase();
    const guess = known.find((name) => {
      const candidate = name.toLowerCase();
      return candidate.startsWith(lower) || lower.startsWith(candidate);
    });
    fail(key, `is not an option here; ${guess ? `did you mean "${guess}"?` : `expected one of ${known.join(', ')}`}`);
  }
}
