/**
 * Reads an answer's body as text without ever holding more than `maxBytes` of it. The limit
 * counts the bytes of the body as the client gets it, that is decoded: `fetch` undoes a gzip,
 * deflate or brotli `Content-Encoding` on its own, so a few hundred compressed bytes can stand
 * for hundreds of megabytes. `Content-Length` counts the encoded bytes, so it settles only an
 * answer sent as is (no `Content-Encoding`): declaring more than the limit, it is not read at
 * all; declaring at most the limit, it is read in one go (fetch delivers no more bytes than an
 * unencoded answer declares), the fast path of every ordinary answer. Every other body is
 * counted as it streams in, and reading stops (the stream is cancelled, so the rest is neither
 * downloaded nor decoded) once the count passes the limit.
 */
import { noop } from './on-abort.js';

/** True when the body arrives as sent: no (or an `identity`) `Content-Encoding`. */
const unencoded = (headers: Headers) => /^\s*(identity\s*)?$/i.test(headers.get('content-encoding') ?? '');

const utf8 = new TextDecoder();

/** The body as text, or `undefined` when it is over `maxBytes`. */
export async function readBody(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const asSent = unencoded(response.headers);
  if (asSent && declared <= maxBytes) return response.text();
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!(declared > maxBytes && asSent)) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return decode(chunks, size);
      size += value.byteLength;
      if (size > maxBytes) break;
      chunks.push(value);
    }
  }
  reader.cancel().catch(noop);
}

/** The chunks as one UTF-8 text (as `Response.text()` decodes: a BOM dropped, bad bytes replaced). */
function decode(chunks: Uint8Array[], size: number): string {
  if (chunks.length === 1) return utf8.decode(chunks[0]);
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return utf8.decode(all);
}
