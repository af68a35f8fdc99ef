import { createGroupsClient, type GroupsClient } from '@uploadcare-groups/client';
import { CONTROL_TOKEN_ENV, DEMO_KEYS, startMock } from '@uploadcare-groups/mock';
import type { Io } from './io.js';
import { printNotice } from './output.js';
import { UsageError } from './usage-error.js';

export interface Connection {
  groups: GroupsClient;
  /** Stops what was started for this run (the bundled mock); safe to call twice. */
  close(): Promise<void>;
  /**
   * Why the bundled mock stopped serving on its own (a part of it died, e.g. its Prism killed),
   * once it says so within `withinMs`; `undefined` if it did not, or with no bundled mock.
   */
  mockDeath(withinMs: number): Promise<string | undefined>;
}

const userAgent = 'ucgroups (@uploadcare-groups/example)';

/**
 * Decides where requests go: `--base-url` or UPLOADCARE_API_URL with the keys from the
 * environment, the real API with those keys, or, with neither keys nor an API root, the
 * bundled mock started for this run, so the command works out of the box. That mock is the
 * stateful one, signing checked with its demo keys; each run starts it afresh from its seeded
 * groups, so what one run deletes or stores is back as it was in the next.
 */
export async function openConnection(
  io: Io,
  baseUrlOption: string | undefined,
  uploadUrlOption?: string,
  /** The command calls the Upload API only (create): the public key is enough. */
  publicKeyOnly = false,
): Promise<Connection> {
  const publicKey = io.env.UPLOADCARE_PUBLIC_KEY || undefined;
  const secretKey = io.env.UPLOADCARE_SECRET_KEY || undefined;
  const baseUrl = baseUrlOption ?? (io.env.UPLOADCARE_API_URL || undefined);
  const uploadBaseUrl = uploadUrlOption ?? (io.env.UPLOADCARE_UPLOAD_URL || undefined) ?? localRoot(baseUrl);

  if (publicKey === undefined && secretKey === undefined && baseUrl === undefined) {
    // A control token given in the environment drives this mock too (a test slowing it down).
    const controlToken = io.env[CONTROL_TOKEN_ENV] || undefined;
    const mock = await startMock(controlToken === undefined ? {} : { controlToken });
    printNotice(
      io,
      `no UPLOADCARE_PUBLIC_KEY, UPLOADCARE_SECRET_KEY or API URL: using the bundled mock at ${mock.url} (demo data)`,
    );
    return {
      // The mock serves the REST API and the Upload API on its one port.
      groups: createGroupsClient({ ...DEMO_KEYS, baseUrl: mock.url, uploadBaseUrl: mock.url, userAgent }),
      // The mock's own stop() waits for Prism's exit and is safe to call twice.
      close: () => mock.stop(),
      mockDeath: async (withinMs) => {
        const late = new Promise<undefined>((resolve) => {
          const timer = setTimeout(resolve, withinMs);
          void mock.exited.then(() => clearTimeout(timer));
        });
        const exit = await Promise.race([mock.exited, late]);
        if (exit === undefined || exit.expected) return undefined;
        return `the bundled mock stopped: ${exit.what} ended unexpectedly (${exit.signal ?? `exit code ${exit.code}`})`;
      },
    };
  }
  if (publicKeyOnly && publicKey !== undefined && secretKey === undefined) {
    return {
      groups: createGroupsClient({ publicKey, userAgent, baseUrl, uploadBaseUrl }),
      close: async () => {},
      mockDeath: async () => undefined,
    };
  }
  if (publicKey === undefined || secretKey === undefined) {
    const missing = publicKey === undefined ? 'UPLOADCARE_PUBLIC_KEY' : 'UPLOADCARE_SECRET_KEY';
    throw new UsageError(`${missing} is not set (both keys are needed to call the API)`);
  }
  return {
    groups: createGroupsClient({ publicKey, secretKey, userAgent, baseUrl, uploadBaseUrl }),
    close: async () => {},
    mockDeath: async () => undefined,
  };
}

/**
 * The API root when it is a local address (a mock, which serves the Upload API on the same
 * port), else undefined: a remote API root says nothing about where the Upload API is.
 */
function localRoot(baseUrl: string | undefined): string | undefined {
  if (baseUrl === undefined) return undefined;
  const { hostname } = new URL(baseUrl);
  return /^(localhost|\[::1\]|127(\.\d{1,3}){3})$/.test(hostname) ? baseUrl : undefined;
}
