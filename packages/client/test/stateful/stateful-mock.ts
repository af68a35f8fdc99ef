// Global setup of the stateful project: the mock package's stateful groups service behind
// Prism's validating proxy, with enough groups (in runs sharing one creation time) that walks
// take many pages. Tests drive it over HTTP with mockControl(inject('statefulMockUrl')).
import { startMock } from '@uploadcare-groups/mock';
import type { TestProject } from 'vitest/node';

/** More than 2,500, as the contract asks of a walk. */
export const STATEFUL_GROUPS = 2600;

export default async function setup(project: Pick<TestProject, 'provide'>) {
  const mock = await startMock({ groups: STATEFUL_GROUPS, seed: 20261127 });
  project.provide('statefulMockUrl', mock.url);
  return () => mock.stop();
}
