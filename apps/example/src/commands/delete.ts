import type { GroupsClient } from '@uploadcare-groups/client';
import type { Invocation } from '../args.js';
import { confirm } from '../confirm.js';
import { exitCodes } from '../errors.js';
import type { Io } from '../io.js';
import { printLine, printNotice } from '../output.js';
import { UsageError } from '../usage-error.js';

type DeleteInvocation = Extract<Invocation, { command: 'delete' }>;

/**
 * `ucgroups delete <id>`: deletes the group object (its files stay). Without `--yes` it
 * asks on a terminal and refuses elsewhere, so a script never deletes by accident.
 * Resolves to the exit code: declining is not an error, but nothing was done.
 */
export async function runDelete(invocation: DeleteInvocation, groups: GroupsClient, io: Io): Promise<number> {
  if (!invocation.yes) {
    if (!io.stdinIsTTY) {
      throw new UsageError('refusing to delete without --yes when not on a terminal', 'delete');
    }
    let agreed: boolean;
    try {
      agreed = await confirm(io, `Delete group ${invocation.id}? Its files are kept.`);
    } catch (error) {
      // Interrupted at the prompt: nothing is sent; main() turns the interruption into 129/130/143.
      printNotice(io, 'not deleted');
      throw error;
    }
    if (!agreed) {
      printNotice(io, 'not deleted');
      return exitCodes.failure;
    }
  }
  await groups.delete(invocation.id, { signal: io.signal });
  printLine(io, `Deleted group ${invocation.id} (its files are kept).`);
  return exitCodes.ok;
}
