/**
 * Reads an answer's body as text, counting bytes as they stream in, so an answer over
 * `maxBytes` stops at that point (the rest is never read) instead of filling memory.
 */
const decoder = new TextDecoder();

/** Thrown inside the attempt; the transport turns it into an InvalidResponseError. */
export class TooLarge {}

export async function readBody(response: Response, maxBytes: number): Promise<string> {
  // A declared length over the limit needs no reading at all.
  if (Number(response.headers.get('content-length')) > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw new TooLarge();
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return decoder.decode(all);
}
