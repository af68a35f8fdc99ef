// Faults on demand: every n-th request throttled (429 with Retry-After) or failed (a 5xx), and
// a delay before every answer. Counting starts again whenever a fault is (re)configured, so
// "every 3rd" means the 3rd, 6th, … request from then on.

export interface ThrottleFault {
  /** Throttle every n-th request that gets past the Accept and auth checks (n ≥ 1). */
  every: number;
  /** Whole seconds in `Retry-After` and in the detail. Default 1. */
  retryAfter: number;
}

export interface FailFault {
  /** Fail every n-th request, before any check (n ≥ 1). */
  every: number;
  /** The 5xx status to answer. Default 500. */
  status: number;
}

/** The faults in force. */
export interface FaultSettings {
  throttle: ThrottleFault | null;
  fail: FailFault | null;
  /** Milliseconds to wait before every answer. */
  latencyMs: number;
}

/** A change of faults: a field left out stays as it is; `null` turns that fault off. */
export interface FaultChanges {
  throttle?: { every: number; retryAfter?: number } | null;
  fail?: { every: number; status?: number } | null;
  latencyMs?: number;
}

export const NO_FAULTS: FaultSettings = { throttle: null, fail: null, latencyMs: 0 };
const DEFAULT_RETRY_AFTER = 1;
const DEFAULT_FAIL_STATUS = 500;
/** Ten minutes: longer than any test waits, short enough to refuse a typo such as 6e7. */
const MAX_LATENCY_MS = 600_000;

/** Checks a change and applies it to `base`, or throws a TypeError naming the bad field. */
export function applyFaultChanges(base: FaultSettings, changes: FaultChanges): FaultSettings {
  if (changes === null || typeof changes !== 'object' || Array.isArray(changes)) {
    throw new TypeError('faults: expected an object such as { throttle: { every: 3 }, fail: null, latencyMs: 0 }.');
  }
  const unknown = Object.keys(changes).filter((key) => !['throttle', 'fail', 'latencyMs'].includes(key));
  if (unknown.length > 0)
    throw new TypeError(`faults: unknown setting ${unknown.join(', ')} (throttle, fail, latencyMs).`);
  const next = { ...base };
  if (changes.throttle !== undefined) {
    next.throttle =
      changes.throttle === null
        ? null
        : {
            every: count('throttle.every', changes.throttle.every),
            retryAfter: seconds(changes.throttle.retryAfter ?? DEFAULT_RETRY_AFTER),
          };
  }
  if (changes.fail !== undefined) {
    next.fail =
      changes.fail === null
        ? null
        : { every: count('fail.every', changes.fail.every), status: serverError(changes.fail.status) };
  }
  if (changes.latencyMs !== undefined) next.latencyMs = latency(changes.latencyMs);
  return next;
}

function shapeOf(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function count(name: string, value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1) {
    throw new TypeError(`${name}: expected a whole number of requests, at least 1, got ${shapeOf(value)}.`);
  }
  return value as number;
}

function seconds(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new TypeError(`throttle.retryAfter: expected whole seconds, 0 or more, got ${shapeOf(value)}.`);
  }
  return value as number;
}

function serverError(value: unknown = DEFAULT_FAIL_STATUS): number {
  if (!Number.isInteger(value) || (value as number) < 500 || (value as number) > 599) {
    throw new TypeError(`fail.status: expected a 5xx status (500 to 599), got ${shapeOf(value)}.`);
  }
  return value as number;
}

function latency(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_LATENCY_MS) {
    throw new TypeError(`latencyMs: expected milliseconds from 0 to ${MAX_LATENCY_MS}, got ${shapeOf(value)}.`);
  }
  return value;
}

/** The faults in force and their counters. */
export class Faults {
  private settings: FaultSettings;
  private seen = 0;
  private authenticated = 0;

  constructor(initial: FaultSettings = NO_FAULTS) {
    this.settings = structuredClone(initial);
  }

  get current(): FaultSettings {
    return structuredClone(this.settings);
  }

  /** Applies a change (see {@link applyFaultChanges}); the counters of changed faults start again. */
  configure(changes: FaultChanges): FaultSettings {
    const next = applyFaultChanges(this.settings, changes);
    if (changes.fail !== undefined) this.seen = 0;
    if (changes.throttle !== undefined) this.authenticated = 0;
    this.settings = next;
    return this.current;
  }

  /** Replaces every setting and restarts the counts (the mock's reset). */
  replace(settings: FaultSettings): void {
    this.settings = structuredClone(settings);
    this.seen = 0;
    this.authenticated = 0;
  }

  /** Counts an arriving request; the status to fail it with when it is its turn. */
  failure(): number | undefined {
    const fail = this.settings.fail;
    if (fail === null) return undefined;
    this.seen++;
    return this.seen % fail.every === 0 ? fail.status : undefined;
  }

  /** Counts a request that passed Accept and auth; its Retry-After seconds when it is its turn. */
  throttling(): number | undefined {
    const throttle = this.settings.throttle;
    if (throttle === null) return undefined;
    this.authenticated++;
    return this.authenticated % throttle.every === 0 ? throttle.retryAfter : undefined;
  }

  get latencyMs(): number {
    return this.settings.latencyMs;
  }
}
