import { OPERATION_IDS, OPERATIONS } from '@uploadcare-groups/client/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, type CommandName, type CommandSpec, commandNames, WITHOUT_COMMAND } from '../src/command-table.js';
import { fixtureFile, fixtureGroup, fixtureGroupWithFiles } from './fixtures.js';
import { type LocalApi, startLocalApi } from './local-api.js';
import { apiEnv, runCli } from './run-cli.js';

// Every operation of the spec has a ucgroups command, or a reason in WITHOUT_COMMAND: a new
// operation in the spec fails here until the CLI says what it does about it.
const commandsOf = (operationId: string) =>
  Object.entries(COMMANDS as Record<string, CommandSpec>)
    .filter(([, spec]) => spec.operation === operationId)
    .map(([name]) => name);

describe('every operation of the spec has a ucgroups command', () => {
  it.each(OPERATION_IDS)('%s', (operationId) => {
    const reason = WITHOUT_COMMAND[operationId];
    if (commandsOf(operationId).length === 0 && reason === undefined) {
      expect.fail(
        `operation '${operationId}' (${OPERATIONS[operationId].method} ${OPERATIONS[operationId].path}) has no ucgroups command: ` +
          'give a command `operation: ' +
          `'${operationId}'` +
          '` in apps/example/src/command-table.ts, or list it in WITHOUT_COMMAND there with the reason',
      );
    }
  });

  it('names only operations of the spec, each covered once', () => {
    for (const [name, spec] of Object.entries(COMMANDS as Record<string, CommandSpec>)) {
      if (spec.operation !== undefined) {
        expect(OPERATION_IDS, `command '${name}' calls an operation the spec does not have`).toContain(spec.operation);
      }
    }
    for (const [operationId, reason] of Object.entries(WITHOUT_COMMAND)) {
      expect(OPERATION_IDS, `WITHOUT_COMMAND lists '${operationId}', which the spec does not have`).toContain(
        operationId,
      );
      expect(reason?.trim(), `WITHOUT_COMMAND gives no reason for '${operationId}'`).toBeTruthy();
      expect(commandsOf(operationId), `'${operationId}' has a command and a WITHOUT_COMMAND entry`).toEqual([]);
    }
  });
});

describe('each command calls the operation the table names', () => {
  const group = fixtureGroupWithFiles([fixtureFile()]);
  let api: LocalApi;
  beforeAll(async () => {
    // Answers by shape: a page for the list path, a group with files for a group path, and no
    // body where the operation answers 204.
    api = await startLocalApi((request) => {
      const path = new URL(request.url, 'http://x').pathname;
      if (request.method === 'DELETE') return { status: 204 };
      if (path === OPERATIONS.listGroups.path) {
        return {
          status: 200,
          body: { next: null, previous: null, total: 1, per_page: 100, results: [fixtureGroup(0)] },
        };
      }
      return { status: 200, body: group };
    });
  });
  afterAll(() => api.close());

  /** The request line the spec's operation makes for `group`. */
  const requestOf = (operationId: keyof typeof OPERATIONS) => {
    const { method, path } = OPERATIONS[operationId];
    return `${method} ${path.replace('{group_id}', group.id)}`;
  };

  const calling = commandNames.filter((name) => COMMANDS[name].operation !== undefined);
  it.each(calling)('ucgroups %s', async (command: CommandName) => {
    const spec: CommandSpec = COMMANDS[command];
    const args = [command, ...(spec.argument ? [group.id] : []), ...(spec.options.includes('yes') ? ['--yes'] : [])];
    api.requests.length = 0;
    const result = await runCli(args, apiEnv(api.url));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const sent = api.requests.map((request) => `${request.method} ${new URL(request.url, api.url).pathname}`);
    expect(sent).toEqual([requestOf(spec.operation as keyof typeof OPERATIONS)]);
  });

  it('and url calls none', async () => {
    api.requests.length = 0;
    expect((await runCli(['url', group.id], apiEnv(api.url))).code).toBe(0);
    expect(api.requests).toEqual([]);
  });
});
