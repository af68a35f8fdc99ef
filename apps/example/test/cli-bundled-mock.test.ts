import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// With no keys and no API URL the CLI starts the bundled mock itself, says so on stderr,
// and stops it before exiting.
describe('ucgroups with no keys and no API URL', () => {
  it('lists the mock groups, says it used the mock, and stops it', async () => {
    const result = await runCli(['list']);
    expect(result.code).toBe(0);
    const notice =
      /^ucgroups: no UPLOADCARE_PUBLIC_KEY, UPLOADCARE_SECRET_KEY or API URL: using the bundled mock at (http:\/\/127\.0\.0\.1:\d+) \(demo data\)$/m.exec(
        result.stderr,
      );
    expect(notice).not.toBeNull();
    expect(result.stdout).toMatch(/^id +files +created \(UTC\) +stored\n[0-9a-f-]{36}~\d+ /);
    await expect(fetch(`${notice?.[1]}/groups/`)).rejects.toThrow();
  });

  it('stops list --all after the one example page, and says why', async () => {
    const result = await runCli(['list', '--all', '--json']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const ids = lines.map((line) => (JSON.parse(line) as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.stderr).toContain('ucgroups: stopped after 1 page: the bundled mock serves one example page');
  });

  it('keeps stdout pure JSON with --json', async () => {
    const result = await runCli(['info', 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('using the bundled mock');
    expect(JSON.parse(result.stdout)).toMatchObject({ id: expect.any(String), files: expect.any(Array) });
  });
});
