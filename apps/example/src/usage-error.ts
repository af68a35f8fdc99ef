import type { CommandName } from './command-table.js';

/** A mistake on the command line: reported in one line with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    /** The command whose usage to show; none for the general usage. */
    readonly command?: CommandName,
  ) {
    super(message);
  }
}
