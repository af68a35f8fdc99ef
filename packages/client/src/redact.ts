/**
 * Cuts the client's secret key out of everything an error can carry, so no rendering of it
 * (`util.inspect` with hidden properties at any depth, `JSON.stringify`, `String`, `stack`)
 * shows the secret. What may repeat it: an answer (a `detail`, a status text, a `Location`, a
 * `next` link, a group id, headers, a body) and a custom `fetch`, whose errors may quote the
 * request (a `config.headers`, a `code`, a hidden property, an `AggregateError`'s `errors`, a
 * cause many levels down).
 *
 * The walk reaches every own property (enumerable or not, string or symbol keyed), array
 * items, the entries of a Map, Set or Headers, causes at any depth, and stops on cycles. The
 * secret is found as written and percent-encoded (any case, `+` for a space), as a URL would
 * carry it. Only what holds the secret is rebuilt, with the same prototype and property
 * flags, so an error keeps its class and fields (`code`…) and an ordinary value (an abort
 * reason) keeps its identity.
 */
export type Redact = <T>(value: T) => T;

const MARK = '[redacted]';

/** The secret as written or percent-encoded, one character at a time (any case). */
function secretPattern(secret: string): RegExp {
  const encoder = new TextEncoder();
  const characters = [...secret].map((character) => {
    const escaped = [...encoder.encode(character)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
    const alternatives = [character.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), escaped];
    if (character === ' ') alternatives.push('\\+');
    return `(?:${alternatives.join('|')})`;
  });
  return new RegExp(characters.join(''), 'gi');
}

/** The value of `key` on `object`, through a getter if need be; a getter that throws gives undefined. */
function read(object: object, descriptor: PropertyDescriptor): unknown {
  if ('value' in descriptor) return descriptor.value;
  try {
    return descriptor.get?.call(object);
  } catch {
    return undefined;
  }
}

const isA = (value: object, name: 'Headers' | 'URL' | 'URLSearchParams' | 'Request' | 'Response') => {
  const type = (globalThis as Record<string, unknown>)[name];
  return typeof type === 'function' && value instanceof type;
};

/** What a value shows beyond its own properties (the entries of a collection), as plain values. */
function hiddenContents(value: object): unknown[] {
  try {
    if (value instanceof Map || isA(value, 'Headers')) return [...(value as Map<unknown, unknown>).entries()];
    if (value instanceof Set) return [...value];
    if (isA(value, 'URL') || isA(value, 'URLSearchParams')) return [String(value)];
    if (isA(value, 'Request') || isA(value, 'Response')) {
      const { url, headers } = value as Request;
      return [url, [...headers.entries()]];
    }
  } catch {}
  return [];
}

/**
 * An empty object of `item`'s kind: an array, a real error (so it stays an error to
 * `util.types.isNativeError` and `Error.isError`) or an object, with `item`'s prototype.
 */
function rebuilt(item: object): object {
  if (Array.isArray(item)) return [];
  if (!(item instanceof Error)) return Object.create(Reflect.getPrototypeOf(item));
  const copy = new Error();
  // The copy's own stack is this line's: it is replaced by the original's, or dropped.
  Reflect.deleteProperty(copy, 'stack');
  Reflect.deleteProperty(copy, 'message');
  Reflect.setPrototypeOf(copy, Reflect.getPrototypeOf(item));
  return copy;
}

export function redactor(secret: string | undefined): Redact {
  if (!secret) return <T>(value: T) => value;
  const pattern = secretPattern(secret);
  const holds = (text: string) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  };
  const scrub = (text: string) => text.replace(pattern, MARK);

  return <T>(value: T): T => {
    // Every object reachable from `value`, with what it refers to; then those that hold the
    // secret, directly or through what they refer to (found backwards, so cycles are fine).
    const children = new Map<object, object[]>();
    const dirty = new Set<object>();
    const opaque = new Set<object>();
    const pending: unknown[] = [value];
    const parentsOf = new Map<object, object[]>();
    let rootDirty = typeof value === 'string' && holds(value);
    while (pending.length) {
      const item = pending.pop();
      if (typeof item !== 'object' && typeof item !== 'function') continue;
      if (item === null || children.has(item)) continue;
      const refs: object[] = [];
      children.set(item, refs);
      let values: unknown[];
      try {
        values = [
          ...Reflect.ownKeys(item).map((key) => {
            const descriptor = Reflect.getOwnPropertyDescriptor(item, key) as PropertyDescriptor;
            return [typeof key === 'string' ? key : String(key.description), read(item, descriptor)];
          }),
          ...hiddenContents(item),
        ].flat();
      } catch {
        // A Proxy whose traps throw: what it holds cannot be known, so it is not passed on.
        opaque.add(item);
        dirty.add(item);
        continue;
      }
      for (const child of values) {
        if (typeof child === 'string') {
          if (holds(child)) dirty.add(item);
        } else if (child !== null && (typeof child === 'object' || typeof child === 'function')) {
          refs.push(child);
          const parents = parentsOf.get(child) ?? [];
          parents.push(item);
          parentsOf.set(child, parents);
          pending.push(child);
        }
      }
    }
    const spread = [...dirty];
    while (spread.length) {
      for (const parent of parentsOf.get(spread.pop() as object) ?? []) {
        if (!dirty.has(parent)) {
          dirty.add(parent);
          spread.push(parent);
        }
      }
    }
    if (typeof value === 'object' && value !== null) rootDirty = dirty.has(value);
    if (typeof value === 'function' && dirty.has(value)) rootDirty = true;
    if (!rootDirty) return value;

    const copies = new Map<object, unknown>();
    const cut = (item: unknown): unknown => {
      if (typeof item === 'string') return holds(item) ? scrub(item) : item;
      if (typeof item !== 'object' && typeof item !== 'function') return item;
      if (item === null || !dirty.has(item)) return item;
      if (copies.has(item)) return copies.get(item);
      if (opaque.has(item)) return '[unreadable]';
      // A function cannot be rebuilt: it is left out.
      if (typeof item === 'function') return MARK;
      if (item instanceof Map) {
        const copy = new Map();
        copies.set(item, copy);
        for (const [key, entry] of item) copy.set(cut(key), cut(entry));
        return copy;
      }
      if (item instanceof Set) {
        const copy = new Set();
        copies.set(item, copy);
        for (const entry of item) copy.add(cut(entry));
        return copy;
      }
      if (isA(item, 'Headers') || isA(item, 'Request') || isA(item, 'Response')) {
        // Its contents live in internal slots: a plain description stands in for it.
        const [url, entries] = isA(item, 'Headers') ? [undefined, [...(item as Headers)]] : hiddenContents(item);
        const copy: Record<string, unknown> = {};
        copies.set(item, copy);
        if (url !== undefined) copy.url = cut(url);
        copy.headers = Object.fromEntries((entries as [string, string][]).map(([k, v]) => [k, cut(v)]));
        return copy;
      }
      if (isA(item, 'URL') || isA(item, 'URLSearchParams')) return scrub(String(item));
      const copy = rebuilt(item);
      copies.set(item, copy);
      for (const key of Reflect.ownKeys(item)) {
        if (Array.isArray(item) && key === 'length') continue;
        const descriptor = Reflect.getOwnPropertyDescriptor(item, key) as PropertyDescriptor;
        Reflect.defineProperty(copy, typeof key === 'string' ? scrub(key) : key, {
          value: cut(read(item, descriptor)),
          enumerable: descriptor.enumerable ?? false,
          writable: descriptor.writable ?? true,
          configurable: true,
        });
      }
      return copy;
    };
    return cut(value) as T;
  };
}
