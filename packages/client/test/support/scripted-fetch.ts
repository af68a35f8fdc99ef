/** An injected `fetch` that records every request and answers from a script, honouring `signal`. */
import type { FetchLike } from '../../src/index.js';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
  /** Date.now() when the request was made (fake time under fake timers). */
  at: number;
  /** The signal the client gave this request. */
  signal: AbortSignal | null | undefined;
}

export type Reply =
  | Response
  | Error
  | 'hang'
  | { delayMs: number; response: Response }
  | ((request: RecordedRequest) => Response | Promise<Response>);

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/vnd.uploadcare-v0.7+json', ...headers },
  });
}

function rejectOnAbort(signal: AbortSignal | null | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** Replies are used in order; the last one repeats. */
export function scriptedFetch(...replies: Reply[]): { fetch: FetchLike; calls: RecordedRequest[] } {
  const calls: RecordedRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    const recorded: RecordedRequest = {
      url,
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      body: init.body,
      at: Date.now(),
      signal: init.signal,
    };
    calls.push(recorded);
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)];
    if (reply === undefined) throw new Error('scriptedFetch: no reply scripted');
    if (reply === 'hang') return rejectOnAbort(init.signal);
    if (reply instanceof Error) throw reply;
    if (reply instanceof Response) return reply.clone();
    if (typeof reply === 'function') return reply(recorded);
    const delayed = new Promise<Response>((resolve) =>
      setTimeout(() => resolve(reply.response.clone()), reply.delayMs),
    );
    return Promise.race([delayed, rejectOnAbort(init.signal)]);
  };
  return { fetch, calls };
}

/** A synchronous signer: keeps every step of a call on microtasks, so fake timers drive it exactly. */
export const fixedSigner = () => '0'.repeat(40);
