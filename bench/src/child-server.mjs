// Starts serve-fixture.mjs as a child process and hands back its URL and a stop function.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export async function startChildServer(groups = 0) {
  const script = fileURLToPath(new URL('./serve-fixture.mjs', import.meta.url));
  const child = spawn(process.execPath, [script, String(groups)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await once(child.stdout, 'data');
  const url = String(line).trim();
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}
