import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OPERATIONS } from '@uploadcare-groups/client/spec';
import { createValidator, schemaRef } from '@uploadcare-groups/spec/validator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFile, fixtureGroupWithFiles, hostileName } from './fixtures.js';
import { useMock } from './mock.js';
import { apiEnv, runCli } from './run-cli.js';

// Strings from the service are chosen by others: the file name by the uploader, the error
// detail by whatever answered. People's output shows their control characters as escapes;
// --json keeps them exactly (JSON escapes them itself).
const api = useMock();
const group = fixtureGroupWithFiles([fixtureFile({ original_filename: hostileName }), null]);
// The mock serves the group as given (it checks it against the spec's schema first).
beforeEach(() => api.mock.setGroups([group]));

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly those.
const terminalControls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('text from the service on a terminal', () => {
  it('info shows the file name with its controls as escapes', async () => {
    const result = await runCli(['info', group.id], api.env());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(terminalControls);
    expect(result.stdout).toContain('a\\x1b]0;owned\\x07b\\x1b[31mred\\x0dX\\u202etxt.exe\\x9b2J.jpg');
  });

  it('info --json prints the name exactly', async () => {
    const result = await runCli(['info', group.id, '--json'], api.env());
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files[0].original_filename).toBe(hostileName);
  });
});

// The one answer the mock cannot give: an error detail with terminal controls in it. The mock's
// details are the service's own documented texts, so a hostile server is played here by a tiny
// one that answers every request with this 404, a body of the spec's Error schema.
describe('text from a hostile server', () => {
  const hostileError = { detail: 'Not found.\x1b[2J\x1b]0;owned\x07\rfake success' };
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      res.writeHead(404, { 'content-type': OPERATIONS.getGroup.accept[0] }).end(JSON.stringify(hostileError));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );

  it('its error body is one the spec allows', () => {
    expect(createValidator()(schemaRef('Error'), hostileError).errors).toEqual([]);
  });

  it("an error's detail is shown with its controls as escapes", async () => {
    const result = await runCli(['info', group.id], apiEnv(url));
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(terminalControls);
    expect(result.stderr).toBe('ucgroups: API error 404: Not found.\\x1b[2J\\x1b]0;owned\\x07\\x0dfake success\n');
  });
});

// An answer cannot print a line of its own: a store answer whose id carries a line break and a
// forged "Deleted group" line is refused (the id breaks the spec's pattern) in one line, and an
// error detail with one is shown on one line. Nor can a huge file name blow up a table: its cell
// is cut (the JSON stays exact).
describe('line breaks from a hostile server', () => {
  const forgedId = `${group.id}\nDeleted group ${group.id} (its files are kept).`;
  const detail = 'Not found.\nDeleted group x~1 (its files are kept).';
  const hugeName = `${'7'.repeat(1_000_000)}.jpg`;
  const huge = fixtureGroupWithFiles([fixtureFile({ original_filename: hugeName })]);
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      const stored = req.method === 'PUT';
      if (req.method === 'GET' && decodeURIComponent(req.url ?? '').includes(huge.id)) {
        return void res.writeHead(200, { 'content-type': OPERATIONS.getGroup.accept[0] }).end(JSON.stringify(huge));
      }
      const type = (stored ? OPERATIONS.storeGroup : OPERATIONS.getGroup).accept[0];
      res
        .writeHead(stored ? 200 : 404, { 'content-type': type })
        .end(JSON.stringify(stored ? { ...group, id: forgedId } : { detail }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );

  it('store refuses an id with a line break, in one line naming the rule it breaks', async () => {
    const result = await runCli(['store', group.id], apiEnv(url));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(/^ucgroups: PUT \S+ answered 200 with body\.id does not match \S+\n$/);
  });

  it('info cuts a 1 MB file name in its table; --json keeps it whole', async () => {
    const table = await runCli(['info', huge.id], apiEnv(url));
    expect(table.stderr).toBe('');
    expect(table.code).toBe(0);
    expect(table.stdout.length).toBeLessThan(3000);
    expect(table.stdout).toContain('7777…');
    const json = await runCli(['info', huge.id, '--json'], apiEnv(url));
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).files[0].original_filename).toBe(hugeName);
  });

  it("an error's detail stays on one line", async () => {
    const result = await runCli(['info', group.id], apiEnv(url));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('ucgroups: API error 404: Not found.\\x0aDeleted group x~1 (its files are kept).\n');
  });
});
