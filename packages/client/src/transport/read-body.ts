/**
 * Reads an answer's body as text without ever holding more than `maxBytes` of it. A declared
 * `Content-Length` is trusted for what it is, the framing of the message: over the limit, the
 * body is not read at all; within it, it is read in one go (a fetch delivers no more than the
 * length declared). With no length (a chunked answer), bytes are counted as they stream in and
 * reading stops at the limit.
 */
import { noop } from './on-abort.js';

/** The body as text, or `undefined` when it is over `maxBytes`. */
export async function readBody(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared <= maxBytes) return response.text();
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  // No (readable) length: count while reading.
  if (!(declared > maxBytes)) {
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
