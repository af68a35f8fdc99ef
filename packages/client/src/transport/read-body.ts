/**
 * Reads an answer's body as text without ever holding more than `maxBytes` of it. The limit
 * counts the bytes of the body as the client gets it, that is decoded: `fetch` undoes a gzip,
 * deflate or brotli `Content-Encoding` on its own, so a few hundred compressed bytes can stand
 * for hundreds of megabytes. `Content-Length` counts the encoded bytes, so it only settles the
 * case of an answer sent as is (no `Content-Encoding`) that declares more than the limit: that
 * one is not read at all. Every other body is counted as it streams in, and reading stops (the
 * stream is cancelled, so the rest is neither downloaded nor decoded) once the count passes the
 * limit.
 */
import { noop } from './on-abort.js';

/** True when the body arrives as sent: no (or an `identity`) `Content-Encoding`. */
const unencoded = (headers: Headers) => /^\s*(identity\s*)?$/i.test(headers.get('content-encoding') ?? '');

/** The body as text, or `undefined` when it is over `maxBytes`. */
export async function readBody(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!(declared > maxBytes && unencoded(response.headers))) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return new Blob(chunks as BlobPart[]).text();
      size += value.byteLength;
      if (size > maxBytes) break;
      chunks.push(value);
    }
  }
  reader.cancel().catch(noop);
}
