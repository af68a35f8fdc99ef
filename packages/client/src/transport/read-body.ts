/**
 * Reads an answer's body as text, counting bytes as they stream in, so an answer over
 * `maxBytes` stops at that point (the rest is never read) instead of filling memory.
 */
const decoder = new TextDecoder();

/** Thrown inside the attempt; the transport turns it into an InvalidResponseError. */
export class TooLarge {}

export async function readBody(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  // A declared length over the limit needs no reading at all.
  if (!(Number(response.headers.get('content-length')) > maxBytes)) {
    for (;;) {
      const { done, value } = await reader.read();
      // One chunk (the usual small answer) is decoded as it is; more are joined by a Blob.
      if (done) return chunks.length === 1 ? decoder.decode(chunks[0]) : new Blob(chunks as BlobPart[]).text();
      if ((size += value.byteLength) > maxBytes) break;
      chunks.push(value);
    }
  }
  void reader.cancel().catch(() => {});
  throw new TooLarge();
}
