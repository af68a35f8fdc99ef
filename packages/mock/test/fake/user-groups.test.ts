// Groups users hand over are checked with the spec's own schema and what it cannot say, and a
// refusal names the group and the field.

import { expect, test } from 'vitest';
import { recordsFromUserGroups } from '../../src/fake/seed/user-groups.js';
import type { GroupWithFiles } from '../../src/fake/types.js';
import { deref, spec } from '../spec.js';

/** The spec's own GroupWithFiles example. */
const example = deref(spec.components.examples.GroupWithFiles).value as GroupWithFiles;
const withId = (group: GroupWithFiles, uuidEnd: string): GroupWithFiles => {
  const id = group.id.replace(/.{4}~/, `${uuidEnd}~`);
  return { ...group, id };
};

test("the spec's example is accepted, in the given order, with its own fields", async () => {
  const records = await recordsFromUserGroups([example, withId(example, 'aaaa')]);
  expect(records.map((r) => r.seq)).toEqual([0, 1]);
  expect(records[0]?.snapshot()).toEqual(example);
});

test.each([
  ['not an array', example, /expected an array of groups/],
  ['a group without id', [{ ...example, id: undefined }], /groups\[0\]: id must have required property 'id'/],
  [
    'a wrong type in a file',
    [{ ...example, files: [{ ...example.files[0], size: 'big' }, null, null] }],
    /groups\[0\] \(badfc9f7[^)]*\): files\[0\]\.size must be integer/,
  ],
  ['a malformed id', [{ ...example, id: 'BAD~3' }], /groups\[0\] \(BAD~3\): id must match pattern/],
  ['files_count unlike the id', [{ ...example, files_count: 2 }], /files_count is 2 but the id says 3/],
  ['files shorter than files_count', [{ ...example, files: [null, null] }], /files has 2 entries, files_count is 3/],
  ['the same id twice', [example, example], /groups\[1\] \(badfc9f7[^)]*\): id .* is used by an earlier group/],
  [
    'a date-time that is none',
    [{ ...example, datetime_created: 'soon' }],
    /datetime_created must match format "date-time"/,
  ],
])('%s is refused, naming the group and the field', async (_, groups, message) => {
  await expect(recordsFromUserGroups(groups)).rejects.toThrow(message);
});

test('at most five problems are listed', async () => {
  const many = Array.from({ length: 9 }, (_, i) => ({ ...withId(example, String(1000 + i)), files_count: 1 }));
  const error = await recordsFromUserGroups(many).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message.split('\n  - ')).toHaveLength(6);
});
