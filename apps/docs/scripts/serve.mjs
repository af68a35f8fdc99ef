// `pnpm docs`: serves apps/docs/dist on localhost and prints `Docs: <url>` on one line.
//   node apps/docs/scripts/serve.mjs [--port N] [--mock-url URL] [--base-path /uploadcare-groups/]
// --port 0 (the default) picks a free port. --mock-url (or UPLOADCARE_MOCK_URL) lists that mock
// first among the servers and adds the "Try against the local mock" panel, which signs with the
// mock's demo keys (a mock started with other keys answers it 401). --base-path serves the
// site under that folder, as GitHub Pages serves a project site. Stops on SIGINT/SIGTERM/SIGHUP.
// Files are read as they are when asked for (a rebuild while serving is fine: a file missing
// meanwhile answers 404); links leading out of the served folder are refused. It stops too when
// the process that started it is gone (the main job or pnpm killed outright).
import { parseArgs } from 'node:util';
// The repository's one parent watch (the main job's): this server is one of the job's children.
import { watchParent } from '../../../scripts/main-job/parent-watch.mjs';
import { startDocsServer } from './serve-docs.mjs';

function options() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'mock-url': { type: 'string' },
      'base-path': { type: 'string', default: '/' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port must be 0..65535, got ${values.port}`);
  return {
    port,
    mockUrl: values['mock-url'] ?? (process.env.UPLOADCARE_MOCK_URL || undefined),
    basePath: values['base-path'],
  };
}

try {
  const { port, mockUrl, basePath } = options();
  const docs = await startDocsServer({ port, mockUrl, basePath });
  console.log(`Docs: ${docs.url}`);
  if (mockUrl) console.log(`Mock: ${mockUrl} (listed first among the servers; "Try against the local mock" panel)`);
  const stop = async () => {
    await docs.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
  // Whoever started it (the main job, pnpm) killed outright: nobody is left to stop it.
  watchParent(stop);
} catch (error) {
  console.error(`docs server: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
