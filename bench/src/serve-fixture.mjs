// Runs the fault server (with no faults) in its own process, so the benchmarks measure the
// client and not the server sharing its event loop. Prints the URL, then serves until killed.
import { startFaultServer } from './fault-server.mjs';

const groups = Number(process.argv[2] ?? 0);
const server = await startFaultServer({ groups, sharedTimestamps: 5, record: false });
console.log(server.url);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
