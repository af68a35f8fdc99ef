// Global setup of the stateful project: the mock package's stateful groups service behind
// Prism's validating proxy, with enough groups (in runs sharing one creation time) that walks
// take many pages. Tests drive it over HTTP with mockControl(inject('statefulMockUrl')), which
// reads the mock's control token from UPLOADCARE_MOCK_CONTROL_TOKEN: set here, before the test
// workers start, so they inherit it (as the mock's own vitest setup does).
import { CONTROL_TOKEN_ENV, startMock } from '@uploadcare-groups/mock';
import type { TestProject } from 'vitest/node';

/** More than 2,500, as the contract asks of a walk. */
export const STATEFUL_GROUPS = 2600;

export default async function setup(project: Pick<TestProject, 'provide'>) {
  const mock = await startMock({ groups: STATEFUL_GROUPS, seed: 20261127 });
  project.provide('statefulMockUrl', mock.url);
  process.env[CONTROL_TOKEN_ENV] = mock.controlToken;
  return async () => {
    delete process.env[CONTROL_TOKEN_ENV];
    await mock.stop();
  };
}
