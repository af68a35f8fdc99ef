// The docs' samples run against the stateful mock and must succeed: each TypeScript sample,
// transpiled and run by a child Node with the mock's demo keys and URL in its environment, and
// each curl sample's signing recipe (openssl in bash; curl sends it, and so does Node's fetch, the
// way used where curl is missing). Each run starts from a fresh mock that also holds the group the
// samples name (the spec's example group), must show its effect through the mock's controls, and
// must leave no request or answer that breaks the spec.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_KEYS, type GroupWithFiles, type RunningStatefulMock, startMock } from '@uploadcare-groups/mock';
import { operationsModel } from '@uploadcare-groups/spec/codegen';
import { spec } from '@uploadcare-groups/spec/validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curlSample } from '../scripts/lib/curl-sample.mjs';
import { documentedOperations, kebabCase } from '../scripts/lib/operations.mjs';
import { samplesDir } from '../scripts/lib/paths.mjs';
import { artifactsDir } from './helpers/built-site.js';
import { type CurlSender, hasCurl, runCurlSample, runTypeScriptSample, withKeys } from './helpers/run-sample.js';

const operations = documentedOperations(spec);
type Operation = (typeof operations)[number];
const successStatus = new Map(
  operationsModel(spec).map((model) => [
    model.operationId,
    Object.keys(model.responses).find((s) => /^2\d\d$/.test(s)),
  ]),
);

/** The spec's example of group `id` with its files, unstored if the spec has such an example. */
function exampleGroup(id: string): GroupWithFiles {
  const examples = Object.values(spec.components?.examples ?? {}) as { value?: GroupWithFiles }[];
  const found = examples.map((example) => example.value).filter((v) => v?.id === id && Array.isArray(v.files));
  const group = found.find((candidate) => candidate?.datetime_stored == null) ?? found[0];
  if (!group) throw new Error(`The samples name group ${id}, but no example of the spec is that group with its files`);
  return group;
}

/** The group id a sample names: its path parameter's example, or (the Upload API) its query's group id. */
const namedId = (op: Operation) =>
  [...Object.values(op.pathParameters), ...Object.values(op.query)].find(
    (value): value is string => typeof value === 'string' && /~\d+$/.test(value),
  );
/** The groups the samples name: the spec's examples of the group id parameters. */
const namedGroups = [...new Set(operations.map(namedId).filter((id) => id !== undefined))].map(exampleGroup);

interface Outcome {
  before: GroupWithFiles[];
  after: GroupWithFiles[];
  /** The group the operation names (its example path parameter), if any. */
  groupId: string | undefined;
  /** What the sample printed, or the body the curl sample received. */
  output: string;
}

const ids = (groups: GroupWithFiles[]) => groups.map((group) => group.id);
const held = (groups: GroupWithFiles[], id: string | undefined) => groups.find((group) => group.id === id);

/** What each operation's sample must visibly do, checked through the mock's controls. */
const EFFECTS: Record<string, (outcome: Outcome) => void> = {
  listGroups: ({ before, after, output }) => {
    const created = (group: GroupWithFiles) => Date.parse(group.datetime_created);
    const newest = Math.max(...after.map(created));
    const newestIds = after.filter((group) => created(group) === newest).map((group) => group.id);
    expect(
      newestIds.some((id) => output.includes(id)),
      'the newest group is in the output',
    ).toBe(true);
    expect(after).toEqual(before);
  },
  getGroup: ({ before, after, groupId, output }) => {
    expect(output).toContain(groupId);
    expect(after).toEqual(before);
  },
  storeGroup: ({ before, after, groupId }) => {
    expect(held(before, groupId)?.datetime_stored ?? null, 'stored before the sample ran').toBeNull();
    expect(held(after, groupId)?.datetime_stored).toEqual(expect.any(String));
  },
  createGroup: ({ before, after, output }) => {
    // One new group, of the example form's files, listed and named in the output.
    expect(after).toHaveLength(before.length + 1);
    const made = after.find((group) => !ids(before).includes(group.id));
    expect(made?.files_count).toBe(2);
    expect(output).toContain(made?.id);
  },
  getUploadGroupInfo: ({ before, after, groupId, output }) => {
    expect(output).toContain(groupId === undefined ? '(none)' : held(before, groupId)?.files[0]?.uuid);
    expect(after).toEqual(before);
  },
  deleteGroup: ({ before, after, groupId }) => {
    expect(ids(before)).toContain(groupId);
    expect(ids(after)).not.toContain(groupId);
    expect(after).toHaveLength(before.length - 1);
  },
};

let mock: RunningStatefulMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock?.stop();
});

/** Back to the seeded groups plus the ones the samples name, with no stats; resolves to the groups. */
async function freshMock(): Promise<GroupWithFiles[]> {
  await mock.reset();
  await mock.setGroups([...(await mock.groups()), ...namedGroups]);
  return mock.groups();
}

/** The operation's effect is visible, every request succeeded, and nothing broke the spec. */
async function expectEffect(op: Operation, before: GroupWithFiles[], output: string): Promise<void> {
  const after = await mock.groups();
  const effect = EFFECTS[op.operationId];
  if (!effect) throw new Error(`No expected effect for ${op.operationId}: add it to EFFECTS`);
  effect({ before, after, groupId: namedId(op), output });
  const { requests, violations } = await mock.stats();
  expect(violations).toMatchObject({ request: [], response: [], injected: [] });
  const answered = Object.entries(requests.byOperation).flatMap(([id, byStatus]) =>
    Object.keys(byStatus).map((status) => `${id} ${status}`),
  );
  expect(
    answered.filter((answer) => !/ 2\d\d$/.test(answer)),
    'answers other than 2xx',
  ).toEqual([]);
  expect(answered).toContain(`${op.operationId} ${successStatus.get(op.operationId)}`);
}

it('knows the effect of every documented operation, and the group the samples name', () => {
  expect(Object.keys(EFFECTS).sort()).toEqual(operations.map((op) => op.operationId).sort());
  expect(namedGroups).not.toHaveLength(0);
});

describe('the TypeScript samples', () => {
  const sampleEnv = () => ({
    UPLOADCARE_PUBLIC_KEY: DEMO_KEYS.publicKey,
    UPLOADCARE_SECRET_KEY: DEMO_KEYS.secretKey,
    UPLOADCARE_API_URL: mock.url,
  });

  it.each(operations.map((op) => [`${kebabCase(op.operationId)}.ts`, op] as const))(
    'samples/%s runs against the mock',
    async (file, op) => {
      const before = await freshMock();
      const { stdout } = await runTypeScriptSample(join(samplesDir, file), sampleEnv());
      await expectEffect(op, before, stdout);
    },
  );

  it('fail, naming the sample, when one asks for more than the spec allows (limit: 5000)', async () => {
    const op = operations.find((candidate) => candidate.operationId === 'listGroups') as Operation;
    const source = readFileSync(join(samplesDir, 'list-groups.ts'), 'utf8');
    const broken = source.replace(`limit: ${op.query.limit}`, 'limit: 5000');
    expect(broken).not.toBe(source);
    const work = join(artifactsDir, 'broken-samples');
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'list-groups.ts'), broken);
    try {
      await freshMock();
      await expect(runTypeScriptSample(join(work, 'list-groups.ts'), sampleEnv())).rejects.toThrow(
        /^test-artifacts\/broken-samples\/list-groups\.ts exited with code 1 against the mock:[\s\S]*limit[\s\S]*5000/,
      );
      // Refused before any request was sent.
      expect((await mock.stats()).requests.total).toBe(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

// Where curl is installed it sends too; Node's fetch always does, so CI without curl runs the recipe.
const senders: CurlSender[] = (await hasCurl()) ? ['curl', 'fetch'] : ['fetch'];

describe('the curl samples', () => {
  const cases = operations.flatMap((op) => senders.map((sender) => [op.operationId, sender, op] as const));

  it.each(cases)('%s: the signed request, sent by %s, succeeds against the mock', async (operationId, sender, op) => {
    const before = await freshMock();
    const script = withKeys(curlSample(op, mock.url), DEMO_KEYS);
    const { status, body } = await runCurlSample(`the curl sample of ${operationId}`, script, sender);
    expect(status, body).toBe(Number(successStatus.get(operationId)));
    await expectEffect(op, before, body);
  });
});
