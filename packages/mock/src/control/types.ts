import type { FaultChanges, FaultSettings, GroupFile, GroupWithFiles, RequestCounts } from '../fake/index.js';
import type { ViolationLog } from '../front/violations.js';

/** The faults in force: `throttle`, `fail` (each null when off) and `latencyMs`. */
export type MockConfig = FaultSettings;

/**
 * A change of faults: a field left out stays as it is, `null` turns a fault off.
 *
 * @example
 * ```ts
 * await mock.configure({ throttle: { every: 3, retryAfter: 0 } }); // every 3rd request: 429
 * await mock.configure({ fail: { every: 2, status: 503 }, latencyMs: 50 });
 * await mock.configure({ throttle: null, fail: null, latencyMs: 0 }); // all off
 * ```
 */
export type MockConfigChanges = FaultChanges;

/** What the mock saw: requests by operation and status, and Prism's findings. */
export interface MockStats {
  requests: RequestCounts;
  violations: ViolationLog;
}

/**
 * Drives a running stateful mock from tests: the same methods on the object `startMock()`
 * resolves to and on {@link mockControl} (over HTTP, for suites whose mock was started by the
 * vitest global setup in another process).
 *
 * @example
 * ```ts
 * beforeEach(() => mock.reset());
 * afterEach(async () => {
 *   const { violations } = await mock.stats();
 *   expect(violations.request).toEqual([]);
 *   expect(violations.response).toEqual([]);
 * });
 * ```
 */
export interface MockControl {
  /** Back to the start: the initial groups (from the seed or your data), the start's faults, no stats. */
  reset(): Promise<void>;
  /** The groups now, oldest first, with every field the service holds (`datetime_stored` too). */
  groups(): Promise<GroupWithFiles[]>;
  /** Serves these groups from now on (checked against the spec's schema first; reset() goes back to the start's). */
  setGroups(groups: readonly GroupWithFiles[]): Promise<void>;
  /**
   * Makes files known to the project (checked against the spec's GroupFile schema), so that
   * `POST /group/` can group them. The files of the groups held are known already; reset() and
   * setGroups() forget added files.
   */
  addFiles(files: readonly GroupFile[]): Promise<void>;
  /** Changes faults at run time and resolves to the faults now in force. */
  configure(changes: MockConfigChanges): Promise<MockConfig>;
  stats(): Promise<MockStats>;
}

/** Where the control routes live: a path the API does not have, answered by the mock itself. */
export const CONTROL_PREFIX = '/__mock/';

/** The control routes, relative to {@link CONTROL_PREFIX}. */
export const CONTROL_ROUTES = {
  reset: { method: 'POST', path: 'reset' },
  groups: { method: 'GET', path: 'groups' },
  setGroups: { method: 'PUT', path: 'groups' },
  addFiles: { method: 'POST', path: 'files' },
  config: { method: 'GET', path: 'config' },
  configure: { method: 'PATCH', path: 'config' },
  stats: { method: 'GET', path: 'stats' },
} as const;
