import { createGroupsClient, type GroupsClient } from '@uploadcare-groups/client';
import { startMock } from '@uploadcare-groups/mock';
import type { Io } from './io.js';
import { printNotice } from './output.js';
import { UsageError } from './usage-error.js';

export interface Connection {
  groups: GroupsClient;
  /**
   * How many pages `list --all` may walk, when that must be bounded. The bundled mock (Prism
   * serving the spec's examples) has one example page whose `next` link leads to the same
   * groups again; once `startMock()` serves the stateful fake, drop this and
   * `bundledMockPageCap` below, and every page is walked.
   */
  pageCap?: number;
  /** Stops what was started for this run (the bundled mock); safe to call twice. */
  close(): Promise<void>;
}

/**
 * Placeholder keys for the bundled mock: it checks that requests are signed, not by
 * whom. They are not a real project's keys.
 */
export const demoKeys = { publicKey: 'demopublickey', secretKey: 'demosecretkey' } as const;

const userAgent = 'ucgroups (@uploadcare-groups/example)';

/** The one example page of the static mock; see {@link Connection.pageCap}. */
const bundledMockPageCap = 1;

/**
 * Decides where requests go: `--base-url` or UPLOADCARE_API_URL with the keys from the
 * environment, the real API with those keys, or, with neither keys nor an API root, the
 * bundled mock started for this run, so the command works out of the box.
 */
export async function openConnection(io: Io, baseUrlOption: string | undefined): Promise<Connection> {
  const publicKey = io.env.UPLOADCARE_PUBLIC_KEY || undefined;
  const secretKey = io.env.UPLOADCARE_SECRET_KEY || undefined;
  const baseUrl = baseUrlOption ?? (io.env.UPLOADCARE_API_URL || undefined);

  if (publicKey === undefined && secretKey === undefined && baseUrl === undefined) {
    const mock = await startMock({});
    printNotice(
      io,
      `no UPLOADCARE_PUBLIC_KEY, UPLOADCARE_SECRET_KEY or API URL: using the bundled mock at ${mock.url} (demo data)`,
    );
    let stopped: Promise<void> | undefined;
    return {
      groups: createGroupsClient({ ...demoKeys, baseUrl: mock.url, userAgent }),
      pageCap: bundledMockPageCap,
      close: () => {
        stopped ??= mock.stop();
        return stopped;
      },
    };
  }
  if (publicKey === undefined || secretKey === undefined) {
    const missing = publicKey === undefined ? 'UPLOADCARE_PUBLIC_KEY' : 'UPLOADCARE_SECRET_KEY';
    throw new UsageError(`${missing} is not set (both keys are needed to call the API)`);
  }
  return {
    groups: createGroupsClient({ publicKey, secretKey, userAgent, ...(baseUrl === undefined ? {} : { baseUrl }) }),
    close: async () => {},
  };
}
