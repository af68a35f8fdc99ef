/**
 * Type-level checks of the public API, compiled by `test/unit/types.test.ts` with and without
 * `exactOptionalPropertyTypes`: each `@ts-expect-error` marks a call the run time refuses, which
 * the types must refuse too (an unused one fails the compile).
 */
import { createGroupsClient, type GroupsClientOptions, groupCdnUrl, type Signer } from '../../src/index.js';

declare const env: Record<string, string | undefined>;
declare const signer: Signer;
declare const nth: number | undefined;
declare const archive: 'zip' | 'tar' | undefined;
const id = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';

export const accepted: GroupsClientOptions[] = [
  { publicKey: 'pk', secretKey: 'sk' },
  { publicKey: 'pk', secretKey: 'sk', auth: 'simple', baseUrl: env.API_URL, maxRetries: undefined },
  { publicKey: 'pk', secretKey: 'sk', signer: undefined },
  { publicKey: 'pk', signer },
  { publicKey: 'pk', signer, auth: 'signed', secretKey: undefined, timeoutMs: undefined },
  // Neither: a client for the Upload API only (create, uploadInfo), as in a browser.
  { publicKey: 'pk' },
  { publicKey: 'pk', uploadBaseUrl: env.UPLOAD_URL, auth: 'signed' },
];

export const refused = [
  // @ts-expect-error: simple auth with no secret key to send
  createGroupsClient({ publicKey: 'pk', auth: 'simple' }),
  // @ts-expect-error: both secretKey and signer
  createGroupsClient({ publicKey: 'pk', secretKey: 'sk', signer }),
  // @ts-expect-error: a signer with simple auth (the secret would travel in clear)
  createGroupsClient({ publicKey: 'pk', signer, auth: 'simple' }),
  // @ts-expect-error: an unknown auth
  createGroupsClient({ publicKey: 'pk', secretKey: 'sk', auth: 'basic' }),
];

export const urls = [
  groupCdnUrl(id),
  groupCdnUrl(id, undefined),
  groupCdnUrl(id, { nth }),
  groupCdnUrl(id, { archive }),
  groupCdnUrl(id, { nth: 0, cdnBase: env.CDN }),
  // @ts-expect-error: not an archive format
  groupCdnUrl(id, { archive: 'rar' }),
];

export async function calls(): Promise<void> {
  const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk' });
  for await (const _ of groups.listAll({ prefetch: undefined, maxItems: undefined, limit: undefined })) void _;
  // @ts-expect-error: prefetch is a boolean (the run time refuses 'no')
  groups.listAll({ prefetch: 'no' });
  // @ts-expect-error: limit null is refused (leave it out for the default)
  groups.pages({ limit: null });
}
