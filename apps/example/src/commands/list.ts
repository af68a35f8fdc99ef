import type { Group, GroupsClient, ListParams } from '@uploadcare-groups/client';
import type { Invocation } from '../args.js';
import { formatGroupsTable } from '../group-format.js';
import type { Io } from '../io.js';
import { createProgress, printJson, printJsonLine, printNotice, printResult } from '../output.js';
import { LIST_QUERY_OPTIONS } from '../query-options.js';

type ListInvocation = Extract<Invocation, { command: 'list' }>;

/** `ucgroups list`: one page, or with `--all` every page, as a table or JSON. */
export async function runList(invocation: ListInvocation, groups: GroupsClient, io: Io): Promise<void> {
  // Every query parameter given, by its name in the spec (the options are derived from it).
  const query: ListParams & { signal: AbortSignal | undefined } = { signal: io.signal };
  for (const { parameter } of LIST_QUERY_OPTIONS) {
    if (invocation[parameter] !== undefined) Object.assign(query, { [parameter]: invocation[parameter] });
  }

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

  // A table needs every row before it can align them; NDJSON streams as pages arrive. The next
  // page is requested while this one is printed (prefetch), so a long list is not one round
  // trip per page after another.
  const collected: Group[] = [];
  const progress = createProgress(io, 'groups');
  let fetched = 0;
  try {
    for await (const page of groups.pages({ ...query, prefetch: true })) {
      for (const group of page.results) {
        if (invocation.json) printJsonLine(io, group);
        else collected.push(group);
      }
      fetched += page.results.length;
      progress.update(fetched, page.total);
    }
  } finally {
    progress.done();
  }
  if (!invocation.json) printResult(io, formatGroupsTable(collected));
}
