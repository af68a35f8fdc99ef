// Runs Prism's command line in this (child) process, after arranging for two module families it
// never needs in this package's use to load only if used: @faker-js/faker (with all its
// locales, about 2,000 of the 3,000 modules Prism loads, needed only to generate dynamic bodies)
// and Postman collection support (only for Postman documents). That halves Prism's start-up on
// Node 20; everything else, and Prism itself, is unchanged. On Node 22+ the compile cache also
// speeds up later starts.
//
// It also guards Prism's server (prism-guard.ts: only the mock's front may use it), and reports
// the port Prism listens on, in one line on stdout (READY_LINE), whatever
// Prism's log level: below `info` Prism no longer prints its own "listening" line, and quiet is
// how it runs here (logging every request costs it a quarter of its time). With `--port 0` the
// OS picks the port as Prism binds it, so no port is chosen ahead and none can be taken meanwhile.
//
// Usage: node prism-launcher.js <prism-cli entry> <prism arguments…>

import type { Server as HttpServer } from 'node:http';
import Module, { createRequire } from 'node:module';
import { Server } from 'node:net';
import { watchOwner } from './parent-watch.js';
import { GUARD_ENV, guardPrismServer } from './prism-guard.js';
import { READY_LINE } from './prism-ready.js';

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Load; enableCompileCache?: () => unknown };

/**
 * A stand-in that loads the real value on first use (any property read, `in`, key listing). The
 * real module is required from the same parent, so it resolves exactly as it would have.
 */
function deferred(load: () => object): object {
  let real: object | undefined;
  const get = () => {
    real ??= load();
    return real;
  };
  return new Proxy(
    {},
    {
      get: (_, key) => Reflect.get(get(), key),
      has: (_, key) => Reflect.has(get(), key),
      ownKeys: () => Reflect.ownKeys(get()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(get(), key);
        if (descriptor) descriptor.configurable = true;
        return descriptor;
      },
    },
  );
}

/**
 * Module requests deferred, and how. json-schema-faker reads `faker.default` when Prism loads
 * (it registers faker for later use), so for faker each export is deferred too.
 */
const DEFERRED: Record<string, 'module' | 'exports'> = {
  '@faker-js/faker': 'exports',
  '@stoplight/http-spec/postman/operation': 'module',
};

const [prismEntry, ...prismArgs] = process.argv.slice(2);
if (prismEntry === undefined) {
  process.stderr.write('prism-launcher: usage: prism-launcher.js <prism-cli entry> <arguments…>\n');
  process.exit(2);
}

// Prism goes when the process that started it goes, however that one died (see parent-watch.ts).
// Nothing is said: whoever read Prism's output went with it.
watchOwner(() => process.exit(1));

moduleInternals.enableCompileCache?.();
const load = moduleInternals._load;
moduleInternals._load = function deferringLoad(request, parent, isMain) {
  const how = DEFERRED[request];
  if (how === undefined) return load.call(this, request, parent, isMain);
  const real = () => load.call(this, request, parent, isMain) as object;
  if (how === 'module') return deferred(real);
  const exports = deferred(real) as Record<string | symbol, unknown>;
  return new Proxy({}, { get: (_, key) => deferred(() => exports[key] as object) });
};

// The guard token (prism-guard.ts) is for this process only: Prism's proxy must not see it.
const guardToken = process.env[GUARD_ENV];
delete process.env[GUARD_ENV];

// The first server that listens is Prism's (it starts one, and nothing else here listens).
const listen = Server.prototype.listen;
let reported = false;
Server.prototype.listen = function reportingListen(this: Server, ...args: unknown[]) {
  if (!reported) {
    reported = true;
    if (guardToken) guardPrismServer(this as HttpServer, guardToken);
    this.once('listening', () => {
      const address = this.address();
      if (address !== null && typeof address === 'object') process.stdout.write(`${READY_LINE}${address.port}\n`);
    });
  }
  return (listen as (...a: unknown[]) => Server).apply(this, args);
} as typeof Server.prototype.listen;

// Prism's command line (yargs) reads its arguments from process.argv after the script.
process.argv = [process.argv[0] as string, prismEntry, ...prismArgs];
createRequire(import.meta.url)(prismEntry);
