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

/** Where {@link mockControl} finds the control token when none is given (the vitest setup sets it). */
export const CONTROL_TOKEN_ENV = 'UPLOADCARE_MOCK_CONTROL_TOKEN';

export interface MockControlOptions {
  /**
   * The mock's control token, needed by `reset`, `setGroups`, `addFiles` and `configure`. Default: the
   * `UPLOADCARE_MOCK_CONTROL_TOKEN` environment variable, which the vitest global setup sets for
   * its test workers (and which the CLI and the vitest setup take as the token to give the mock).
   */
  token?: string;
}

/**
 * Drives a running stateful mock over HTTP, through its control routes (`/__mock/…`): for test
 * files whose mock was started elsewhere, such as by the vitest global setup. Calls that change
 * state send the mock's control token; reading (`groups`, `stats`) needs none.
 *
 * @param url the mock's base URL, e.g. `inject('uploadcareMockUrl')`
 * @param options `token`: the mock's control token (printed by the CLI, `controlToken` of
 *   `startMock()`); by default read from `UPLOADCARE_MOCK_CONTROL_TOKEN`
 *
 * @example
 * ```ts
 * import { mockControl } from '@uploadcare-groups/mock';
 * import { beforeEach, inject } from 'vitest';
 *
 * // the vitest setup hands its workers the control token (UPLOADCARE_MOCK_CONTROL_TOKEN)
 * const mock = mockControl(inject('uploadcareMockUrl'));
 * beforeEach(() => mock.reset());
 * test('throttled clients retry', async () => {
 *   await mock.configure({ throttle: { every: 3, retryAfter: 0 } });
 *   // … then expect((await mock.stats()).requests.byOperation.listGroups?.['429']).toBe(1)
 * });
 * ```
 */
export function mockControl(url: string, options: MockControlOptions = {}): MockControl {
  const base = new URL(CONTROL_PREFIX, url);
  const token = options.token ?? tokenFromEnv();
  const call = async (name: keyof typeof CONTROL_ROUTES, body?: unknown): Promise<unknown> => {
    const { method, path } = CONTROL_ROUTES[name];
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && token !== undefined) headers.Authorization = `Bearer ${token}`;
    const res = await fetch(new URL(path, base), {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
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

/** The token in UPLOADCARE_MOCK_CONTROL_TOKEN, where there is an environment to read. */
function tokenFromEnv(): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[CONTROL_TOKEN_ENV] || undefined;
}
