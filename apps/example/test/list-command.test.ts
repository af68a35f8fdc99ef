import { PassThrough } from 'node:stream';
import type { GroupsClient, GroupsPage, PagesParams } from '@uploadcare-groups/client';
import { describe, expect, it } from 'vitest';
import { runList } from '../src/commands/list.js';
import type { Io } from '../src/io.js';
import { fixtureGroup } from './fixtures.js';

function collectingIo(): { io: Io; stdout: () => string } {
  const stdout = new PassThrough();
  let text = '';
  stdout.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  const io: Io = {
    stdout,
    stderr: new PassThrough(),
    stdin: new PassThrough(),
    env: {},
    stdinIsTTY: false,
    stderrIsTTY: false,
    signal: new AbortController().signal,
  };
  return { io, stdout: () => text };
}

/** A client whose `pages` records how it was called and yields two pages. */
function recordingClient(calls: PagesParams[]): GroupsClient {
  const page = (results: GroupsPage['results'], next: string | null): GroupsPage => ({
    next,
    previous: null,
    total: 3,
    per_page: 2,
    results,
  });
  return {
    async *pages(params?: PagesParams) {
      calls.push(params ?? {});
      yield page([fixtureGroup(0), fixtureGroup(1)], 'http://127.0.0.1:1/groups/?offset=2');
      yield page([fixtureGroup(2)], null);
    },
  } as unknown as GroupsClient;
}

describe('runList --all', () => {
  it('asks the client to prefetch the next page while it prints this one', async () => {
    const calls: PagesParams[] = [];
    const { io, stdout } = collectingIo();
    await runList({ command: 'list', all: true, json: true, limit: 2 }, recordingClient(calls), io);
    expect(calls).toEqual([{ limit: 2, signal: io.signal, prefetch: true }]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stdout().trimEnd().split('\n')).toHaveLength(3);
  });
});
