/**
 * Cuts the client's secret key out of everything an error can carry, so no rendering of it
 * (`util.inspect` with hidden properties at any depth, `JSON.stringify`, `String`, `stack`)
 * shows the secret. What may repeat it: an answer (a `detail`, a status text, a `Location`, a
 * `next` link, a group id, headers, a body) and a custom `fetch`, whose errors may quote the
 * request (a `config.headers`, a `code`, a hidden property, an `AggregateError`'s `errors`, a
 * cause many levels down).
 *
 * The walk reaches every own property (enumerable or not, string or symbol keyed, through
 * getters), array items, what a Map, Set, Headers, URL, Request or Response shows of itself,
 * causes at any depth, and stops on cycles. The secret is found as written and percent-encoded
 * (any case, `+` for a space), as a URL would carry it. Only what holds the secret is rebuilt:
 * an error keeps its class and fields (`code`…), and a value without the secret (an abort
 * reason) keeps its identity.
 */
export type Redact = <T>(value: T) => T;

const MARK = '[redacted]';

const isObject = (value: unknown): value is object =>
  (typeof value === 'object' && value !== null) || typeof value === 'function';

/** Every own property's key (as text) and value, a getter's included (one that throws gives undefined). */
function ownValues(object: object): [PropertyKey, unknown][] {
  return Reflect.ownKeys(object).map((key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(object, key) as PropertyDescriptor;
    try {
      return [key, 'value' in descriptor ? descriptor.value : descriptor.get?.call(object)];
    } catch {
      return [key, undefined];
    }
  });
}

/** A plain object or array, or an error: rebuilt with its prototype. Anything else is described. */
const isPlain = (object: object) =>
  Array.isArray(object) || object instanceof Error || [Object.prototype, null].includes(Reflect.getPrototypeOf(object));

/**
 * What an object that is not plain shows of itself beyond its own properties (`util.inspect`
 * shows it): the entries of a Map, Set, Headers or URLSearchParams, a URL's text, a Request's
 * or Response's URL and headers.
 */
function contents(object: object): unknown[] {
  if (isPlain(object)) return [];
  try {
    const { href, url, headers } = object as Record<string, unknown>;
    const iterable = typeof (object as Iterable<unknown>)[Symbol.iterator] === 'function';
    return [...(iterable ? [...(object as Iterable<unknown>)].flat() : []), href, url, headers];
  } catch {
    return [];
  }
}

export function redactor(secret: string | undefined): Redact {
  if (!secret) return (value) => value;
  // Each character as written or percent-encoded (its UTF-8 bytes), in any case.
  const encoder = new TextEncoder();
  const pattern = new RegExp(
    [...secret]
      .map((character) => {
        const encoded = [...encoder.encode(character)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`);
        return `(?:${character.replace(/\W/g, '\\$&')}|${encoded.join('')}${character === ' ' ? '|\\+' : ''})`;
      })
      .join(''),
    'gi',
  );
  const holds = (text: string) => text.replace(pattern, MARK) !== text;

  return <T>(value: T): T => {
    // Every object reachable from `value`, with the objects that refer to it; then those that
    // hold the secret, directly or through what they refer to (so cycles need no care).
    const parents = new Map<object, object[]>();
    const dirty = new Set<object>();
    // A Proxy whose traps throw: what it holds cannot be known, so it is not passed on.
    const opaque = new Set<object>();
    const pending: object[] = isObject(value) ? [value] : [];
    for (const item of pending) parents.set(item, []);
    while (pending.length) {
      const item = pending.pop() as object;
      let found: unknown[];
      try {
        found = [...ownValues(item).flatMap(([key, child]) => [String(key), child]), ...contents(item)];
      } catch {
        opaque.add(item);
        dirty.add(item);
        continue;
      }
      for (const child of found) {
        if (typeof child === 'string' && holds(child)) dirty.add(item);
        if (!isObject(child)) continue;
        if (!parents.has(child)) {
          parents.set(child, []);
          pending.push(child);
        }
        parents.get(child)?.push(item);
      }
    }
    // A set visits what is added while it is iterated: the parents of the parents, and so on.
    for (const item of dirty) for (const parent of parents.get(item) ?? []) dirty.add(parent);

    const copies = new Map<object, unknown>();
    const cut = (item: unknown): unknown => {
      if (typeof item === 'string') return item.replace(pattern, MARK);
      if (!isObject(item) || !dirty.has(item)) return item;
      if (copies.has(item)) return copies.get(item);
      if (opaque.has(item) || typeof item === 'function') return MARK;
      const copy = rebuilt(item);
      copies.set(item, copy);
      for (const [key, child] of ownValues(item)) {
        if (Array.isArray(item) && key === 'length') continue;
        const descriptor = Reflect.getOwnPropertyDescriptor(item, key) as PropertyDescriptor;
        Reflect.defineProperty(copy, typeof key === 'string' ? (cut(key) as string) : key, {
          value: cut(child),
          enumerable: descriptor.enumerable ?? false,
          writable: true,
          configurable: true,
        });
      }
      const shown = contents(item).filter((child) => child !== undefined);
      if (shown.length) Object.assign(copy, { contents: shown.map(cut) });
      return copy;
    };
    return cut(value) as T;
  };
}

/**
 * An empty object in place of `item`: an array, an error of the same class (a real error, so
 * `util.types.isNativeError` and `Error.isError` still say so), an object with the same
 * prototype, or a plain object standing for anything else (a Map, a Request…), whose contents
 * the copy lists.
 */
function rebuilt(item: object): object {
  if (Array.isArray(item)) return [];
  if (!(item instanceof Error)) return Object.create(isPlain(item) ? Reflect.getPrototypeOf(item) : Object.prototype);
  const copy = new Error();
  // The copy's own stack is this line's: it is replaced by the original's, or dropped.
  Reflect.deleteProperty(copy, 'stack');
  Reflect.deleteProperty(copy, 'message');
  Reflect.setPrototypeOf(copy, Reflect.getPrototypeOf(item));
  return copy;
}
