import { CONTROL_PREFIX, CONTROL_ROUTES, type MockControl } from './types.js';

/** A control route answered with an error; `detail` says why (for example a group the schema refuses). */
export class MockControlError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(`mock control: ${status} ${detail}`);
    this.name = 'MockControlError';
  }
}

/**
 * Drives a running stateful mock over HTTP, through its control routes (`/__mock/…`): for test
 * files whose mock was started elsewhere, such as by the vitest global setup.
 *
 * @param url the mock's base URL, e.g. `inject('uploadcareMockUrl')`
 *
 * @example
 * ```ts
 * import { mockControl } from '@uploadcare-groups/mock';
 * import { beforeEach, inject } from 'vitest';
 *
 * const mock = mockControl(inject('uploadcareMockUrl'));
 * beforeEach(() => mock.reset());
 * test('throttled clients retry', async () => {
 *   await mock.configure({ throttle: { every: 3, retryAfter: 0 } });
 *   // … then expect((await mock.stats()).requests.byOperation.listGroups?.['429']).toBe(1)
 * });
 * ```
 */
export function mockControl(url: string): MockControl {
  const base = new URL(CONTROL_PREFIX, url);
  const call = async (name: keyof typeof CONTROL_ROUTES, body?: unknown): Promise<unknown> => {
    const { method, path } = CONTROL_ROUTES[name];
    const res = await fetch(new URL(path, base), {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
    });
    const text = await res.text();
    if (!res.ok) {
      let detail = text;
      try {
        detail = (JSON.parse(text) as { detail?: string }).detail ?? text;
      } catch {
        // Not JSON: keep the text.
      }
      throw new MockControlError(res.status, detail);
    }
    return text === '' ? undefined : JSON.parse(text);
  };
  return {
    reset: async () => void (await call('reset')),
    groups: () => call('groups') as ReturnType<MockControl['groups']>,
    setGroups: async (groups) => void (await call('setGroups', groups)),
    addFiles: async (files) => void (await call('addFiles', files)),
    configure: (changes) => call('configure', changes) as ReturnType<MockControl['configure']>,
    stats: () => call('stats') as ReturnType<MockControl['stats']>,
  };
}
