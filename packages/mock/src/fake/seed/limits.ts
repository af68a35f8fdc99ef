// Bounds on the groups the mock holds, whoever hands them over (generated, `groups: [...]`,
// `--data`, setGroups): beyond them one call would block every route and take gigabytes.

/** At most this many groups, generated or given. */
export const MAX_GROUP_COUNT = 100_000;

/** At most this many files in one `addFiles` call (the Upload API's files, which groups are made of). */
export const MAX_FILE_COUNT = 100_000;

/**
 * At most this deep a given group's JSON may nest (a group with files is about 6 deep): deeper is
 * refused before the schema check, which would otherwise recurse until the stack runs out.
 */
export const MAX_GROUP_DEPTH = 32;

/** Whether `value` nests deeper than `max` arrays/objects (iterative: no stack to overflow). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(item)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
