// Fault servers for one test file: `serve()` starts one over a real socket, and every server a
// test started is closed after it.
import { afterEach } from 'vitest';
import { startFaultServer } from '../../src/fault-server.mjs';

export type FaultServer = Awaited<ReturnType<typeof startFaultServer>>;

/** Call once at the top of a test file. */
export function useFaultServers(): (options: Parameters<typeof startFaultServer>[0]) => Promise<FaultServer> {
  const servers: FaultServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (options) => {
    const server = await startFaultServer(options);
    servers.push(server);
    return server;
  };
}
