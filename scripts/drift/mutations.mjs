// The spec edits the drift test makes, and what each must lead to. An incompatible edit must be
// caught by the build or the tests with a message naming its cause; a compatible one must flow
// through the generated code to the client, the CLI and the docs with no hand edit.
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

/** The client's unit tests in `files`, with each test's name in the output (the evidence). */
const clientUnitTests = (...files) => [
  'pnpm',
  '--filter',
  '@uploadcare-groups/client',
  'exec',
  'vitest',
  'run',
  '--reporter=verbose',
  '--project',
  'unit',
  ...files,
];

export const NEW_ORDERING = '-datetime_stored';
export const LOWER_LIMIT = 500;
export const NEW_OPERATION = 'copyGroup';
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
