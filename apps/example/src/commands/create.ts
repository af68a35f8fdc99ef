import type { GroupsClient } from '@uploadcare-groups/client';
import type { Invocation } from '../args.js';
import type { Io } from '../io.js';
import { printJson, printResult } from '../output.js';

type CreateInvocation = Extract<Invocation, { command: 'create' }>;

/** `ucgroups create <file-uuid>...`: a new group of these files; prints its id (or the group as JSON). */
export async function runCreate(invocation: CreateInvocation, groups: GroupsClient, io: Io): Promise<void> {
  const group = await groups.create(invocation.files, { signal: io.signal });
  if (invocation.json) printJson(io, group);
  // printResult neutralises what the service sent before it reaches a terminal.
  else printResult(io, group.id);
}
