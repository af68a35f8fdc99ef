// A tiny static server for the built docs (node:http, no dependency), optionally serving the
// page next to a local mock. Used by `pnpm docs`, by the main job and by the browser tests.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { mockVariant } from './lib/mock-variant.mjs';
import { distDir } from './lib/paths.mjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves a built docs folder on localhost.
 *
 * @example
 * ```js
 * import { startDocsServer } from './apps/docs/scripts/serve-docs.mjs';
 * const docs = await startDocsServer({ port: 0, mockUrl: 'http://127.0.0.1:4010' });
 * console.log(`Docs: ${docs.url}`); // http://127.0.0.1:PORT/
 * await docs.close();
 * ```
 * @param {object} [options]
 * @param {string} [options.root] the folder to serve, `apps/docs/dist` by default
 * @param {string} [options.host] `127.0.0.1` by default
 * @param {number} [options.port] 0 (the default) picks a free port
 * @param {string} [options.mockUrl] when set, the page lists this mock first and offers the try panel
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startDocsServer({ root = distDir, host = '127.0.0.1', port = 0, mockUrl } = {}) {
  const base = resolve(root);
  const indexPath = join(base, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`${indexPath} does not exist: build the docs first (pnpm --filter @uploadcare-groups/docs build)`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${port}`);
  // Rendered once: the variant depends only on the built page and the mock URL.
  const mockPage = mockUrl ? mockVariant(readFileSync(indexPath, 'utf8'), mockUrl) : undefined;

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('Method not allowed\n');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request\n');
      return;
    }
    let file = resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const headers = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
    if (mockPage && file === indexPath) {
      res.writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES['.html'] });
      res.end(req.method === 'HEAD' ? undefined : mockPage);
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
