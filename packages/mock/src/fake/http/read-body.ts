import type { IncomingMessage } from 'node:http';

/** The API takes no request bodies; anything this big is a mistake, not a payload. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The whole body, or undefined (with the rest drained and dropped) when it is larger than `limit`. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) tooLarge = true;
    if (!tooLarge) chunks.push(chunk);
  }
  return tooLarge ? undefined : Buffer.concat(chunks);
}
