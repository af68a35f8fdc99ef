import { describe, expect, test } from 'vitest';
import { applyFaultChanges, Faults, NO_FAULTS } from '../../src/fake/faults/faults.js';

describe('counting', () => {
  test('every n-th request fails, counted from the configuration on', () => {
    const faults = new Faults();
    expect(faults.failure()).toBeUndefined();
    faults.configure({ fail: { every: 3, status: 503 } });
    expect([1, 2, 3, 4, 5, 6].map(() => faults.failure())).toEqual([
      undefined,
      undefined,
      503,
      undefined,
      undefined,
      503,
    ]);
    faults.failure();
    faults.configure({ fail: { every: 2 } });
    expect([faults.failure(), faults.failure()]).toEqual([undefined, 500]);
  });

  test('throttling counts on its own, with its Retry-After', () => {
    const faults = new Faults(applyFaultChanges(NO_FAULTS, { throttle: { every: 2, retryAfter: 0 } }));
    expect([faults.throttling(), faults.throttling(), faults.throttling(), faults.throttling()]).toEqual([
      undefined,
      0,
      undefined,
      0,
    ]);
    expect(faults.failure()).toBeUndefined();
    faults.configure({ throttle: null });
    expect(faults.throttling()).toBeUndefined();
  });

  test('a change leaves the other faults and counts alone; replace restarts everything', () => {
    const faults = new Faults();
    faults.configure({ throttle: { every: 2 } });
    faults.throttling();
    faults.configure({ latencyMs: 25 });
    expect(faults.throttling()).toBe(1);
    expect(faults.current).toEqual({ throttle: { every: 2, retryAfter: 1 }, fail: null, latencyMs: 25 });
    faults.throttling();
    faults.replace(NO_FAULTS);
    expect(faults.current).toEqual(NO_FAULTS);
  });
});

test.each([
  [{ throttle: { every: 0 } }, /throttle\.every: expected a whole number of requests, at least 1, got 0/],
  [{ throttle: { every: 2.5 } }, /throttle\.every/],
  [{ throttle: { every: 2, retryAfter: -1 } }, /throttle\.retryAfter/],
  [{ fail: { every: 1, status: 404 } }, /fail\.status: expected a 5xx status/],
  [{ fail: { every: '2' } }, /fail\.every.*"2"/],
  [{ latencyMs: -5 }, /latencyMs/],
  [{ latencyMs: Number.POSITIVE_INFINITY }, /latencyMs/],
  [{ latency: 5 }, /unknown setting latency/],
  [null, /expected an object/],
])('%j is refused, naming the field', (changes, message) => {
  expect(() => applyFaultChanges(NO_FAULTS, changes as never)).toThrow(message);
});
