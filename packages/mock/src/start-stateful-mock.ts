// The stateful mock: the groups service (fake/), Prism's validating proxy in front of it, and
// the front server in front of both, whose URL users get. The service and the front start in
// a few milliseconds; Prism's start-up is the wait, so it is spawned as soon as the service has
// a port, and nothing is handed out before all three listen.

import { randomBytes } from 'node:crypto';
import { bundledSpecPath } from './bundled-spec.js';
import type { ControlTarget } from './control/routes.js';
import type { MockStats } from './control/types.js';
import { type FaultChanges, newReceivedToken, type RunningFake, startFake } from './fake/index.js';
import { normaliseOrigin } from './front/control-guard.js';
import { type FrontOptions, type RunningFront, startFront } from './front/front-server.js';
import { ViolationRecorder } from './front/violations.js';
import { serverPart, superviseParts } from './mock-exit.js';
import { MockStartError } from './mock-start-error.js';
import { type RunningStatefulMock, resolveCommonOptions, type StatefulMockOptions } from './options.js';
import { newGuardToken } from './prism-guard.js';
import { type LaunchOptions, launchPrism, type PrismProcess, prismPart } from './prism-process.js';
import { listenFailure, PRISM_BEHIND_FRONT, prismBehindFrontArgs } from './start-fronted-prism.js';

function resolveFaults(options: StatefulMockOptions): FaultChanges {
  const changes: FaultChanges = {};
  if (options.throttle !== undefined) changes.throttle = options.throttle;
  if (options.fail !== undefined) changes.fail = options.fail;
  if (options.latencyMs !== undefined) changes.latencyMs = options.latencyMs;
  return changes;
}

function resolvePolicy(policy: unknown = 'fail'): 'fail' | 'report' {
  if (policy !== 'fail' && policy !== 'report') {
    throw new TypeError(`Invalid responseViolations ${JSON.stringify(policy)}: expected 'fail' or 'report'.`);
  }
  return policy;
}

export async function startStatefulMock(
  options: StatefulMockOptions,
  onOutput?: LaunchOptions['onOutput'],
): Promise<RunningStatefulMock> {
  const common = await resolveCommonOptions(options, bundledSpecPath);
  const policy = resolvePolicy(options.responseViolations);
  if (options.allowSimpleAuthOverHttp !== undefined && typeof options.allowSimpleAuthOverHttp !== 'boolean') {
    throw new TypeError(
      `Invalid allowSimpleAuthOverHttp ${JSON.stringify(options.allowSimpleAuthOverHttp)}: expected true or false.`,
    );
  }
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw new TypeError('Invalid now option: expected a function returning the current Date.');
  }
  const controlToken = resolveControlToken(options.controlToken);
  const controlOrigins = resolveControlOrigins(options.controlOrigins);
  const token = newReceivedToken();
  // Checks the data, keys and faults (TypeErrors naming the field) before anything else starts.
  const fake = await startFake({
    seed: options.seed,
    groups: options.groups,
    keys: options.keys,
    allowSimpleAuthOverHttp: options.allowSimpleAuthOverHttp,
    clock: options.now,
    faults: resolveFaults(options),
    receivedToken: token,
  });
  const violations = new ViolationRecorder();
  const control: ControlTarget = {
    reset: async () => {
      await fake.reset();
      violations.clear();
    },
    groups: () => fake.groups(),
    setGroups: (groups) => fake.setGroups(groups),
    addFiles: (files) => fake.addFiles(files),
    configure: async (changes) => fake.configure(changes),
    config: async () => fake.faults(),
    stats: async (): Promise<MockStats> => ({ requests: fake.requests(), violations: violations.snapshot() }),
  };
  const { front, prism } = await startInFront(fake, {
    ...common,
    onOutput,
    front: {
      host: common.host,
      port: common.port,
      requestTimeoutMs: common.requestTimeoutMs,
      prismGuardToken: newGuardToken(),
      stateful: { control, violations, policy, receivedToken: token, controlToken, controlOrigins },
    },
  });
  // Any of the three ending on its own ends the mock: the others are stopped with it.
  const { exited, stop } = superviseParts(
    [
      prismPart(prism),
      serverPart(`the front server (${front.url})`, front.closed),
      serverPart(`the groups service (${fake.url})`, fake.closed),
    ],
    () => stopAll(fake, front, prism),
  );
  return {
    url: front.url,
    port: front.port,
    serviceUrl: fake.url,
    controlToken,
    allowControlOrigin: (origin) => front.allowControlOrigin(origin),
    ...control,
    exited,
    stop,
  };
}

/** Prism's proxy to the service and the front server; on any failure, stops whatever started. */
async function startInFront(
  fake: RunningFake,
  options: {
    specPath: string;
    startTimeoutMs: number;
    logLevel: string;
    onOutput?: LaunchOptions['onOutput'];
    front: FrontOptions;
  },
): Promise<{ front: RunningFront; prism: PrismProcess }> {
  let front: RunningFront | undefined;
  let prismStarting: Promise<PrismProcess> | undefined;
  try {
    prismStarting = launchPrism(
      [
        'proxy',
        options.specPath,
        fake.url,
        ...prismBehindFrontArgs(options.logLevel),
        // The service's own documented errors must reach the caller, not Prism's bodies.
        '--errors=false',
      ],
      {
        ...PRISM_BEHIND_FRONT,
        startTimeoutMs: options.startTimeoutMs,
        guardToken: options.front.prismGuardToken,
        onOutput: options.onOutput,
      },
    );
    const { host, port } = options.front;
    front = await startFront(options.front).catch((error: NodeJS.ErrnoException) => {
      throw new MockStartError(listenFailure(error, host, port), '');
    });
    const [prism] = await Promise.all([prismStarting, fake.ready]);
    front.setUpstream(prism.url);
    fake.setOrigin(front.url);
    return { front, prism };
  } catch (error) {
    // A Prism still starting is waited for, then stopped with the rest.
    await stopAll(fake, front, await prismStarting?.catch(() => undefined));
    throw error;
  }
}

async function stopAll(fake: RunningFake, front?: RunningFront, prism?: PrismProcess): Promise<void> {
  await front?.stop();
  await Promise.all([prism?.stop(), fake.stop()]);
}

/** The control token asked for, or a new random one. */
function resolveControlToken(token: unknown): string {
  if (token === undefined) return randomBytes(24).toString('base64url');
  if (typeof token !== 'string' || !/^[\x21-\x7e]{16,256}$/.test(token)) {
    throw new TypeError(
      'Invalid controlToken: expected 16 to 256 printable ASCII characters without spaces (or leave it out for a random one).',
    );
  }
  return token;
}

/** The allowed control origins, each checked (the front normalises them). */
function resolveControlOrigins(origins: unknown): string[] {
  if (origins === undefined) return [];
  if (!Array.isArray(origins)) {
    throw new TypeError('Invalid controlOrigins: expected an array of origins such as http://localhost:5173.');
  }
  return origins.map((origin) => normaliseOrigin(origin, 'controlOrigins entry'));
}
