import type { Group, GroupsClient } from '@uploadcare-groups/client';
import type { Invocation } from '../args.js';
import { formatGroupsTable } from '../group-format.js';
import type { Io } from '../io.js';
import { createProgress, printJson, printJsonLine, printNotice, printResult } from '../output.js';

type ListInvocation = Extract<Invocation, { command: 'list' }>;

/**
 * `ucgroups list`: one page, or with `--all` every page, as a table or JSON.
 * `maxPages` bounds `--all`: the bundled mock's one example page links to itself.
 */
export async function runList(
  invocation: ListInvocation,
  groups: GroupsClient,
  io: Io,
  maxPages = Number.POSITIVE_INFINITY,
): Promise<void> {
  const query = {
    ...(invocation.limit === undefined ? {} : { limit: invocation.limit }),
    ...(invocation.from === undefined ? {} : { from: invocation.from }),
    ordering: invocation.order === 'desc' ? ('-datetime_created' as const) : ('datetime_created' as const),
    signal: io.signal,
  };

  if (!invocation.all) {
    const page = await groups.list(query);
    if (invocation.json) {
      printJson(io, page);
      return;
    }
    printResult(io, formatGroupsTable(page.results));
    if (page.next) {
      printNotice(io, `showing ${page.results.length} of ${page.total} groups; --all lists every page`);
    }
    return;
  }

  // A table needs every row before it can align them; NDJSON streams as pages arrive.
  const collected: Group[] = [];
  const progress = createProgress(io, 'groups');
  let fetched = 0;
  let pagesSeen = 0;
  let truncated = false;
  try {
    for await (const page of groups.pages(query)) {
      for (const group of page.results) {
        if (invocation.json) printJsonLine(io, group);
        else collected.push(group);
      }
      fetched += page.results.length;
      progress.update(fetched, page.total);
      pagesSeen += 1;
      if (page.next && pagesSeen >= maxPages) {
        truncated = true;
        break;
      }
    }
  } finally {
    progress.done();
  }
  if (!invocation.json) printResult(io, formatGroupsTable(collected));
  if (truncated) {
    printNotice(
      io,
      `stopped after ${pagesSeen} page${pagesSeen === 1 ? '' : 's'}: the bundled mock serves one example page whose next link leads back to it`,
    );
  }
}
