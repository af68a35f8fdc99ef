import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFile, fixtureGroupWithFiles, hostileName } from './fixtures.js';
import { type LocalApi, startLocalApi } from './local-api.js';
import { apiEnv, runCli } from './run-cli.js';

// Strings from the service are chosen by others: the file name by the uploader, the error
// detail by whatever answered. People's output shows their control characters as escapes;
// --json keeps them exactly (JSON escapes them itself).
const group = fixtureGroupWithFiles([fixtureFile({ original_filename: hostileName }), null]);
const hostileDetail = 'Not found.\x1b[2J\x1b]0;owned\x07\rfake success';
let api: LocalApi;

beforeAll(async () => {
  api = await startLocalApi((request) =>
    request.url === `/groups/${group.id}/`
      ? { status: 200, body: group }
      : { status: 404, body: { detail: hostileDetail } },
  );
});
afterAll(() => api.close());

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly those.
const terminalControls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('text from the service on a terminal', () => {
  it('info shows the file name with its controls as escapes', async () => {
    const result = await runCli(['info', group.id], apiEnv(api.url));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(terminalControls);
    expect(result.stdout).toContain('a\\x1b]0;owned\\x07b\\x1b[31mred\\x0dX\\u202etxt.exe\\x9b2J.jpg');
  });

  it('info --json prints the name exactly', async () => {
    const result = await runCli(['info', group.id, '--json'], apiEnv(api.url));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files[0].original_filename).toBe(hostileName);
  });

  it("an error's detail is shown with its controls as escapes", async () => {
    const result = await runCli(['info', `${group.id.split('~')[0]}~9`], apiEnv(api.url));
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(terminalControls);
    expect(result.stderr).toBe('ucgroups: API error 404: Not found.\\x1b[2J\\x1b]0;owned\\x07\\x0dfake success\n');
  });
});
