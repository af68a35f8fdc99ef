/**
 * The README's quick start, run as written against the stateful mock: its first TypeScript
 * block is compiled and run in a fresh Node process whose global fetch takes the API's host to
 * the mock (the client signs the path and query, not the host), with the demo keys in the
 * environment and the group the quick start names among the mock's groups.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mockControl } from '@uploadcare-groups/mock';
import { spec } from '@uploadcare-groups/spec/validator';
import ts from 'typescript';
import { afterAll, expect, inject, it } from 'vitest';

const url = inject('statefulMockUrl');
const mock = mockControl(url);
const packageDir = new URL('../..', import.meta.url).pathname;
// Inside the package, so `@uploadcare-groups/client` resolves to itself through its exports.
const scratch = mkdtempSync(join(packageDir, 'test/stateful/.quick-start-'));

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await mock.reset();
});

it('runs as written', async () => {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const source = /## Quick start\s+```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(source).toBeDefined();
  // The quick start gets and deletes the spec's example group: give the mock that group too.
  const example = spec.components.examples.GroupWithFiles.value;
  await mock.setGroups([...(await mock.groups()).slice(0, 40), example]);

  const redirect = `const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => realFetch(String(input).replace('https://api.uploadcare.com', ${JSON.stringify(url)}), init);
`;
  const js = ts.transpileModule(source as string, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const file = join(scratch, 'quick-start.mjs');
  writeFileSync(file, redirect + js);
  const output = execFileSync(process.execPath, [file], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, UPLOADCARE_PUBLIC_KEY: 'demopublickey', UPLOADCARE_SECRET_KEY: 'demosecretkey' },
  });
  expect(output).toContain(example.id);
  // It deleted the group at the end.
  expect((await mock.groups()).map((group) => group.id)).not.toContain(example.id);
  const { violations } = await mock.stats();
  expect(violations.request).toEqual([]);
  expect(violations.response).toEqual([]);
});
