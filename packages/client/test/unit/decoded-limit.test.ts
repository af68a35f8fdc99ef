/**
 * `maxResponseBytes` counts the body as decoded: a small gzip or brotli answer that inflates to
 * hundreds of megabytes is stopped at the limit (fetch decodes it on its own), whether or not
 * it declares its encoded `Content-Length`. Served by a real loopback HTTP server, so Node's
 * own fetch does the decoding.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroupsClient, InvalidResponseError } from '../../src/index.js';
import { GROUP_ID } from '../support/fixtures.js';

const DECODED = 200 * 1024 * 1024; // what each bomb inflates to
const LIMIT = 1024 * 1024;
// Spaces: compress about a thousand to one with gzip, a million to one with brotli.
const plain = Buffer.alloc(DECODED, 32);
const bombs = {
  gzip: gzipSync(plain, { level: 9 }),
  br: brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
};

let server: Server;
let base: string;
/** Bytes of the encoded body the server got to write before the client hung up, per request. */
const written: number[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const encoding = url.searchParams.get('encoding') as keyof typeof bombs;
    const body = bombs[encoding];
    const headers: Record<string, string> = { 'content-type': 'application/json', 'content-encoding': encoding };
    if (url.searchParams.get('length') === 'yes') headers['content-length'] = String(body.length);
    response.writeHead(200, headers);
    // Written in 16 KiB slices so that a client which stops reading leaves most of it unsent.
    let offset = 0;
    const next = () => {
      while (offset < body.length) {
        const slice = body.subarray(offset, offset + 16384);
        offset += slice.length;
        written.push(slice.length);
        if (!response.write(slice)) return void response.once('drain', next);
      }
      response.end();
    };
    response.on('close', () => response.destroy());
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('maxResponseBytes counts decoded bytes', () => {
  it('the bombs are small on the wire', () => {
    expect(bombs.gzip.length).toBeLessThan(LIMIT);
    expect(bombs.br.length).toBeLessThan(LIMIT);
  });

  it.each([
    ['gzip', 'yes'],
    ['gzip', 'no'],
    ['br', 'yes'],
    ['br', 'no'],
  ])('a %s bomb (Content-Length: %s) stops at the limit', async (encoding, length) => {
    const fetchInto: typeof fetch = (input, init) => {
      // The client's URL, redirected to this server's query (encoding, length).
      const path = new URL(String(input)).pathname;
      return fetch(`${base}${path}?encoding=${encoding}&length=${length}`, init);
    };
    const groups = createGroupsClient({
      publicKey: 'pk',
      secretKey: 'sk',
      fetch: fetchInto,
      maxRetries: 0,
      maxResponseBytes: LIMIT,
    });
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const error = await groups.get(GROUP_ID).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    const grown = process.memoryUsage().rss - rssBefore;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain(`a body over ${LIMIT} bytes (maxResponseBytes)`);
    // Reading the whole bomb takes 200 MB and seconds; stopping at 1 MiB decoded takes little of
    // either (bounds loose enough for a busy machine, far below the whole read).
    expect(grown).toBeLessThan(64 * 1024 * 1024);
    expect(elapsed).toBeLessThan(3000);
  });
});
