// The spec edits the drift test makes, and what each must lead to. An incompatible edit must be
// caught by the build or the tests with a message naming its cause; a compatible one must flow
// through the generated code to the client, the CLI, the mock and the docs with no hand edit,
// or, where the mock cannot serve it without code (a new filter), be refused by name there.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Replaces `from` by `to` in a spec file of the copy, failing loudly if the text moved. */
function edit(dir, file, from, to) {
  const path = join(dir, 'spec/openapi', file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from))
    throw new Error(`drift: ${file} no longer contains ${JSON.stringify(from)}; update the mutation`);
  writeFileSync(path, text.replace(from, to));
}

/** The client's tests of `project` in `files`, with each test's name in the output (the evidence). */
const clientTests = (project, ...files) => [
  'pnpm',
  '--filter',
  '@uploadcare-groups/client',
  'exec',
  'vitest',
  'run',
  '--reporter=verbose',
  '--project',
  project,
  ...files,
];

/** The client's unit tests in `files`. */
const clientUnitTests = (...files) => clientTests('unit', ...files);

/** The mock's tests in `files`, each test's name in the output. */
const mockTests = (...files) => [
  'pnpm',
  '--filter',
  '@uploadcare-groups/mock',
  'exec',
  'vitest',
  'run',
  '--reporter=verbose',
  ...files,
];

export const NEW_ORDERING = '-datetime_stored';
export const LOWER_LIMIT = 500;
export const NEW_OPERATION = 'copyGroup';
export const NEW_FILTER = 'stored';
export const NEW_FILTER_TEXT = 'Only groups whose files are all stored';
export const NEW_LIST_FILTER = 'ids';
export const NEW_LIST_FILTER_TEXT = 'Only the groups with these ids';
export const NEW_FIELD = 'labels';
export const NEW_FIELD_TEXT = 'Labels the project gave the group, name to value';
export const NEW_STATUS = 503;
const GROUP_A = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';
const GROUP_B = 'dd43982c-5a7a-4d3f-a4b5-7e0b1e3a5c11~1';
export const NEW_STATUS_TEXT = 'The service is down for a moment, try again at the time Retry-After gives';
export const UPLOAD_SERVER = 'https://upload.example.net';
export const KEY_FIELD = 'public_key';

/**
 * Each case: `apply(dir)` edits the spec in the copy; `steps` run in order. A step is a command
 * (`run`, relative to the copy) with the outcome it must have (`pass` or `fail`) and the words
 * its output must contain (the cause, named).
 */
export const MUTATIONS = [
  {
    name: 'rename a required field of a group (files_count -> file_count)',
    apply(dir) {
      edit(dir, 'components/schemas/Group.yaml', '  - files_count\n', '  - file_count\n');
      edit(dir, 'components/schemas/Group.yaml', '  files_count:\n', '  file_count:\n');
    },
    steps: [
      { what: 'the build', run: ['pnpm', 'exec', 'turbo', 'run', 'build'], outcome: 'fail', mentions: ['file_count'] },
    ],
  },
  {
    name: `add an ordering value (${NEW_ORDERING})`,
    apply(dir) {
      edit(
        dir,
        'components/parameters/ordering.yaml',
        '    - -datetime_created\n',
        `    - -datetime_created\n    - "${NEW_ORDERING}"\n`,
      );
    },
    steps: [
      { what: 'the build', run: ['pnpm', 'exec', 'turbo', 'run', 'build'], outcome: 'pass' },
      {
        what: "the client's tests of every ordering",
        run: clientUnitTests('test/unit/spec-values.test.ts'),
        outcome: 'pass',
        mentions: [NEW_ORDERING],
      },
      {
        what: 'the client sends it',
        run: ['node', 'scripts/drift/probe-client.mjs', 'ordering', NEW_ORDERING],
        outcome: 'pass',
        mentions: [`ordering=${encodeURIComponent(NEW_ORDERING)}`],
      },
      {
        what: 'the CLI takes it',
        run: ['node', 'scripts/drift/probe-cli.mjs', 'list', '--order', NEW_ORDERING],
        outcome: 'pass',
        mentions: [`ordering=${encodeURIComponent(NEW_ORDERING)}`],
      },
      {
        what: 'the docs show it',
        run: ['grep', '-o', '-m', '1', '-e', NEW_ORDERING, 'apps/docs/dist/index.html'],
        outcome: 'pass',
        mentions: [NEW_ORDERING],
      },
      {
        what: "the CLI's help lists it",
        run: ['node', 'apps/example/bin/ucgroups.js', 'list', '--help'],
        outcome: 'pass',
        mentions: [NEW_ORDERING],
      },
    ],
  },
  {
    name: `lower the maximum of limit (1000 -> ${LOWER_LIMIT})`,
    apply(dir) {
      edit(dir, 'components/parameters/limit.yaml', '  maximum: 1000\n', `  maximum: ${LOWER_LIMIT}\n`);
    },
    steps: [
      {
        what: 'the build of the client and the CLI',
        run: ['pnpm', 'exec', 'turbo', 'run', 'build', '--filter=@uploadcare-groups/example...'],
        outcome: 'pass',
      },
      {
        what: 'the client refuses the first value above it before sending',
        run: ['node', 'scripts/drift/probe-client.mjs', 'limit', String(LOWER_LIMIT + 1)],
        outcome: 'fail',
        mentions: [`limit: must be an integer from 1 to ${LOWER_LIMIT}, got ${LOWER_LIMIT + 1}`, 'requests sent: 0'],
      },
      {
        what: 'the client sends the maximum',
        run: ['node', 'scripts/drift/probe-client.mjs', 'limit', String(LOWER_LIMIT)],
        outcome: 'pass',
        mentions: [`limit=${LOWER_LIMIT}`],
      },
      {
        what: 'the CLI refuses it as a usage error',
        run: ['node', 'scripts/drift/probe-cli.mjs', 'list', '--limit', String(LOWER_LIMIT + 1)],
        outcome: 'fail',
        mentions: [String(LOWER_LIMIT), 'requests sent: 0'],
      },
      {
        what: "the client's tests of the bounds",
        run: clientUnitTests(
          'test/unit/spec-values.test.ts',
          'test/unit/bad-input.test.ts',
          'test/unit/pagination.test.ts',
        ),
        outcome: 'pass',
      },
    ],
  },
  {
    name: `add an operation (${NEW_OPERATION})`,
    apply(dir) {
      writeFileSync(
        join(dir, 'spec/openapi/paths/groups_{group_id}_copy.yaml'),
        [
          'parameters:',
          '  - $ref: ../components/parameters/group_id.yaml',
          'post:',
          `  operationId: ${NEW_OPERATION}`,
          '  summary: Copy a group',
          '  description: Makes a new group of the same files.',
          '  tags:',
          '    - Groups',
          '  responses:',
          '    "200":',
          '      description: The new group with its files.',
          '      content:',
          '        application/vnd.uploadcare-v0.7+json:',
          '          schema:',
          '            $ref: ../components/schemas/GroupWithFiles.yaml',
          '    "404":',
          '      $ref: ../components/responses/NotFound.yaml',
          '',
        ].join('\n'),
      );
      edit(
        dir,
        'openapi.yaml',
        '  /groups/{group_id}/storage/:\n',
        '  /groups/{group_id}/copy/:\n    $ref: paths/groups_{group_id}_copy.yaml\n  /groups/{group_id}/storage/:\n',
      );
    },
    steps: [
      {
        what: "the client's coverage test",
        before: ['pnpm', 'exec', 'turbo', 'run', 'build', '--continue', '--filter=@uploadcare-groups/client'],
        run: clientUnitTests('test/unit/coverage.test.ts'),
        outcome: 'fail',
        mentions: [`operation ${NEW_OPERATION} of the spec has no method`],
      },
      {
        what: "the CLI's coverage test",
        // The mock's build fails here too (its service has no handler for the operation); --continue
        // still builds the client the CLI's test reads the operations from.
        before: ['pnpm', 'exec', 'turbo', 'run', 'build', '--continue', '--filter=@uploadcare-groups/example...'],
        run: ['pnpm', '--filter', '@uploadcare-groups/example', 'exec', 'vitest', 'run', 'test/coverage.test.ts'],
        outcome: 'fail',
        mentions: [NEW_OPERATION],
      },
      {
        what: "the build (the mock's service and the docs)",
        run: ['pnpm', 'exec', 'turbo', 'run', 'build', '--filter=@uploadcare-groups/docs'],
        outcome: 'fail',
        mentions: [NEW_OPERATION],
      },
    ],
  },
  {
    name: `add a boolean filter to the list (${NEW_FILTER})`,
    apply(dir) {
      writeFileSync(
        join(dir, 'spec/openapi/components/parameters', `${NEW_FILTER}.yaml`),
        [
          `name: ${NEW_FILTER}`,
          'in: query',
          `description: ${NEW_FILTER_TEXT} (true), or only the others (false).`,
          'required: false',
          'schema:',
          '  type: boolean',
          'example: true',
          '',
        ].join('\n'),
      );
      edit(
        dir,
        'paths/groups.yaml',
        '    - $ref: ../components/parameters/offset.yaml\n',
        `    - $ref: ../components/parameters/offset.yaml\n    - $ref: ../components/parameters/${NEW_FILTER}.yaml\n`,
      );
    },
    steps: [
      { what: 'the build', run: ['pnpm', 'exec', 'turbo', 'run', 'build'], outcome: 'pass' },
      {
        what: 'the client sends it',
        run: ['node', 'scripts/drift/probe-client.mjs', NEW_FILTER, 'true'],
        outcome: 'pass',
        mentions: [`${NEW_FILTER}=true`],
      },
      {
        what: 'the client refuses a value that is not a boolean before sending',
        run: ['node', 'scripts/drift/probe-client.mjs', NEW_FILTER, 'yes'],
        outcome: 'fail',
        mentions: [`${NEW_FILTER}: must be true or false, got "yes"`, 'requests sent: 0'],
      },
      {
        what: 'the CLI takes it',
        run: ['node', 'scripts/drift/probe-cli.mjs', 'list', `--${NEW_FILTER}`],
        outcome: 'pass',
        mentions: [`${NEW_FILTER}=true`],
      },
      {
        what: 'the CLI takes its negation',
        run: ['node', 'scripts/drift/probe-cli.mjs', 'list', `--no-${NEW_FILTER}`],
        outcome: 'pass',
        mentions: [`${NEW_FILTER}=false`],
      },
      {
        what: "the CLI's help lists it with the spec's words",
        run: ['node', 'apps/example/bin/ucgroups.js', 'list', '--help'],
        outcome: 'pass',
        mentions: [`--${NEW_FILTER}, --no-${NEW_FILTER}`, NEW_FILTER_TEXT.toLowerCase()],
      },
      {
        what: 'the mock refuses it by name rather than ignore it',
        run: ['node', 'scripts/drift/probe-mock.mjs', JSON.stringify({ [NEW_FILTER]: true })],
        outcome: 'fail',
        mentions: [`does not implement the query parameter "${NEW_FILTER}" of listGroups`],
      },
      {
        what: "the mock's test of the parameters it serves",
        run: mockTests('test/fake/implemented-query.test.ts'),
        outcome: 'fail',
        mentions: [`the mock does not implement ${NEW_FILTER} of listGroups`],
      },
      {
        what: 'the docs show it',
        run: ['grep', '-o', '-m', '1', '-e', NEW_FILTER_TEXT, 'apps/docs/dist/index.html'],
        outcome: 'pass',
        mentions: [NEW_FILTER_TEXT],
      },
    ],
  },
  {
    name: `add a map-valued optional field to a group (${NEW_FIELD})`,
    apply(dir) {
      edit(
        dir,
        'components/schemas/Group.yaml',
        'properties:\n',
        [
          'properties:',
          `  ${NEW_FIELD}:`,
          '    type: object',
          `    description: ${NEW_FIELD_TEXT}.`,
          '    additionalProperties:',
          '      type: string',
          '',
        ].join('\n'),
      );
    },
    steps: [
      { what: 'the build', run: ['pnpm', 'exec', 'turbo', 'run', 'build'], outcome: 'pass' },
      {
        what: "the client's types carry it",
        run: ['grep', '-A', '2', '-e', `${NEW_FIELD}?: {`, 'packages/client/src/generated/openapi.ts'],
        outcome: 'pass',
        mentions: [`${NEW_FIELD}?: {`, '[key: string]: string;'],
      },
      {
        what: 'the client takes an answer that carries it',
        run: ['node', 'scripts/drift/probe-answer.mjs', NEW_FIELD, JSON.stringify({ team: 'web' })],
        outcome: 'pass',
        mentions: [`"${NEW_FIELD}":{"team":"web"}`],
      },
      {
        what: 'the mock serves it from the groups it is given',
        run: ['node', 'scripts/drift/probe-mock-data.mjs', NEW_FIELD, JSON.stringify({ team: 'web' })],
        outcome: 'pass',
        mentions: ['served: {"team":"web"}'],
      },
      {
        what: 'the mock refuses groups whose field breaks its schema, naming it',
        run: ['node', 'scripts/drift/probe-mock-data.mjs', NEW_FIELD, JSON.stringify({ team: 1 })],
        outcome: 'fail',
        mentions: [`${NEW_FIELD}.team must be string`],
      },
      {
        what: "the mock's answers still conform to the spec (Prism validates them)",
        run: mockTests('test/stateful-api.test.ts'),
        outcome: 'pass',
        // Each of its tests ends by asking the mock for the answers Prism found against the spec: none.
        mentions: ['the first page: the documented shape', 'get answers the very group the list showed'],
      },
      {
        what: 'the docs show it',
        run: ['grep', '-o', '-m', '1', '-e', NEW_FIELD_TEXT, 'apps/docs/dist/index.html'],
        outcome: 'pass',
        mentions: [NEW_FIELD_TEXT],
      },
    ],
  },
  {
    name: `document a ${NEW_STATUS} with Retry-After as an HTTP-date on the list`,
    apply(dir) {
      edit(
        dir,
        'paths/groups.yaml',
        '    "429":\n      $ref: ../components/responses/TooManyRequests.yaml\n',
        [
          '    "429":',
          '      $ref: ../components/responses/TooManyRequests.yaml',
          `    "${NEW_STATUS}":`,
          `      description: ${NEW_STATUS_TEXT}.`,
          '      headers:',
          '        Retry-After:',
          '          description: When to try again, an HTTP-date.',
          '          required: true',
          '          schema:',
          '            type: string',
          '          example: Wed, 21 Oct 2015 07:28:00 GMT',
          '      content:',
          '        application/vnd.uploadcare-v0.7+json:',
          '          schema:',
          '            $ref: ../components/schemas/Error.yaml',
          '          example:',
          '            detail: Service unavailable.',
          '',
        ].join('\n'),
      );
    },
    steps: [
      { what: 'the build', run: ['pnpm', 'exec', 'turbo', 'run', 'build'], outcome: 'pass' },
      {
        what: 'the generated table says it is retried, and in which form',
        run: ['grep', '-e', 'retryAfter: {', 'packages/client/src/generated/operations.ts'],
        outcome: 'pass',
        mentions: [`"${NEW_STATUS}": "http-date"`],
      },
      {
        what: 'the mock sends its Retry-After as an HTTP-date, and the client waits for it and goes on',
        run: ['node', 'scripts/drift/probe-mock.mjs', '{}', String(NEW_STATUS)],
        outcome: 'pass',
        mentions: [`mock answered: ${NEW_STATUS} retry-after: `, ' GMT', 'walked 3 pages, 5 groups of 5'],
      },
      {
        what: "the client's contract test exercises it against Prism's example",
        run: clientTests('contract', 'test/contract/operations.test.ts'),
        outcome: 'pass',
        mentions: [`list answering ${NEW_STATUS}`],
      },
      {
        what: 'the docs show it',
        run: ['grep', '-o', '-m', '1', '-e', NEW_STATUS_TEXT, 'apps/docs/dist/index.html'],
        outcome: 'pass',
        mentions: [NEW_STATUS_TEXT],
      },
    ],
  },
  {
    name: 'make from a date instead of a date-time',
    apply(dir) {
      edit(dir, 'components/parameters/from.yaml', '  format: date-time\n', '  format: date\n');
      edit(dir, 'components/parameters/from.yaml', 'example: "2018-11-27T00:00:00Z"', 'example: "2018-11-27"');
    },
    steps: [
      {
        what: 'the build of the client, the mock and the CLI',
        run: ['pnpm', 'exec', 'turbo', 'run', 'build', '--filter=@uploadcare-groups/example...'],
        outcome: 'pass',
      },
      {
        what: 'the client sends a day',
        run: ['node', 'scripts/drift/probe-client.mjs', 'from', '2018-11-27'],
        outcome: 'pass',
        mentions: ['query: {"from":"2018-11-27"}'],
      },
      {
        what: 'the client refuses a date-time before sending',
        run: ['node', 'scripts/drift/probe-client.mjs', 'from', '2018-11-27T00:00:00Z'],
        outcome: 'fail',
        mentions: ['from: "2018-11-27T00:00:00Z" is not a calendar date', 'requests sent: 0'],
      },
      {
        what: 'the CLI takes a day',
        run: ['node', 'scripts/drift/probe-cli.mjs', 'list', '--from', '2018-11-27'],
        outcome: 'pass',
        mentions: ['server read: {"from":"2018-11-27"}'],
      },
      {
        what: "the mock reads a day, writes its links' from as days, and a walk sees every group once",
        run: ['node', 'scripts/drift/probe-mock.mjs', JSON.stringify({ from: '2018-11-27' })],
        outcome: 'pass',
        mentions: ['next: http', 'walked 3 pages, 5 groups of 5'],
      },
    ],
  },
  {
    name: `add an array filter to the list (${NEW_LIST_FILTER}, items of the GroupId schema)`,
    apply(dir) {
      writeFileSync(
        join(dir, 'spec/openapi/components/parameters', `${NEW_LIST_FILTER}.yaml`),
        [
          `name: ${NEW_LIST_FILTER}`,
          'in: query',
          `description: ${NEW_LIST_FILTER_TEXT}.`,
          'required: false',
          'schema:',
          '  type: array',
          '  maxItems: 10',
          '  items:',
          '    $ref: ../schemas/GroupId.yaml',
          '',
        ].join('\n'),
      );
      edit(
        dir,
        'paths/groups.yaml',
        '    - $ref: ../components/parameters/offset.yaml\n',
        `    - $ref: ../components/parameters/offset.yaml\n    - $ref: ../components/parameters/${NEW_LIST_FILTER}.yaml\n`,
      );
    },
    steps: [
      {
        what: 'the build of the client, the mock and the CLI',
        run: ['pnpm', 'exec', 'turbo', 'run', 'build', '--filter=@uploadcare-groups/example...'],
        outcome: 'pass',
      },
      {
        what: 'the client sends each item',
        run: ['node', 'scripts/drift/probe-client.mjs', NEW_LIST_FILTER, JSON.stringify([GROUP_A, GROUP_B])],
        outcome: 'pass',
        mentions: [
          `${NEW_LIST_FILTER}=${encodeURIComponent(GROUP_A)}&${NEW_LIST_FILTER}=${encodeURIComponent(GROUP_B)}`,
        ],
      },
      {
        what: 'the client refuses an item that breaks the items schema, naming it',
        run: ['node', 'scripts/drift/probe-client.mjs', NEW_LIST_FILTER, JSON.stringify([GROUP_A, 'nope'])],
        outcome: 'fail',
        mentions: [`${NEW_LIST_FILTER}[1]: must match`, 'requests sent: 0'],
      },
      {
        what: 'the CLI takes it as a comma list',
        run: ['node', 'scripts/drift/probe-cli.mjs', 'list', `--${NEW_LIST_FILTER}`, `${GROUP_A},${GROUP_B}`],
        outcome: 'pass',
        mentions: [
          `${NEW_LIST_FILTER}=${encodeURIComponent(GROUP_A)}&${NEW_LIST_FILTER}=${encodeURIComponent(GROUP_B)}`,
        ],
      },
      {
        what: 'the mock refuses it by name rather than ignore it',
        run: ['node', 'scripts/drift/probe-mock.mjs', JSON.stringify({ [NEW_LIST_FILTER]: [GROUP_A] })],
        outcome: 'fail',
        mentions: [`does not implement the query parameter "${NEW_LIST_FILTER}" of listGroups`],
      },
    ],
  },
  {
    name: `move the Upload API's server (to ${UPLOAD_SERVER})`,
    apply(dir) {
      for (const file of ['paths/group.yaml', 'paths/group_info.yaml']) {
        edit(dir, file, '  - url: https://upload.uploadcare.com\n', `  - url: ${UPLOAD_SERVER}\n`);
      }
    },
    steps: [
      {
        what: 'the build of the client, the CLI and the docs',
        run: ['pnpm', 'exec', 'turbo', 'run', 'build', '--filter=@uploadcare-groups/example...'],
        outcome: 'pass',
      },
      {
        what: 'the client makes groups there by default, the public key only',
        run: ['node', 'scripts/drift/probe-create.mjs'],
        outcome: 'pass',
        mentions: [`sent: POST ${UPLOAD_SERVER}/group/?jsonerrors=1 pub_key=pk&files%5B0%5D=`],
      },
      {
        what: "the CLI's help names it",
        run: ['node', 'apps/example/bin/ucgroups.js', 'create', '--help'],
        outcome: 'pass',
        mentions: [UPLOAD_SERVER],
      },
      {
        what: "the docs' curl sample sends there",
        run: ['grep', '-o', '-m', '1', '-e', `${UPLOAD_SERVER}/group/`, 'apps/docs/dist/index.html'],
        outcome: 'pass',
        mentions: [`${UPLOAD_SERVER}/group/`],
      },
    ],
  },
  {
    name: `rename the Upload API's public key field (pub_key -> ${KEY_FIELD})`,
    apply(dir) {
      edit(dir, 'paths/group.yaml', 'x-uploadcare-public-key: pub_key', `x-uploadcare-public-key: ${KEY_FIELD}`);
      // The example form, once per media type.
      for (let i = 0; i < 2; i++)
        edit(dir, 'paths/group.yaml', '  pub_key: demopublickey\n', `  ${KEY_FIELD}: demopublickey\n`);
      edit(dir, 'paths/group_info.yaml', 'x-uploadcare-public-key: pub_key', `x-uploadcare-public-key: ${KEY_FIELD}`);
      edit(dir, 'components/parameters/pub_key.yaml', 'name: pub_key', `name: ${KEY_FIELD}`);
      edit(dir, 'components/schemas/CreateGroupForm.yaml', '  - pub_key\n', `  - ${KEY_FIELD}\n`);
      edit(dir, 'components/schemas/CreateGroupForm.yaml', '  pub_key:\n', `  ${KEY_FIELD}:\n`);
    },
    steps: [
      {
        what: 'the build of the client, the CLI and the docs',
        run: ['pnpm', 'exec', 'turbo', 'run', 'build', '--filter=@uploadcare-groups/example...'],
        outcome: 'pass',
      },
      {
        what: 'the client sends the public key in the renamed field',
        run: ['node', 'scripts/drift/probe-create.mjs'],
        outcome: 'pass',
        mentions: [`?jsonerrors=1 ${KEY_FIELD}=pk&files%5B0%5D=`],
      },
      {
        what: "the docs' curl sample sends it so",
        run: ['grep', '-o', '-m', '1', '-e', `${KEY_FIELD}=\\$PUB`, 'apps/docs/dist/index.html'],
        outcome: 'pass',
        mentions: [`${KEY_FIELD}=$PUB`],
      },
    ],
  },
];
