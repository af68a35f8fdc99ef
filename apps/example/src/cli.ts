import { main } from './main.js';

// The `ucgroups` entry: wires the real process to main() and leaves by exit code.
const controller = new AbortController();

// The abort reason is the signal's name: main() ends with 130 for SIGINT, 143 for SIGTERM and
// 129 for SIGHUP (a closed terminal), after stopping the bundled mock it may have started.
// Once only: a second signal while stopping ends the process the default way (the mock's Prism
// then sees its owner gone and exits by itself).
const onSignal = (signal: NodeJS.Signals) => controller.abort(signal);
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
process.once('SIGHUP', onSignal);
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') controller.abort('stdout-closed');
  else throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  stdinIsTTY: process.stdin.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  signal: controller.signal,
});
