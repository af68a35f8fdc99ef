// `node scripts/drift/probe-cli.mjs <ucgroups arguments…>`: runs the built CLI against a local
// server that answers an empty page and records each request; prints the CLI's output, the
// requests the server saw and how many, and exits with the CLI's status.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const seen = [];
const server = createServer((req, res) => {
  seen.push(req.url);
  res.writeHead(200, { 'content-type': 'application/vnd.uploadcare-v0.7+json' });
  res.end(JSON.stringify({ next: null, previous: null, total: 0, per_page: 1, results: [] }));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const cli = fileURLToPath(new URL('../../apps/example/bin/ucgroups.js', import.meta.url));
// The server answers in this same process, so the CLI runs asynchronously beside it.
const child = spawn(process.execPath, [cli, ...process.argv.slice(2), '--json'], {
  env: {
    ...process.env,
    UPLOADCARE_PUBLIC_KEY: 'pk',
    UPLOADCARE_SECRET_KEY: 'sk',
    UPLOADCARE_API_URL: `http://127.0.0.1:${server.address().port}`,
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
child.stdout.on('data', (chunk) => (output += chunk));
child.stderr.on('data', (chunk) => (output += chunk));
const status = await new Promise((resolve) => child.on('close', resolve));
server.close();
console.log(output.trim());
for (const url of seen) {
  console.log(`server saw: ${url}`);
  // The query as the server reads it, each value whole (a date is not a prefix of a date-time).
  console.log(`server read: ${JSON.stringify(Object.fromEntries(new URL(url, 'http://x').searchParams))}`);
}
console.log(`requests sent: ${seen.length}`);
process.exitCode = status ?? 1;
