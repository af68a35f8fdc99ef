/** The help texts. Kept apart from parsing so `--help` output reads as one document. */

export const commandNames = ['list', 'info', 'store', 'delete', 'url'] as const;
export type CommandName = (typeof commandNames)[number];

export function isCommandName(value: string): value is CommandName {
  return (commandNames as readonly string[]).includes(value);
}

const usageLines: Record<CommandName, string> = {
  list: 'ucgroups list [--limit N] [--from DATE] [--order asc|desc] [--all] [--json] [--base-url URL]',
  info: 'ucgroups info <group-id> [--json] [--base-url URL]',
  store: 'ucgroups store <group-id> [--json] [--base-url URL]',
  delete: 'ucgroups delete <group-id> [-y|--yes] [--base-url URL]',
  url: 'ucgroups url <group-id> [--nth I | --archive zip|tar]',
};

const environment = `Environment:
  UPLOADCARE_PUBLIC_KEY, UPLOADCARE_SECRET_KEY  the project's keys (signed requests)
  UPLOADCARE_API_URL                            API root, overridden by --base-url
  With no keys and no API root, ucgroups starts the bundled mock server and uses its
  demo data (it says so on stderr).`;

const exitCodes = 'Exit codes: 0 success, 1 API or network error, 2 usage error.';

const details: Record<CommandName, string> = {
  list: `List groups, one page at a time or all of them.

Options:
  --limit N          groups per page, 1 to 1000 (the service's default is 100)
  --from DATE        start at this creation time: YYYY-MM-DD or an ISO 8601 date-time
                     (a time without a zone is UTC)
  --order asc|desc   oldest first (asc, the default) or newest first (desc)
  --all              follow the pages to the end; on a terminal, progress goes to stderr
  --json             print JSON only: the page as the API returns it, or with --all
                     one group per line (NDJSON)`,
  info: `Show one group and its files. Files removed since the group was made are
listed as removed, in their place.

Options:
  --json             print the group with its files as JSON only`,
  store: `Store every file of the group, so they stay on the CDN after 24 hours.
Deprecated: this call exists only in REST API v0.6 (ucgroups sends it as v0.6).

Options:
  --json             print the stored group as JSON only`,
  delete: `Delete the group. Its files are left as they are.
Asks for confirmation on a terminal (declining exits 1); elsewhere it refuses
unless --yes is given.

Options:
  -y, --yes          delete without asking`,
  url: `Print a CDN address of the group. No API call, no keys needed.

Options:
  --nth I            the address of the I-th file, counting from 0
  --archive zip|tar  the address of all files as one archive`,
};

/** The one-line usage of a command, as shown after a usage error. */
export function usageLine(command: CommandName): string {
  return `Usage: ${usageLines[command]}`;
}

/** The full help of a command (`ucgroups <command> --help`). */
export function commandHelp(command: CommandName): string {
  return `${usageLine(command)}

${details[command]}
  --base-url URL     API root (default $UPLOADCARE_API_URL, else https://api.uploadcare.com)
  -h, --help         show this help

${environment}

${exitCodes}
`;
}

/** The help shown by `ucgroups --help`. */
export function generalHelp(): string {
  return `Usage: ucgroups <command> [options]

List, inspect, store and delete Uploadcare file groups.

Commands:
${commandNames.map((name) => `  ${usageLines[name]}`).join('\n')}

Run 'ucgroups <command> --help' for a command's options.

${environment}

${exitCodes}
`;
}

/** The short usage shown after an error that names no command. */
export function generalUsage(): string {
  return `Usage: ucgroups <${commandNames.join('|')}> [options]  (ucgroups --help for more)`;
}
