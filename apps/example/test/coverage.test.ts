import { OPERATION_IDS, OPERATIONS } from '@uploadcare-groups/client/spec';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandName, type CommandSpec, commandNames, WITHOUT_COMMAND } from '../src/command-table.js';
import { useMock } from './mock.js';
import { runCli } from './run-cli.js';

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

// The mock names the operation each request it received was routed to, and counts them.
describe('each command calls the operation the table names', () => {
  const api = useMock();

  const calling = commandNames.filter((name) => COMMANDS[name].operation !== undefined);
  it.each(calling)('ucgroups %s', async (command: CommandName) => {
    const spec: CommandSpec = COMMANDS[command];
    const [group] = await api.groups();
    // A group id, or (create) the files of that group.
    const files = (group?.files ?? []).flatMap((file) => (file ? [file.uuid] : []));
    const argument = spec.argument === '<file-uuid>...' ? files : spec.argument ? [group?.id as string] : [];
    const args = [command, ...argument, ...(spec.options.includes('yes') ? ['--yes'] : [])];
    const result = await runCli(args, api.env());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { requests } = await api.mock.stats();
    expect(requests.total).toBe(1);
    expect(Object.keys(requests.byOperation)).toEqual([spec.operation]);
  });

  it('and url calls none', async () => {
    const [group] = await api.groups();
    expect((await runCli(['url', group?.id as string], api.env())).code).toBe(0);
    expect(await api.requestCount()).toBe(0);
  });
});
