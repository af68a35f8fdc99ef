import { groupCdnUrl, parseGroupId } from '@uploadcare-groups/client';
import type { Invocation } from '../args.js';
import type { Io } from '../io.js';
import { printResult } from '../output.js';
import { UsageError } from '../usage-error.js';

type UrlInvocation = Extract<Invocation, { command: 'url' }>;

/** `ucgroups url <id>`: a CDN address, computed from the id alone (no API call). */
export function runUrl(invocation: UrlInvocation, io: Io): void {
  const { filesCount } = parseGroupId(invocation.id);
  if (invocation.nth !== undefined && invocation.nth >= filesCount) {
    throw new UsageError(
      `invalid --nth '${invocation.nth}' (the group has ${filesCount} file${filesCount === 1 ? '' : 's'}: 0 to ${filesCount - 1})`,
      'url',
    );
  }
  const options = {
    ...(invocation.nth === undefined ? {} : { nth: invocation.nth }),
    ...(invocation.archive === undefined ? {} : { archive: invocation.archive }),
  };
  printResult(io, groupCdnUrl(invocation.id, options));
}
