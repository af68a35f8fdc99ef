// Runs the Redocly CLI of this package with telemetry and update notices off, and without the
// framed "Node.js 20 support is ending" notice it prints on every run under Node 20 (it has no
// switch; this repo's tools run on the machine's Node 20 by design). Everything else Redocly
// says, problems included, is passed on unchanged, and its exit status is returned.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

/** The framed notice: from a line with ╔ to the next line with ╚, when it is the Node.js one. */
export function withoutNodeNotice(text) {
  return text.replace(/[^\n]*╔[^\n]*\n(?:[^\n]*\n)*?[^\n]*╚[^\n]*\n?/g, (box) =>
    box.includes('Deprecation warning: Node.js') ? '' : box,
  );
}

/**
 * @param {string[]} args
 * @param {{ cwd: string, stdout?: boolean }} options `stdout: false` drops Redocly's progress lines
 * @returns {number} the exit status
 */
export function runRedocly(args, { cwd, stdout = true }) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  if (stdout) process.stdout.write(withoutNodeNotice(result.stdout ?? ''));
  process.stderr.write(withoutNodeNotice(result.stderr ?? '').replace(/^\n+/, ''));
  if (result.error) throw result.error;
  return result.status ?? 1;
}
