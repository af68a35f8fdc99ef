// The stateful groups service, started on its own port. Internal to the package: users reach it
// through `startMock()`, which puts Prism's validating proxy and the front server before it.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { urlHost } from '../url-host.js';
import { type ApiKeys, DEFAULT_KEYS, keyRing } from './auth/keys.js';
import { type Clock, systemClock } from './clock.js';
import { applyFaultChanges, type FaultChanges, type FaultSettings, NO_FAULTS } from './faults/faults.js';
import { seedGroups } from './seed/default-seed.js';
import { MAX_GROUP_COUNT } from './seed/limits.js';
import { filesFromUser, recordsFromUserGroups } from './seed/user-groups.js';
import { GroupsService } from './service.js';
import type { RequestCounts } from './stats.js';
import type { GroupWithFiles } from './types.js';

export type { ApiKeys } from './auth/keys.js';
export { DEFAULT_KEYS, DEMO_KEYS } from './auth/keys.js';
export type { Clock } from './clock.js';
export type { FailFault, FaultChanges, FaultSettings, ThrottleFault } from './faults/faults.js';
export { FAULT_HEADER, MOCK_HEADER_PREFIX, OPERATION_HEADER, RECEIVED_HEADER } from './http/mock-headers.js';
export { MAX_GROUP_COUNT, MAX_GROUP_DEPTH } from './seed/limits.js';
export type { RequestCounts } from './stats.js';
export type { GroupFile, GroupWithFiles } from './types.js';

export const DEFAULT_SEED = 1;
export const DEFAULT_GROUP_COUNT = 25;
/** More groups than any test needs; a typo such as 1e9 is refused rather than filling memory. */

export interface FakeOptions {
  host?: string;
  port?: number;
  /** Seed of the generated groups. Default 1. */
  seed?: string | number;
  /** How many groups to generate (default 25), or the groups to serve instead. */
  groups?: number | readonly GroupWithFiles[];
  keys?: readonly ApiKeys[];
  allowSimpleAuthOverHttp?: boolean;
  clock?: Clock;
  faults?: FaultChanges;
  /** Trust the front's `received` header when it carries this token. */
  receivedToken?: string;
}

export interface RunningFake {
  url: string;
  port: number;
  /** Settles once the first groups are made (generated ones are made after the server listens). */
  ready: Promise<void>;
  /** Sets the origin of the absolute URLs in answers (the front's URL). */
  setOrigin(origin: string): void;
  reset(): Promise<void>;
  groups(): Promise<GroupWithFiles[]>;
  setGroups(groups: unknown): Promise<void>;
  /** Makes files known to the project, for `POST /group/` to group (until the next reset or setGroups). */
  addFiles(files: unknown): Promise<void>;
  configure(changes: FaultChanges): FaultSettings;
  faults(): FaultSettings;
  requests(): RequestCounts;
  /** Resolves when the server has closed, whoever closed it. */
  closed: Promise<void>;
  stop(): Promise<void>;
}

/** Checks the data options; the initial groups (again on every reset) from the seed or the user's list. */
export function initialGroupsOf(options: Pick<FakeOptions, 'seed' | 'groups'>) {
  const { seed = DEFAULT_SEED, groups = DEFAULT_GROUP_COUNT } = options;
  if ((typeof seed !== 'string' && typeof seed !== 'number') || String(seed) === '') {
    throw new TypeError(`seed: expected a non-empty string or a number, got ${JSON.stringify(seed)}.`);
  }
  if (typeof groups === 'number') {
    if (!Number.isSafeInteger(groups) || groups < 0 || groups > MAX_GROUP_COUNT) {
      throw new TypeError(`groups: expected how many groups to generate, 0 to ${MAX_GROUP_COUNT}, got ${groups}.`);
    }
    return () => seedGroups(seed, groups);
  }
  return () => recordsFromUserGroups(groups);
}

/**
 * Starts the service once its options check out. Your groups are checked before it listens (so
 * bad data starts nothing); generated groups are made right after, while the caller goes on.
 */
export async function startFake(options: FakeOptions = {}): Promise<RunningFake> {
  const initialGroups = initialGroupsOf(options);
  const faults: FaultSettings = applyFaultChanges(NO_FAULTS, options.faults ?? {});
  const firstGroups = Array.isArray(options.groups) ? await initialGroups() : undefined;
  const service = new GroupsService({
    initialGroups,
    firstGroups,
    userGroups: recordsFromUserGroups,
    userFiles: filesFromUser,
    keys: keyRing(options.keys ?? DEFAULT_KEYS),
    allowSimpleAuthOverHttp: options.allowSimpleAuthOverHttp ?? false,
    clock: options.clock ?? systemClock,
    faults,
    receivedToken: options.receivedToken,
  });
  const server = createServer({ keepAliveTimeout: 60_000 }, service.handle);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${urlHost(host)}:${port}`;
  service.origin = url;
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    ready: service.ready,
    setOrigin: (origin) => {
      service.origin = origin;
    },
    reset: () => service.reset(),
    groups: () => service.groups(),
    setGroups: (groups) => service.setGroups(groups),
    addFiles: (files) => service.addFiles(files),
    configure: (changes) => service.configure(changes),
    faults: () => service.faultSettings,
    requests: () => service.requests(),
    closed,
    stop: () => {
      stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopping;
    },
  };
}

/** A token for the front's `received` header, new for every run. */
export function newReceivedToken(): string {
  return randomBytes(16).toString('hex');
}
