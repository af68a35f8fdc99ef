// The workflow linter catches real mistakes (each case breaks one thing in a valid workflow or
// in one of the repo's own), passes the repo's workflows, and its CLI is quiet on success.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems, lintWorkflows, workflowFiles, workflowsDir } from '../src/lint.mjs';

const cli = fileURLToPath(new URL('../src/cli.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'workflow-lint-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(work, name);
  writeFileSync(file, text);
  return file;
}

const VALID = `name: ok
on:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 1
      - run: echo "\${{ github.event_name }}"
  after:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo done
`;

const real = (name: string) => readFileSync(join(workflowsDir, name), 'utf8');

/** [what is broken, workflow text, actionlint rule, line, words of the message] */
const BROKEN: [string, () => string, string, number, RegExp][] = [
  [
    'a misspelt trigger filter',
    () => VALID.replace('branches:', 'branchs:'),
    'syntax-check',
    4,
    /unexpected key "branchs"/,
  ],
  [
    'a bad permission value',
    () => VALID.replace('contents: read', 'contents: writ'),
    'permissions',
    6,
    /"writ" is invalid/,
  ],
  [
    'an unknown permission scope',
    () => VALID.replace('contents: read', 'content: read'),
    'permissions',
    6,
    /unknown permission scope "content"/,
  ],
  [
    'a misspelt context property',
    () => VALID.replace('github.event_name', 'github.evnt_name'),
    'expression',
    14,
    /property "evnt_name" is not defined/,
  ],
  [
    'a needs on a missing job',
    () => VALID.replace('needs: build', 'needs: biuld'),
    'job-needs',
    15,
    /needs job "biuld" which does not exist/,
  ],
  [
    'an unknown input of a known action',
    () => VALID.replace('fetch-depth', 'fetch-dept'),
    'action',
    13,
    /input "fetch-dept" is not defined in action "actions\/checkout@v4"/,
  ],
  [
    'a job without steps',
    () => VALID.replace(/ {4}steps:\n {6}- run: echo done\n/, ''),
    'syntax-check',
    15,
    /"steps" section is missing/,
  ],
  [
    'broken YAML',
    () => VALID.replace('branches: [main]', 'branches: [main'),
    'syntax-check',
    3,
    /could not parse as YAML/,
  ],
  [
    'the docs workflow deploying after a missing job',
    () => real('docs.yml').replace('needs: build', 'needs: bulid'),
    'job-needs',
    0,
    /needs job "bulid"/,
  ],
  [
    'the docs workflow reading an undefined step output',
    () => real('docs.yml').replace('steps.deployment.outputs', 'steps.deploy.outputs'),
    'expression',
    0,
    /property "deploy" is not defined/,
  ],
  [
    'the release workflow with a permission typo',
    () => real('release.yml').replace('id-token: write', 'id-token: wrte'),
    'permissions',
    0,
    /"wrte" is invalid/,
  ],
];

describe('lintWorkflows', () => {
  it('passes a valid workflow and the repo workflows', async () => {
    expect(await lintWorkflows([write('valid.yml', VALID)])).toEqual([]);
    const files = workflowFiles();
    expect(files.map((file) => file.slice(workflowsDir.length + 1))).toEqual(['docs.yml', 'release.yml']);
    expect(await lintWorkflows(files)).toEqual([]);
  });

  it.each(BROKEN)('reports %s', async (name, text, kind, line, message) => {
    const file = write(`${name.replace(/\W+/g, '-')}.yml`, text());
    const problems = await lintWorkflows([file]);
    expect(problems.length, formatProblems(problems)).toBeGreaterThan(0);
    const problem = problems.find((p) => p.kind === kind && message.test(p.message));
    expect(problem, formatProblems(problems)).toBeDefined();
    if (line > 0) expect(problem?.line).toBe(line);
    expect(problem?.file).toBe(file);
  });
});

describe('the CLI', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('prints nothing and exits 0 when the workflows are valid', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('prints path:line:col, the message and the rule for each problem, and exits 1', () => {
    const file = write('cli-broken.yml', VALID.replace('needs: build', 'needs: biuld'));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file}:15:3: job "after" needs job "biuld" which does not exist`);
    expect(result.stderr).toContain('[job-needs]');
    expect(result.stderr).toMatch(/1 problem\(s\) in 1 file\(s\)/);
  });

  it('refuses a folder without workflows', () => {
    const empty = mkdtempSync(join(work, 'empty-'));
    const result = run(empty);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no workflow files/);
  });
});
