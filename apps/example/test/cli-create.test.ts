import { describe, expect, it } from 'vitest';
import { useMock } from './mock.js';
import { runCli } from './run-cli.js';

// `ucgroups create` against the stateful mock, which serves the Upload API on the same port:
// the new group's id on stdout (or the group as JSON), the group at once in the mock; bad files
// refused before anything is sent; the service's refusal shown with its words.
const api = useMock();

/** Two files of a seeded group. */
async function twoFiles(): Promise<string[]> {
  for (const group of await api.groups()) {
    const files = group.files.flatMap((file) => (file ? [file.uuid] : []));
    if (files.length >= 2) return files.slice(0, 2);
  }
  throw new Error('no seeded group has two files');
}

describe('ucgroups create', () => {
  it('prints the new id only; the group holds the files in order, with their operations', async () => {
    const [a, b] = await twoFiles();
    const result = await runCli(['create', a as string, `${b}/-/resize/x800/`], api.env());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const id = result.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}~2$/);
    const made = (await api.groups()).find((group) => group.id === id);
    expect(made?.files.map((file) => [file?.uuid, file?.default_effects])).toEqual([
      [a, ''],
      [b, 'resize/x800/'],
    ]);
  });

  it('--json prints the group as the Upload API answered it', async () => {
    const [a] = await twoFiles();
    const result = await runCli(['create', '--json', a as string], api.env());
    expect(result.code).toBe(0);
    const group = JSON.parse(result.stdout);
    expect(group).toMatchObject({ files_count: 1, files: [{ uuid: a, default_effects: '' }] });
  });

  it.each([
    [['create'], /missing <file-uuid>\.\.\./],
    [['create', 'nope'], /invalid file 'nope'/],
    [['create', '--upload-url', 'ftp://x', '0cea5a61-f976-47d9-815a-e787f52aeba1'], /invalid --upload-url/],
  ])('%j is a usage error; nothing is sent', async (args, message) => {
    const result = await runCli(args, api.env());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(await api.requestCount()).toBe(0);
  });

  it('a file the project does not have: exit 1 with the service words', async () => {
    const result = await runCli(['create', '0cea5a61-f976-47d9-815a-e787f52aeba1'], api.env());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Some files not found.');
  });

  it('--upload-url sends the Upload API request there (and the REST root is not used)', async () => {
    const [a] = await twoFiles();
    const env = { ...api.env(), UPLOADCARE_API_URL: 'http://127.0.0.1:9' };
    const result = await runCli(['create', '--upload-url', api.env().UPLOADCARE_API_URL as string, a as string], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('help comes from the command table', async () => {
    const result = await runCli(['create', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Usage: ucgroups create <file-uuid>\.\.\. \[--json\] \[--base-url URL\] \[--upload-url URL\]/,
    );
    expect(result.stdout).toContain('UPLOADCARE_UPLOAD_URL');
  });

  it('needs the public key only: no secret key in the environment', async () => {
    const [a] = await twoFiles();
    const { UPLOADCARE_SECRET_KEY: _, ...env } = api.env();
    const result = await runCli(['create', a as string], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The REST commands still ask for both keys.
    expect((await runCli(['list'], env)).code).toBe(2);
  });
});
