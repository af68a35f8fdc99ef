import type { GroupsClient } from '@uploadcare-groups/client';
import type { Invocation } from '../args.js';
import { formatStored } from '../group-format.js';
import type { Io } from '../io.js';
import { printJson, printLine } from '../output.js';

type StoreInvocation = Extract<Invocation, { command: 'store' }>;

/** `ucgroups store <id>`: marks every file of the group stored (a v0.6 call, deprecated). */
export async function runStore(invocation: StoreInvocation, groups: GroupsClient, io: Io): Promise<void> {
  const group = await groups.store(invocation.id, { signal: io.signal });
  if (invocation.json) {
    printJson(io, group);
    return;
  }
  const present = (group.files ?? []).filter((file) => file !== null).length;
  // One line, whatever the answer's id or date holds: a line break in them is shown as an escape.
  printLine(
    io,
    `Stored group ${group.id}: ${present} of ${group.files_count} files present, stored ${formatStored(group.datetime_stored)} UTC.`,
  );
}
