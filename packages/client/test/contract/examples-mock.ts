// Global setup of the contract project: Prism's example server (documented examples, `Prefer:
// code=N` for documented errors), for the operation × status table. Provides its URL as
// inject('uploadcareMockUrl').
import { startMock } from '@uploadcare-groups/mock';
import type { TestProject } from 'vitest/node';

export default async function setup(project: Pick<TestProject, 'provide'>) {
  const mock = await startMock({ mode: 'examples' });
  project.provide('uploadcareMockUrl', mock.url);
  return () => mock.stop();
}
