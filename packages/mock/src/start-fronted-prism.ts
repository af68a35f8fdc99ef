// Prism alone behind the front (the example server, the proxy): Prism listens on a loopback port
// of its own, and the front on the address the user asked for refuses what would make Prism
// throw or wait forever before forwarding the rest (see front/front-server.ts).
import { type RunningFront, startFront } from './front/front-server.js';
import { serverPart, superviseParts } from './mock-exit.js';
import { MockStartError } from './mock-start-error.js';
import type { RunningMock } from './options.js';
import { newGuardToken } from './prism-guard.js';
import { type LaunchOptions, launchPrism, prismPart } from './prism-process.js';

/** Where Prism listens when a front stands before it: loopback, any free port. */
export const PRISM_BEHIND_FRONT = { host: '127.0.0.1', port: 0 } as const;

export async function startFrontedPrism(
  prismArgs: string[],
  options: { host: string; port: number; startTimeoutMs: number; requestTimeoutMs: number },
  onOutput?: LaunchOptions['onOutput'],
): Promise<RunningMock> {
  const guardToken = newGuardToken();
  const prismStarting = launchPrism(prismArgs, {
    ...PRISM_BEHIND_FRONT,
    startTimeoutMs: options.startTimeoutMs,
    guardToken,
    onOutput,
  });
  let front: RunningFront | undefined;
  try {
    front = await startFront({ ...options, prismGuardToken: guardToken }).catch((error: NodeJS.ErrnoException) => {
      throw new MockStartError(listenFailure(error, options.host, options.port), '');
    });
    const prism = await prismStarting;
    front.setUpstream(prism.url);
    const started = front;
    const { exited, stop } = superviseParts(
      [prismPart(prism), serverPart(`the front server (${started.url})`, started.closed)],
      async () => {
        await started.stop();
        await prism.stop();
      },
    );
    return { url: started.url, port: started.port, exited, stop };
  } catch (error) {
    await front?.stop();
    await (await prismStarting.catch(() => undefined))?.stop();
    throw error;
  }
}

/** Why the front could not listen, in the user's terms. */
export function listenFailure(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === 'EADDRINUSE') {
    return `Port ${port} on ${host} is already in use; choose another port or 0 for any free one.`;
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') {
    return `Cannot listen on host ${host}: it is not an address of this machine.`;
  }
  return `The mock could not listen on ${host}:${port}: ${error.message}`;
}

/** Prism's arguments for where it listens behind the front, and what it leaves to the front. */
export function prismBehindFrontArgs(logLevel: string): string[] {
  return [
    '--port',
    String(PRISM_BEHIND_FRONT.port),
    '--host',
    PRISM_BEHIND_FRONT.host,
    // The front answers CORS (Prism would add its own headers to every answer).
    '--cors=false',
    // Prism forks a worker when NODE_ENV=production; one process is what stop() can wait for.
    '--multiprocess=false',
    '-v',
    logLevel,
  ];
}
