import type { GroupsClient } from '@uploadcare-groups/client';
import type { Invocation } from '../args.js';
import { formatGroupDetails } from '../group-format.js';
import type { Io } from '../io.js';
import { printJson, printResult } from '../output.js';

type InfoInvocation = Extract<Invocation, { command: 'info' }>;

/** `ucgroups info <id>`: the group and its files, removed files in their place. */
export async function runInfo(invocation: InfoInvocation, groups: GroupsClient, io: Io): Promise<void> {
  const group = await groups.get(invocation.id, { signal: io.signal });
  if (invocation.json) printJson(io, group);
  else printResult(io, formatGroupDetails(group));
}
