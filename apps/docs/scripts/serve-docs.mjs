// A tiny static server for the built docs (node:http, no dependency), optionally serving the
// page next to a local mock. Used by `pnpm docs`, by the main job and by the browser tests.
import { constants, existsSync, readFileSync, realpathSync } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { mockVariant } from './lib/mock-variant.mjs';
import { distDir } from './lib/paths.mjs';

/** Errors that mean the file asked for is not there (or is not a file we serve). */
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'EISDIR', 'ENAMETOOLONG']);

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
 * The folder the site is served under, as a project site is (`/uploadcare-groups/`): starts and
 * ends with `/`, plain path segments only.
 * @param {string} basePath e.g. `/uploadcare-groups/`, `uploadcare-groups` or `/`
 */
export function normalizeBasePath(basePath) {
  const trimmed = String(basePath).replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  const segments = trimmed.split('/');
  if (!segments.every((segment) => /^[A-Za-z0-9._~-]+$/.test(segment) && segment !== '.' && segment !== '..')) {
    throw new Error(`--base-path must be a path like /uploadcare-groups/ (letters, digits, . _ ~ -), got ${basePath}`);
  }
  return `/${segments.join('/')}/`;
}

/**
 * The mock's demo keys, which the try panel signs with: taken from the mock package, loaded only
 * when the docs are served next to a mock.
 */
async function demoKeys() {
  try {
    return (await import('@uploadcare-groups/mock')).DEMO_KEYS;
  } catch (error) {
    throw new Error(
      `the try panel signs with the mock's DEMO_KEYS, but @uploadcare-groups/mock does not load (build it first: pnpm exec turbo run build --filter=@uploadcare-groups/docs...): ${error instanceof Error ? error.message : error}`,
    );
  }
}

/**
 * Serves a built docs folder on localhost.
 *
 * @example
 * ```js
 * import { startDocsServer } from './apps/docs/scripts/serve-docs.mjs';
 * const docs = await startDocsServer({ port: 0, mockUrl: 'http://127.0.0.1:4010' });
 * console.log(`Docs: ${docs.url}`); // http://127.0.0.1:PORT/
 * const hosted = await startDocsServer({ basePath: '/uploadcare-groups/' }); // as on GitHub Pages
 * console.log(hosted.url); // http://127.0.0.1:PORT/uploadcare-groups/
 * await Promise.all([docs.close(), hosted.close()]);
 * ```
 * @param {object} [options]
 * @param {string} [options.root] the folder to serve, `apps/docs/dist` by default
 * @param {string} [options.host] `127.0.0.1` by default
 * @param {number} [options.port] 0 (the default) picks a free port
 * @param {string} [options.mockUrl] when set, the page lists this mock first and offers the try panel, which
 *   signs with the mock's demo keys (`DEMO_KEYS` of `@uploadcare-groups/mock`): a mock started with other keys refuses it
 * @param {string} [options.basePath] the folder to serve the site under, `/` by default; a project site on
 *   GitHub Pages lives under `/<repository>/`. Everything outside it answers 404, and the folder's
 *   address without its last slash redirects to it (as GitHub Pages does).
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startDocsServer({ root = distDir, host = '127.0.0.1', port = 0, mockUrl, basePath = '/' } = {}) {
  const prefix = normalizeBasePath(basePath);
  const base = resolve(root);
  const indexPath = join(base, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`${indexPath} does not exist: build the docs first (pnpm --filter @uploadcare-groups/docs build)`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${port}`);
  // Rendered once: the variant depends only on the built page and the mock URL.
  const mockPage = mockUrl ? mockVariant(readFileSync(indexPath, 'utf8'), mockUrl, await demoKeys()) : undefined;
  // Real places, links resolved: what a requested file's own real place must lie inside.
  const realBase = realpathSync(base);
  const realIndexPath = realpathSync(indexPath);

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
    if (prefix !== '/' && pathname === prefix.slice(0, -1)) {
      const query = new URL(req.url ?? '/', 'http://localhost').search;
      res.writeHead(301, { Location: `${prefix}${query}`, 'Content-Type': 'text/plain' }).end('Moved\n');
      return;
    }
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
      return;
    }
    const file = resolve(base, `./${pathname.slice(prefix.length)}`);
    if ((file !== base && !file.startsWith(base + sep)) || file.includes('\0')) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
      return;
    }
    serveFile(file, req, res).catch((error) => {
      // Whatever the disk does mid-request (a rebuild removing or replacing files), this request
      // ends and the server keeps serving: 404 for a file that is not there (any more), 500 for
      // the rest, or a cut answer when the headers are already out.
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const status = MISSING.has(error?.code) ? 404 : 500;
      res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status === 404 ? 'Not found\n' : 'Server error\n');
    });
  });

  /**
   * Answers with the file at `file` (or its folder's index.html). The file is opened once and
   * everything said about it (its type, its length, its bytes) comes from that open file, so a
   * file replaced meanwhile is answered whole, old or new. Symbolic links are followed only to a
   * place inside the served folder: one leading out of it is refused as not found.
   */
  async function serveFile(file, req, res) {
    let opened = await openInside(file);
    try {
      let stats = await opened.handle.stat();
      if (stats.isDirectory()) {
        const folder = opened;
        opened = undefined;
        await folder.handle.close();
        opened = await openInside(join(file, 'index.html'));
        stats = await opened.handle.stat();
      }
      if (!stats.isFile()) throw Object.assign(new Error(`${file} is not a file`), { code: 'ENOENT' });
      const headers = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
      if (mockPage && opened.path === realIndexPath) {
        res.writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES['.html'] });
        res.end(req.method === 'HEAD' ? undefined : mockPage);
        return;
      }
      res.writeHead(200, {
        ...headers,
        'Content-Type': CONTENT_TYPES[extname(opened.path)] ?? 'application/octet-stream',
        'Content-Length': stats.size,
      });
      if (req.method === 'HEAD' || stats.size === 0) {
        res.end();
        return;
      }
      // Exactly the length announced, even if the file grows meanwhile; the stream closes the file.
      const body = opened.handle.createReadStream({ start: 0, end: stats.size - 1 });
      opened = undefined;
      await pipeline(body, res);
    } finally {
      await opened?.handle.close();
    }
  }

  /** Opens `file` for reading if its real place is inside the served folder; else throws as not found. */
  async function openInside(file) {
    const path = await realpath(file);
    if (path !== realBase && !path.startsWith(realBase + sep)) {
      throw Object.assign(new Error(`${file} leads out of the served folder`), { code: 'ENOENT' });
    }
    // No link is followed at the last step: one put there since realpath() fails as ELOOP. Not
    // blocking: a named pipe would hold the open (and a thread of the pool) until a writer came;
    // it opens at once instead, and is then no file to serve.
    const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
    return { path, handle: await open(path, flags) };
  }

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
    url: `http://${host}:${actualPort}${prefix}`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
