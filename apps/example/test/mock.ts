import {
  type GroupWithFiles,
  type RunningStatefulMock,
  type StatefulMockOptions,
  startMock,
} from '@uploadcare-groups/mock';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { apiEnv } from './run-cli.js';

/**
 * The stateful mock for a test file: started before its tests, back to its start (groups,
 * faults, counts) before each test, and stopped after the file. Each file has its own, since
 * files run in parallel and these tests change groups and read what the mock counted. After
 * each test, every request the CLI sent and every answer must have kept to the spec (Prism's
 * findings, as the mock collected them).
 */
export interface FileMock {
  /** The running mock (set once the file's `beforeAll` has run). */
  readonly mock: RunningStatefulMock;
  /** The CLI's environment for it: its URL and the demo keys it verifies signatures with. */
  env(): Record<string, string>;
  /** The groups now, oldest first. */
  groups(): Promise<GroupWithFiles[]>;
  /** How many requests reached the mock since the test began (0: the CLI sent none). */
  requestCount(): Promise<number>;
}

export function useMock(options: StatefulMockOptions = {}): FileMock {
  let mock: RunningStatefulMock | undefined;
  const running = () => {
    if (mock === undefined) throw new Error('the mock is not started yet: use it inside a test or a hook');
    return mock;
  };
  beforeAll(async () => {
    mock = await startMock(options);
  });
  afterAll(() => mock?.stop());
  beforeEach(() => running().reset());
  afterEach(async () => {
    const { violations } = await running().stats();
    expect(violations.request, 'a request the CLI sent broke the spec').toEqual([]);
    expect(violations.response, "an answer of the mock broke the spec (the mock's bug)").toEqual([]);
  });
  return {
    get mock() {
      return running();
    },
    env: () => apiEnv(running().url),
    groups: () => running().groups(),
    requestCount: async () => (await running().stats()).requests.total,
  };
}
